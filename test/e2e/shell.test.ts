// The interactive shell in a real pseudo-terminal (tmux): prompt, Tab completion, built-ins, history, Ctrl-C, Ctrl-D.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, tempHome } from '../helpers/cli.js';
import { hasTmux, TmuxSession } from '../helpers/tmux.js';

let session: TmuxSession | undefined;
afterEach(() => session?.kill());

function open(args = 'shell', home = tempHome()): { t: TmuxSession; home: Record<string, string> } {
  session = new TmuxSession(`${process.execPath} ${BIN} ${args}`, { ...home, PATH: process.env.PATH ?? '', NO_COLOR: '1', TERM: 'xterm', PAGER: 'cat' });
  return { t: session, home };
}

describe.skipIf(!hasTmux)('interactive shell (tmux)', () => {
  it('shows who and where, completes with Tab, runs commands, exits on Ctrl-D', async () => {
    const { t, home } = open();
    await t.waitFor(/- @localhost >>> ?$/m);
    t.type('QueryVmIn');
    t.keys('Tab');
    // the common prefix of QueryVmInstance and the QueryVmInstance* verbs
    await t.waitFor(/>>> QueryVmInstance$/m);
    t.type(' vmNics.l3N');
    t.keys('Tab');
    // the common prefix of vmNics.l3Network. and vmNics.l3NetworkUuid=
    await t.waitFor(/>>> QueryVmInstance vmNics\.l3Network$/m);
    t.type('.nam');
    t.keys('Tab');
    await t.waitFor(/vmNics\.l3Network\.name=$/m);
    t.type(`pub 'cpuNum>4' --dry-run`);
    t.keys('Enter');
    await t.waitFor(/"url": "http:\/\/localhost:8080\/zstack\/v1\/vm-instances\?q=vmNics\.l3Network\.name%3Dpub&q=cpuNum%3E4"/);
    t.type('help CreateAccount');
    t.keys('Enter');
    await t.waitFor(/CreateAccount: Create an account/);
    t.type('more 1');
    t.keys('Enter');
    await t.waitFor(/more 1\n[\s\S]*"method": "GET"/);
    t.type(`CreateAccount name=x password=s3cret --dry-run`);
    t.keys('Enter');
    await t.waitFor(/"password": "\*\*\*\*\*\*\*\*"/);
    t.keys('C-d');
    await t.waitFor(/\$ ?$|^$/m).catch(() => {});
    const hist = join(home.XDG_STATE_HOME, 'zstack-cli', 'history');
    await new Promise((r) => setTimeout(r, 300));
    const text = readFileSync(hist, 'utf8');
    expect(text).toContain(`QueryVmInstance vmNics.l3Network.name=pub 'cpuNum>4' --dry-run`);
    expect(text).toContain('CreateAccount name=x password=*** --dry-run');
    expect(text).not.toContain('s3cret');
    expect(statSync(hist).mode & 0o777).toBe(0o600);
  });

  it('Ctrl-C clears the line and the shell goes on; bad input is reported, not fatal', async () => {
    const { t } = open();
    await t.waitFor(/>>> ?$/m);
    t.type('QueryVmInstance half typed');
    t.keys('C-c');
    await t.waitFor(/\^C\n.*>>> ?$/m);
    t.type('QueryVmInstanse');
    t.keys('Enter');
    await t.waitFor(/did you mean: QueryVmInstance[\s\S]*>>> ?$/m);
    t.type('name="unclosed');
    t.keys('Enter');
    await t.waitFor(/unclosed double quote[\s\S]*>>> ?$/m);
    t.type('exit');
    t.keys('Enter');
  });

  it('save N FILE and use PROFILE', async () => {
    const home = tempHome();
    const { t } = open('shell', home);
    await t.waitFor(/>>> ?$/m);
    t.type('QueryZone --dry-run');
    t.keys('Enter');
    await t.waitFor(/"method": "GET"[\s\S]*>>> ?$/m);
    const file = join(home.HOME, 'saved.json');
    t.type(`save 1 ${file}`);
    t.keys('Enter');
    await t.waitFor(/saved result 1/);
    expect(JSON.parse(readFileSync(file, 'utf8')).url).toBe('http://localhost:8080/zstack/v1/zones');
    t.type('use nope');
    t.keys('Enter');
    await t.waitFor(/no profile named 'nope'/);
    t.type('exit');
    t.keys('Enter');
  });

  it('asks for a left-out login password with a masked prompt, one-shot and inside the shell', async () => {
    const home = tempHome();
    const { t } = open('--sim LogInByAccount accountName=admin', home);
    await t.waitFor(/Password for admin:/);
    t.type('password');
    await t.waitFor(/Password for admin: \*{8}/);
    t.keys('Enter');
    await t.waitFor(/logged in to http:\/\/127\.0\.0\.1:\d+\/zstack as admin \(profile 'sim'\)[\s\S]*"uuid": "[0-9a-f]{32}"/);
    expect(t.screen()).not.toContain('Password for admin: password');
    t.kill();

    const shell = open('--sim', home).t;
    await shell.waitFor(/\[sim\] admin@127\.0\.0\.1 >>> ?$/m);
    shell.type('LogInByAccount accountName=alice');
    shell.keys('Enter');
    await shell.waitFor(/Password for alice:/);
    shell.type('password');
    shell.keys('Enter');
    // the terminal comes back to the shell, whose prompt now shows the new login
    await shell.waitFor(/logged in[\s\S]*\[sim\] alice@127\.0\.0\.1 >>> ?$/m);
    shell.type('QueryVmInstance count=true');
    shell.keys('Enter');
    await shell.waitFor(/"total": 10/);
    shell.type('exit');
    shell.keys('Enter');
  });

  it('a quick double Tab with nothing to offer leaves the line as it was', async () => {
    const { t } = open();
    await t.waitFor(/>>> ?$/m);
    t.type('QueryVmInstance name=');
    t.keys('Tab', 'Tab');
    await new Promise((r) => setTimeout(r, 500));
    t.type('x --dry-run');
    t.keys('Enter');
    await t.waitFor(/"url": "http:\/\/localhost:8080\/zstack\/v1\/vm-instances\?q=name%3Dx"/);
    t.type('exit');
    t.keys('Enter');
  });

  it('speaks EOS on an EOS simulator: the prompt, Tab offers EOS verbs (not ZStack ones), a masked LogIn password', async () => {
    const { t } = open('--sim --provider eos shell');
    await t.waitFor(/\[sim\] eos:admin@127\.0\.0\.1 >>> ?$/m);
    t.type('GetDomainQ');
    t.keys('Tab');
    await t.waitFor(/>>> GetDomainQuota ?$/m);
    t.type('dom');
    t.keys('Tab');
    await t.waitFor(/>>> GetDomainQuota domain_id=$/m);
    t.type('d6e3c1a8b8a24c1c9f2a0e6a4e8f3b21 --query domain.RegionOne.quotas.cores');
    t.keys('Enter');
    await t.waitFor(/quotas\.cores\n\d+\n/);
    t.type('QueryVmInst');
    t.keys('Tab');
    await new Promise((r) => setTimeout(r, 300));
    expect(t.screen()).toMatch(/>>> QueryVmInst$/m);
    t.type('ance');
    t.keys('Enter');
    await t.waitFor(/is a ZStack API, and this command speaks EasyStack EOS/);
    t.type('LogIn user_name=admin project_name=admin');
    t.keys('Enter');
    await t.waitFor(/Password for admin:/);
    t.type('password');
    t.keys('Enter');
    await t.waitFor(/logged in to http:\/\/127\.0\.0\.1:\d+ as admin/);
    expect(t.screen()).not.toMatch(/Password for admin: ?password/);
    t.type('exit');
    t.keys('Enter');
  });

  it('a recalled line with password=*** asks for the password instead of sending the mask', async () => {
    const { t } = open('--sim shell');
    await t.waitFor(/\[sim\] admin@127\.0\.0\.1 >>> ?$/m);
    t.type('CreateAccount name=recalled password=first-secret');
    t.keys('Enter');
    await t.waitFor(/"name": "recalled"/);
    t.type('DeleteAccount uuid=');
    t.keys('C-u');
    t.keys('Up');
    await t.waitFor(/>>> CreateAccount name=recalled password=\*\*\*$/m);
    t.keys('C-a');
    for (let i = 0; i < 'CreateAccount name=recalled'.length; i++) t.keys('Right');
    t.type('2'); // another account, so that it can be created again
    t.keys('Enter');
    await t.waitFor(/password \(the line holds \*\*\* in its place\):/);
    t.type('second-secret');
    t.keys('Enter');
    await t.waitFor(/"name": "recalled2"/);
    t.type('LogInByAccount accountName=recalled2 password=second-secret');
    t.keys('Enter');
    await t.waitFor(/\[sim\] recalled2@127\.0\.0\.1 >>> ?$/m);
    t.type('exit');
    t.keys('Enter');
  });

  it('Ctrl-R searches the history backwards; Enter runs the match; Ctrl-G gives the line back', async () => {
    const { t } = open('--sim shell');
    await t.waitFor(/>>> ?$/m);
    for (const line of ['QueryZone count=true', 'QueryCluster count=true', 'QueryVmInstance count=true']) {
      t.type(line);
      t.keys('Enter');
      await t.waitFor(new RegExp(`\\[result \\d+\\]\\n[^\\n]*>>> ?$`, 'm'));
    }
    t.keys('C-r');
    await t.waitFor(/\(reverse-i-search\)`': ?$/m);
    t.type('Clu');
    await t.waitFor(/\(reverse-i-search\)`Clu': QueryCluster count=true$/m);
    t.keys('Enter');
    await t.waitFor(/>>> QueryCluster count=true\n\{\n {2}"total": 3\n\}\n\[result 4\]/);
    t.type('half');
    t.keys('C-r');
    t.type('Zone');
    await t.waitFor(/reverse-i-search\)`Zone': QueryZone count=true$/m);
    t.keys('C-g');
    await t.waitFor(/>>> half$/m);
    t.keys('C-u');
    t.type('QueryZ');
    t.keys('C-r');
    t.type('nomatch');
    await t.waitFor(/failing reverse-i-search\)`nomatch': ?$/m);
    t.keys('C-g');
    await t.waitFor(/>>> QueryZ$/m);
    t.keys('C-u');
    t.keys('C-d');
    await t.waitFor(/>>> ?\n\$ ?$|>>> ?\n$/m).catch(() => {});
  });

  it('numbers results like the history; more lists them; results outlive the shell; save N,M DIR writes one file each', async () => {
    const home = tempHome();
    const first = open('--sim shell', home).t;
    await first.waitFor(/>>> ?$/m);
    first.type('QueryZone count=true');
    first.keys('Enter');
    await first.waitFor(/\[result 1\]/);
    first.type('help');
    first.keys('Enter'); // history line 2, no result
    await first.waitFor(/Exit codes/);
    first.type('QueryCluster fields=name');
    first.keys('Enter');
    await first.waitFor(/\[result 3\]/);
    first.keys('C-d');
    await new Promise((r) => setTimeout(r, 300));
    first.kill();

    const { t } = open('--sim shell', home);
    await t.waitFor(/>>> ?$/m);
    t.type('more');
    t.keys('Enter');
    await t.waitFor(/^1 {2}QueryZone count=true {2}\(3 lines\)\n3 {2}QueryCluster fields=name {2}\(\d+ lines\)$/m);
    t.type('history');
    t.keys('Enter');
    await t.waitFor(/^ {4}1 {2}QueryZone count=true\n {4}2 {2}help\n {4}3 {2}QueryCluster fields=name\n {4}4 {2}more\n {4}5 {2}history$/m);
    t.type('more 2');
    t.keys('Enter');
    await t.waitFor(/no result 2: results are kept under the numbers of the lines that printed them\n {2}kept: 1, 3/);
    const dir = join(home.HOME, 'out');
    t.type(`save 1,3 ${dir} -o json`);
    t.keys('Enter');
    await t.waitFor(/saved results 1, 3 to .*result-1\.json, .*result-3\.json/);
    expect(JSON.parse(readFileSync(join(dir, 'result-1.json'), 'utf8'))).toEqual({ total: 2 });
    expect(JSON.parse(readFileSync(join(dir, 'result-3.json'), 'utf8')).inventories.length).toBeGreaterThan(0);
    expect(statSync(join(home.XDG_STATE_HOME, 'zstack-cli', 'results.json')).mode & 0o777).toBe(0o600);
    t.keys('C-d');
    await t.waitFor(/>>> ?\n/);
  });

  it("shows a server's control characters escaped, and saves them as the data", async () => {
    const home = tempHome();
    const { spawnSync } = await import('node:child_process');
    const made = spawnSync(process.execPath, [BIN, '--sim', 'CreateZone', 'name=evilz', 'description=x\x1b]0;pwned\x07\u202eq', '-o', 'value', '-c', 'name'], { env: { ...process.env, ...home }, encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    const { t } = open('--sim', home);
    await t.waitFor(/>>> ?$/m);
    t.type('QueryZone name=evilz -o csv -c name,description');
    t.keys('Enter');
    await t.waitFor(/^evilz,x\\e\]0;pwned\\x07\\u\{202e\}q$/m);
    const file = join(home.HOME, 'zone.csv');
    t.type(`save 1 ${file}`);
    t.keys('Enter');
    await t.waitFor(/saved result 1/);
    expect(readFileSync(file, 'utf8')).toBe('name,description\nevilz,x\x1b]0;pwned\x07\u202eq\n');
    t.type('more 1');
    t.keys('Enter');
    await t.waitFor(/more 1\nname,description\nevilz,x\\e\]0;pwned/);
    t.type('exit');
    t.keys('Enter');
  });

  it('the prompt follows use (into and out of the simulator), and a profile removed under the shell gives way', async () => {
    const home = tempHome();
    const { spawnSync } = await import('node:child_process');
    for (const args of [['profile', 'add', 'ak', 'host=127.0.0.1', 'port=18996', 'accessKeyId=KEYID', 'accessKeySecret=SECRET'], ['profile', 'add', 'gone', 'host=10.9.9.9']]) {
      expect(spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, ...home } }).status).toBe(0);
    }
    const { t } = open('--sim', home);
    await t.waitFor(/^\[sim\] admin@127\.0\.0\.1 >>> ?$/m);
    t.type('use ak');
    t.keys('Enter');
    await t.waitFor(/^\[ak\] key:KEYID@127\.0\.0\.1 >>> ?$/m);
    t.type('use gone');
    t.keys('Enter');
    await t.waitFor(/^\[gone\] - @10\.9\.9\.9 >>> ?$/m);
    t.type('profile remove gone');
    t.keys('Enter');
    await t.waitFor(/profile 'gone' is gone; back to the shell's first profile\n\[sim\] admin@127\.0\.0\.1 >>> ?$/m);
    t.type('profile list');
    t.keys('Enter');
    await t.waitFor(/^ {2}ak +http:\/\/127\.0\.0\.1:18996/m);
    t.type('use default');
    t.keys('Enter');
    await t.waitFor(/^- @localhost >>> ?$/m);
    t.type('use sim');
    t.keys('Enter');
    await t.waitFor(/use sim\n\[sim\] admin@127\.0\.0\.1 >>> ?$/m);
    t.type('QueryZone count=true -o value');
    t.keys('Enter');
    await t.waitFor(/^2\n/m);
    t.type('exit');
    t.keys('Enter');
  });

  it('Ctrl-D leaves on a fresh line, not after the prompt', async () => {
    const { t } = open('shell; echo AFTER-EXIT');
    await t.waitFor(/>>> ?$/m);
    t.keys('C-d');
    await t.waitFor(/>>> ?\nAFTER-EXIT$/m);
    expect(t.screen()).not.toMatch(/>>> ?AFTER-EXIT/);
  });
});
