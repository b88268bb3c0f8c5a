// The command grammar end to end (in process, as `run` calls it): query specials refused before anything is sent
// when the server could only refuse them, the server's own `sort=` spelling, `#` comments, and batch errors that name
// their line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { fakeServer, json, type FakeServer } from '../helpers/fake-server.js';
import { runCli, tempHome } from '../helpers/cli.js';

describe('query specials the server could only refuse are refused here (exit 2, nothing sent)', () => {
  let server: FakeServer;
  let env: Record<string, string>;
  let at: string[];
  beforeAll(async () => {
    server = await fakeServer((_, res) => json(res, 200, { inventories: [] }));
    env = { ...tempHome(), ZSTACK_ACCESS_KEY_ID: 'k', ZSTACK_ACCESS_KEY_SECRET: 's' };
    at = ['-H', '127.0.0.1', '-p', String(server.port)];
  });
  afterAll(() => server.close());
  const run = (...args: string[]) => runCli([...args, ...at], env);

  it('start= and limit= above 2147483647 (a Java Integer), saying the largest', async () => {
    for (const word of ['limit=2147483648', 'start=2147483648', 'limit=99999999999999999999']) {
      const r = await run('QueryZone', word);
      expect(r.code, word).toBe(2);
      expect(r.stderr, word).toMatch(/is too large: at most 2147483647/);
    }
    expect(server.seen).toHaveLength(0);
    const r = await run('QueryZone', 'limit=2147483647', 'start=2147483647');
    expect(r.code, r.stderr).toBe(0);
    expect(server.seen.at(-1)!.url).toContain('limit=2147483647&start=2147483647');
  });

  it('timeout= is a number of seconds, at least 1, as --timeout', async () => {
    const before = server.seen.length;
    for (const word of ['timeout=0', 'timeout=-1', 'timeout=soon']) {
      const r = await run('QueryZone', word);
      expect(r.code, word).toBe(2);
      expect(r.stderr, word).toMatch(/timeout: '.*' is not a number of seconds/);
    }
    expect(server.seen.length).toBe(before);
    expect((await run('QueryZone', '--timeout', '0')).stderr).toMatch(/--timeout: '0' is not a number of seconds/);
    // A limit longer than a timer holds (24.8 days) waits, instead of firing at once.
    const long = await run('QueryZone', 'timeout=99999999999');
    expect(long.code, long.stderr).toBe(0);
    expect((await run('QueryZone', 'timeout=1')).code).toBe(0);
  });

  it('job wait: --dry-run and --curl have nothing to show, and an id that is not hex is refused; nothing is sent', async () => {
    const before = server.seen.length;
    const dry = await run('job', 'wait', '0123456789abcdef0123456789abcdef', '--dry-run');
    expect(dry.code).toBe(2);
    expect(dry.stderr).toMatch(/job wait sends nothing but GET http:\/\/127\.0\.0\.1:\d+\/zstack\/v1\/api-jobs\/0123456789abcdef0123456789abcdef until the job ends: --dry-run has no request of its own to show/);
    expect((await run('job', 'wait', 'http://elsewhere.invalid/zstack/v1/api-jobs/ab', '--curl')).code).toBe(2);
    const bad = await run('job', 'wait', 'nothex');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/'nothex' is neither a job location nor a job id/);
    expect(server.seen.length).toBe(before);
  });

  it('ZSTACK_PROFILE naming no profile is an error, as --profile is (nothing sent)', async () => {
    const r = await runCli(['QueryZone', ...at], { ...env, ZSTACK_PROFILE: 'nosuch' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ZSTACK_PROFILE names no profile 'nosuch'[\s\S]*or unset ZSTACK_PROFILE/);
    expect((await runCli(['QueryZone', ...at], { ...env, ZSTACK_PROFILE: 'default' })).code).toBe(0);
  });
});

describe('sort= as the server spells it, against the simulator', () => {
  let sim: RunningSim;
  let home: Record<string, string>;
  let at: string[];
  beforeAll(async () => {
    sim = await startSim({ port: 0, data: { kind: 'demo' } });
    home = tempHome();
    at = ['-H', '127.0.0.1', '-p', String(sim.port)];
    expect((await runCli(['LogInByAccount', 'accountName=admin', 'password=password', ...at], home)).code).toBe(0);
  });
  afterAll(() => sim.close());
  const run = (...args: string[]) => runCli([...args, ...at], home);
  const names = async (...args: string[]) => {
    const r = await run('QueryVmInstance', 'limit=5', ...args, '-o', 'value', '-c', 'name');
    expect(r.code, r.stderr).toBe(0);
    return r.stdout;
  };

  it('sort=-field, sort=+field and sort=field sort as sortBy/sortDirection do, with the same request', async () => {
    const desc = await names('sortBy=name', 'sortDirection=desc');
    const asc = await names('sortBy=name');
    expect(desc).not.toBe(asc);
    expect(await names('sort=-name')).toBe(desc);
    expect(await names('sort=+name')).toBe(asc);
    expect(await names('sort=name')).toBe(asc);
    const url = async (...args: string[]) => JSON.parse((await run('QueryVmInstance', ...args, '--dry-run')).stdout).url;
    expect(await url('sort=-createDate')).toBe(await url('sortBy=createDate', 'sortDirection=desc'));
    expect(await url('sort=-createDate')).toMatch(/[?&]sort=-createDate(&|$)/);
    expect(await url('sort=createDate')).toBe(await url('sortBy=createDate'));
    expect(await url('sort=+createDate')).toBe(await url('sortBy=createDate', 'sortDirection=asc'));
  });

  it('the field checked as sortBy checks it; given with sortBy/sortDirection or twice: a usage error', async () => {
    const typo = await run('QueryVmInstance', 'sort=-nmae');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/sort: VmInstance has no field 'nmae'[\s\S]*did you mean: name\?/);
    expect((await run('QueryVmInstance', 'sort=-vmNics.ip')).code).toBe(2); // the inventory's own fields only
    for (const words of [['sort=-name', 'sortBy=name'], ['sortDirection=desc', 'sort=name'], ['sort=-name', 'sort=+name'], ['sort='], ['sort=-']]) {
      const r = await run('QueryVmInstance', ...words);
      expect(r.code, words.join(' ')).toBe(2);
      expect(r.stderr, words.join(' ')).toMatch(/both choose the order|given more than once|sort: give a field/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('# comments in batch input and shell lines', () => {
  it('a trailing comment ends the line; a # inside a word or quoted is data; whole-line comments still skipped', async () => {
    const home = tempHome();
    const input = [
      '# a whole-line comment',
      '  # an indented one',
      'CreateZone name=hash-1 description=a#b -c name # made here',
      "CreateZone name=hash-2 description='#quoted' -c name #no space needed after the #",
      'QueryZone name?=hash-1,hash-2 -o value -c description #the descriptions',
      'QueryZone count=true # how many zones',
    ].join('\n');
    const batch = await runCli(['--sim', 'batch', '-o', 'value'], home, { input });
    expect(batch.code, batch.stderr).toBe(0);
    expect(batch.stderr).toBe('');
    expect(batch.stdout).toBe('hash-1\nhash-2\na#b\n#quoted\n4\n');
    const shell = await runCli(['--sim', 'shell'], tempHome(), { input: '# whole line\nQueryZone count=true # how many zones\n   # indented\nQueryZone count=true -o value #trailing\n' });
    expect(shell.code, shell.stderr).toBe(0);
    expect(shell.stderr).toBe('');
    expect(shell.stdout).toBe('{\n  "total": 2\n}\n2\n');
  });

  it('Tab inside a comment offers nothing; before it, as usual', async () => {
    const { completeForShellNow } = await import('../../src/cli/complete.js');
    const env = tempHome();
    expect(completeForShellNow('QueryZone count=true # how', env, undefined, { refreshCommand: null })).toEqual({ completions: [], replaced: '', listing: [] });
    expect(completeForShellNow('QueryZone #', env, undefined, { refreshCommand: null }).completions).toEqual([]);
    expect(completeForShellNow('QueryZone count=t', env, undefined, { refreshCommand: null }).completions).toEqual(['count=true ']);
  });
});

describe('batch: every error of a failed line names the line', () => {
  const input = [
    'QueryZone count=true',
    '# a comment',
    'NoSuchVerb',
    'QueryZone nmae=x',
    'StartVmInstance uuid=0123456789abcdef0123456789abcdef',
    "QueryZone name='open",
    'shell',
  ].join('\n');

  it('unknown verbs, usage errors, server errors, as tokenizer errors already did; details stay under them', async () => {
    const r = await runCli(['--sim', 'batch', '--continue-on-error', '-o', 'value'], tempHome(), { input });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('2\n');
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('zstack-cli: '));
    expect(errors).toEqual([
      "zstack-cli: line 3: unknown command 'NoSuchVerb'",
      expect.stringMatching(/^zstack-cli: line 4: unknown field 'nmae'/),
      'zstack-cli: line 5: SYS.1003: Resource not found',
      'zstack-cli: line 6: unclosed single quote',
      "zstack-cli: line 7: 'shell' cannot run in a batch",
    ]);
    expect(r.stderr).toMatch(/line 4: unknown field 'nmae'.*\n {2}did you mean: name\?/);
    expect(r.stderr).toMatch(/line 5: SYS\.1003: Resource not found\n {2}details: cannot find VmInstanceVO/);
  });

  it('in Chinese too; ndjson records keep their messages (each record has its line)', async () => {
    const zh = await runCli(['--sim', 'batch', '--continue-on-error', '-o', 'value'], { ...tempHome(), LANG: 'zh_CN.UTF-8' }, { input });
    expect(zh.stderr).toMatch(/^zstack-cli: 第 3 行:未知命令 'NoSuchVerb'$/m);
    const records = await runCli(['--sim', 'batch', '--continue-on-error', '-o', 'ndjson'], tempHome(), { input });
    const out = records.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.line)).toEqual([1, 3, 4, 5, 6, 7]);
    expect(out[1].error).toMatchObject({ exitCode: 2, message: "unknown command 'NoSuchVerb'" });
    expect(out[3].error).toMatchObject({ exitCode: 1, message: 'SYS.1003: Resource not found' });
    expect(out[4].error).toMatchObject({ exitCode: 2, message: 'line 6: unclosed single quote' }); // as it was
  });
});

describe('a secret is asked for only when the rest of the command is right', () => {
  it('a typo, a bad value or an empty account name is refused before the password prompt', async () => {
    const home = tempHome();
    const at = ['-H', '127.0.0.1', '-p', '1']; // nothing listens: nothing may be sent either
    for (const [args, said] of [
      [['LogInByAccount', 'accountName=admin', 'bogus=1'], /LogInByAccount has no parameter 'bogus'/],
      [['LogInByAccount', 'accountName='], /accountName cannot be empty: it is required/],
      [['CreateAccount', 'name=x', 'type=Bogus', 'password=***'], /type: 'Bogus' is not a valid value/],
    ] as const) {
      const r = await runCli([...args, ...at], home, { tty: true, secrets: [] });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(said);
      expect(r.stderr).not.toMatch(/Password|no answer for the prompt/);
    }
    // All else right: the password is asked for (and then the connection fails).
    const asked = await runCli(['LogInByAccount', 'accountName=admin', ...at], home, { tty: true, secrets: ['pw'] });
    expect(asked.stderr).toMatch(/Password for admin: \*\*/);
  });
});

describe('small mends: options written as commands, environment booleans, an EOS login with both names', () => {
  it('says what was meant or what is wrong', async () => {
    const home = tempHome();
    const version = await runCli(['version'], home);
    expect(version.code).toBe(2);
    expect(version.stderr).toMatch(/unknown command 'version'\n\s+did you mean: --version\?/);
    const https = await runCli(['QueryZone', '--dry-run'], { ...home, ZSTACK_HTTPS: 'bogus' });
    expect(https.code).toBe(2);
    expect(https.stderr).toMatch(/ZSTACK_HTTPS: 'bogus' is not true or false/);
    expect(JSON.parse((await runCli(['QueryZone', '--dry-run'], { ...home, ZSTACK_HTTPS: 'off' })).stdout).url).toMatch(/^http:/);
    const both = await runCli(['--provider', 'eos', 'LogIn', 'user_name=admin', 'user_id=0123456789abcdef0123456789abcdef', 'project_name=admin', 'password=x', '--dry-run'], home);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/LogIn takes user_name=\.\.\. or user_id=\.\.\., not both/);
    // A built-in command's choices in any case; a wrong one named with the choices.
    expect(JSON.parse((await runCli(['call', 'get', '/zones', '--sim'], home)).stdout).inventories).toHaveLength(2);
    const fetch = await runCli(['call', 'fetch', '/zones', '--sim'], home);
    expect(fetch.code).toBe(2);
    expect(fetch.stderr).toMatch(/^zstack-cli: method: 'fetch' is not one of GET, POST, PUT, DELETE, PATCH\n/);
  });
});

