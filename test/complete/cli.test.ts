// `__complete` and `completion`: the protocol, global options, the committed scripts, the live-value cache.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeForShell, completionScript, runComplete } from '../../src/cli/complete.js';
import { GLOBAL_OPTIONS as OPTION_SPECS } from '../../src/commands.js';
import { CachedValues, cachePath, liveValuesFrom, refreshCache, spawnRefresh, writeCache } from '../../src/complete/cache.js';
import { CliError } from '../../src/errors.js';
import { memoryIo } from '../../src/output/io.js';
import { cli, cliAsync, runCli, tempHome } from '../helpers/cli.js';

const runCliProfile = (env: Record<string, string>, args: string[]) => runCli(args, env);
import { fakeServer, json } from '../helpers/fake-server.js';

const root = new URL('../../', import.meta.url);

async function answer(words: string[], env = tempHome()): Promise<string[]> {
  const io = memoryIo({ env });
  await runComplete(words, io, { refreshCommand: null });
  return io.stdout().trimEnd().split('\n');
}

const VM = { uuid: 'aaaa1111aaaa1111aaaa1111aaaa1111', name: 'web-1' };

describe('__complete protocol', () => {
  it('prints value<TAB>description lines and a :directive line', async () => {
    const lines = await answer(['QueryVmInstance', 'vmNics.']);
    expect(lines.at(-1)).toBe(':6');
    expect(lines).toContain('vmNics.ip=\tstring');
    expect(lines).toContain('vmNics.l3Network.\trelated L3Network');
    expect(await answer(['QueryVmInstance', 'state=Ru'])).toEqual(['state=Running', ':4']);
    expect(await answer([''])).toContain('help\thelp for everything, or for one command or API verb');
    expect(await answer([])).toContain(':4');
  });
  it('skips global options wherever they stand and completes them and their values', async () => {
    expect(await answer(['--profile', 'lab', '-H', 'h', 'QueryVmInstance', '--dry-run', 'state=Ru'])).toEqual(['state=Running', ':4']);
    expect(await answer(['--host=h', 'QueryVmInstance', 'state=Ru'])).toEqual(['state=Running', ':4']);
    expect(await answer(['--prof'])).toEqual([`--profile\t${OPTION_SPECS.find((o) => o.name === 'profile')!.help.en}`, ':4']);
    const home = tempHome();
    mkdirSync(join(home.XDG_CONFIG_HOME, 'zstack-cli'), { recursive: true });
    writeFileSync(join(home.XDG_CONFIG_HOME, 'zstack-cli', 'config.json'), JSON.stringify({ profiles: { lab: { host: 'x' } } }));
    expect(await answer(['--profile', ''], home)).toEqual(['default', 'sim', 'lab', ':4']);
    expect(await answer(['--ca-cert', ''])).toEqual([':0']); // the shell completes file names
  });
  it('uses the cache of the profile chosen by --profile, ZSTACK_PROFILE or the configuration', async () => {
    const home = tempHome();
    writeCache(home, 'lab', 'VmInstance', [VM]);
    expect(await answer(['QueryVmInstance', 'uuid='], home)).toEqual([':4']);
    expect(await answer(['--profile', 'lab', 'QueryVmInstance', 'uuid='], home)).toEqual([`uuid=${VM.uuid}\tweb-1`, ':4']);
    writeCache(home, 'sim', 'VmInstance', [{ uuid: 'simsim', name: 'in-sim' }]);
    expect(await answer(['--sim', 'QueryVmInstance', 'uuid='], home)).toEqual(['uuid=simsim\tin-sim', ':4']);
    expect(await answer(['QueryVmInstance', 'uuid='], { ...home, ZSTACK_PROFILE: 'lab' })).toEqual([`uuid=${VM.uuid}\tweb-1`, ':4']);
    mkdirSync(join(home.XDG_CONFIG_HOME, 'zstack-cli'), { recursive: true });
    writeFileSync(join(home.XDG_CONFIG_HOME, 'zstack-cli', 'config.json'), JSON.stringify({ currentProfile: 'lab', profiles: { lab: {} } }));
    expect(await answer(['QueryVmInstance', 'uuid='], home)).toEqual([`uuid=${VM.uuid}\tweb-1`, ':4']);
  });
  it('still answers with a damaged configuration file', async () => {
    const home = tempHome();
    mkdirSync(join(home.XDG_CONFIG_HOME, 'zstack-cli'), { recursive: true });
    writeFileSync(join(home.XDG_CONFIG_HOME, 'zstack-cli', 'config.json'), '{oops');
    expect(await answer(['QueryVmInstance', 'state=Ru'], home)).toEqual(['state=Running', ':4']);
  });
  it('answers the interactive shell in readline form', async () => {
    const home = tempHome();
    const shell = (line: string) => completeForShell(line, home, undefined, { refreshCommand: null, where: 'shell' });
    expect(await shell('QueryVmInstance state=Ru')).toMatchObject({ completions: ['state=Running '], replaced: 'state=Ru' });
    const many = await shell('QueryVmInstance vmNics.l3');
    expect(many.replaced).toBe('vmNics.l3');
    expect(many.completions).toEqual(['vmNics.l3NetworkUuid=', 'vmNics.l3Network.']);
    expect((await shell('use ')).completions).toEqual(['default', 'sim']);
  });
  it("lists for the shell: names beside UUIDs by name, parameters with their meaning, verbs alphabetically", async () => {
    const home = tempHome();
    writeCache(home, 'default', 'VmInstance', [VM, { uuid: 'bbbb1111bbbb1111bbbb1111bbbb1111', name: 'db' }, { uuid: 'cccc1111cccc1111cccc1111cccc1111', name: 'web-10' }]);
    const shell = (line: string) => completeForShell(line, home, undefined, { refreshCommand: null, where: 'shell' });
    // what is typed up to the last `=` or `,` is not repeated
    expect((await shell('StartVmInstance uuid=')).listing).toEqual([
      { text: 'bbbb1111bbbb1111bbbb1111bbbb1111', note: 'db' },
      { text: VM.uuid, note: 'web-1' },
      { text: 'cccc1111cccc1111cccc1111cccc1111', note: 'web-10' },
    ]);
    expect((await shell('QueryVmInstance uuid?=bbbb1111bbbb1111bbbb1111bbbb1111,')).listing.map((e) => e.note)).toEqual(['web-1', 'web-10']);
    expect((await shell('CreateAccount ')).listing.slice(0, 2)).toEqual([
      { text: 'name=', note: 'Account name (required)' },
      { text: 'password=', note: expect.stringMatching(/required/) },
    ]);
    // commands among the verbs, by name alone
    const first = (await shell('')).listing;
    expect(first.every((e) => e.note === undefined)).toBe(true);
    const names = first.map((e) => e.text);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(names).toEqual(expect.arrayContaining(['AckAlarmData', 'exit', 'help', 'more', 'QueryVmInstance', 'use']));
    expect((await shell('vmins')).listing.map((e) => e.text)).toContain('CloneVmInstance');
  });
});

describe('__complete for EOS and AC', () => {
  it("offers the provider's verbs only, their parameters and quota items, from --provider or the profile", async () => {
    const eosVerbs = (await answer(['--provider', 'eos', ''])).filter((l) => /^[A-Z]/.test(l)).map((l) => l.split('\t')[0]);
    expect(eosVerbs.sort()).toEqual(['GetDomainQuota', 'GetDomainUsage', 'LogIn', 'UpdateDomainQuota', 'UpdateUserPassword']);
    expect((await answer(['--provider', 'ac', 'Add'])).map((l) => l.split('\t')[0])).toEqual(['AddMemberUser', ':4']);
    expect(await answer(['--provider', 'ac', 'Query'])).toEqual([':4']);
    const params = (await answer(['--provider', 'eos', 'UpdateDomainQuota', ''])).map((l) => l.split('\t')[0]);
    expect(params).toEqual(expect.arrayContaining(['domain_id=', 'region=', 'cores=', 'router=', 'ram=', 'floatingip=', 'backup_gigabytes=']));
    expect(await answer(['--provider', 'eos', 'UpdateDomainQuota', 're'])).toEqual([expect.stringMatching(/^region=\t/), ':6']);
    const ac = (await answer(['--provider', 'ac', 'AddMemberUser', ''])).map((l) => l.split('\t')[0]);
    expect(ac.sort()).toEqual([':6', 'clusterIds=', 'email=', 'mobilephoneNum=', 'password=', 'userFullName=', 'userName=']);
    const env = tempHome();
    await runCliProfile(env, ['profile', 'add', 'e', 'provider=eos']);
    expect((await answer(['--profile', 'e', 'GetDomain'], env)).map((l) => l.split('\t')[0])).toEqual(['GetDomainQuota', 'GetDomainUsage', ':4']);
  });
});

describe('completion scripts', () => {
  it('prints the committed scripts', () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      expect(completionScript(shell)).toBe(readFileSync(new URL(`completions/zstack-cli.${shell}`, root), 'utf8'));
    }
  });
  it('refuses an unknown shell with a usage error', () => {
    expect(() => completionScript('tcsh')).toThrow(CliError);
    expect(() => completionScript('')).toThrow(/name the shell/);
  });
  it('offers every option the program accepts, from the one command table', async () => {
    const offered = (await answer(['-'])).map((l) => l.split('\t')[0]);
    for (const o of OPTION_SPECS) {
      expect(offered).toContain(`--${o.name}`);
      if (o.short) expect(offered).toContain(`-${o.short}`);
    }
    expect((await answer(['sim', '--'])).map((l) => l.split('\t')[0])).toEqual(['--provider', '--host', '--port', '--state', '--data', '--job-delay', '--session-timeout', '--time-zone', '--max-body', '--help', ':4']);
    expect(await answer(['sim', '--provider', ''])).toEqual(['zstack', 'eos', 'ac', ':4'].map((v) => expect.stringMatching(new RegExp(`^${v}`))));
    expect(await answer(['si'])).toEqual(['sim\trun the ZStack (or EOS, AC) simulator in the foreground until Ctrl-C', ':4']);
  });
});

describe('live-value cache', () => {
  it('serves fresh values, and stale ones while asking for a refresh', () => {
    const home = tempHome();
    let now = 1_000_000;
    writeCache(home, 'default', 'VmInstance', [VM], now);
    const fresh = new CachedValues(home, 'default', () => now);
    expect(fresh.uuids('VmInstance')).toEqual([VM]);
    expect([...fresh.stale]).toEqual([]);
    now += 61_000;
    const old = new CachedValues(home, 'default', () => now);
    expect(old.uuids('VmInstance')).toEqual([VM]);
    expect([...old.stale]).toEqual(['VmInstance']);
    expect(old.uuids('Zone')).toBeUndefined();
    expect([...old.missing]).toEqual(['Zone']);
    expect(old.uuids('../etc')).toBeUndefined();
  });
  it('starts one refresh at a time per inventory', () => {
    const home = tempHome();
    const touch = join(home.HOME, 'ran');
    const cmd = [process.execPath, '-e', `require('fs').appendFileSync(${JSON.stringify(touch)}, process.argv[1] + '\\n')`];
    expect(spawnRefresh(home, 'default', 'VmInstance', cmd)).toBe(true);
    expect(spawnRefresh(home, 'default', 'VmInstance', cmd)).toBe(false);
    expect(spawnRefresh(home, 'default', 'Zone', cmd)).toBe(true);
  });
  it('writes what the fetch returns; a failed fetch leaves the cache alone', async () => {
    const home = tempHome();
    expect(await refreshCache(home, 'default', 'VmInstance', async () => [VM])).toBe(true);
    expect(JSON.parse(readFileSync(cachePath(home, 'default', 'VmInstance'), 'utf8')).items).toEqual([VM]);
    expect(await refreshCache(home, 'default', 'VmInstance', async () => { throw new Error('down'); })).toBe(false);
    expect(JSON.parse(readFileSync(cachePath(home, 'default', 'VmInstance'), 'utf8')).items).toEqual([VM]);
  });
  it('reads uuid and name out of a query answer', () => {
    expect(liveValuesFrom({ inventories: [VM, { uuid: 'u2' }, { name: 'no uuid' }] })).toEqual([VM, { uuid: 'u2' }]);
    expect(() => liveValuesFrom({ error: {} })).toThrow();
  });
});

describe('the built binary', () => {
  it('answers __complete and prints completion scripts', () => {
    const r = cli(['__complete', 'QueryVmInstance', 'vmNics.']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toContain('vmNics.eip.\trelated Eip');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(':6');
    expect(cli(['completion', 'bash']).stdout).toBe(readFileSync(new URL('completions/zstack-cli.bash', root), 'utf8'));
    const bad = cli(['completion', 'tcsh']);
    expect(bad.code).toBe(2);
  });
  it('fetches UUIDs in the background from the profile\'s server and offers them on a later Tab', async () => {
    const server = await fakeServer((req, res) => {
      if (req.url.startsWith('/zstack/v1/vm-instances')) return json(res, 200, { inventories: [VM, { uuid: 'bbbb2222bbbb2222bbbb2222bbbb2222', name: 'db' }] });
      json(res, 404, { error: { code: 'NOT_FOUND' } });
    });
    try {
      const home = tempHome();
      mkdirSync(join(home.XDG_CONFIG_HOME, 'zstack-cli'), { recursive: true });
      writeFileSync(join(home.XDG_CONFIG_HOME, 'zstack-cli', 'config.json'), JSON.stringify({ profiles: { lab: { host: '127.0.0.1', port: server.port } } }));
      mkdirSync(join(home.XDG_STATE_HOME, 'zstack-cli', 'sessions'), { recursive: true });
      writeFileSync(join(home.XDG_STATE_HOME, 'zstack-cli', 'sessions', 'lab.json'), JSON.stringify({ uuid: 'b86c9016b4f24953a9edefb53ca0678c' }));
      const first = await cliAsync(['__complete', '--profile', 'lab', 'QueryVmInstance', 'uuid='], home);
      expect(first.code).toBe(0);
      const file = cachePath(home, 'lab', 'VmInstance');
      for (let i = 0; i < 200 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 50));
      const second = await cliAsync(['__complete', '--profile', 'lab', 'QueryVmInstance', 'uuid=a'], home);
      expect(second.stdout.split('\n')).toEqual([`uuid=${VM.uuid}\tweb-1`, ':4', '']);
      const seen = server.seen.find((s) => s.url.startsWith('/zstack/v1/vm-instances'))!;
      expect(decodeURIComponent(seen.url)).toContain('fields=uuid');
      expect(decodeURIComponent(seen.url)).toContain('limit=1000');
    } finally {
      await server.close();
    }
  });
});
