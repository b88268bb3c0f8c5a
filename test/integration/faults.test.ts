// The CLI against a management node that misbehaves on purpose (test/helpers/faulty-server.ts): every fault ends with
// the documented exit code and one clear message, in about the time the limits say, and nothing the server sends
// reaches the terminal raw. Limits are small here (--timeout 1, ZSTACK_MAX_RESPONSE=1M) so that the suite stays fast.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliAsync, runCli, tempHome } from '../helpers/cli.js';
import { fakeServer } from '../helpers/fake-server.js';
import { faultyServer, type Fault, type FaultyServer } from '../helpers/faulty-server.js';

const EXIT = { api: 1, usage: 2, transport: 3, auth: 4, timeout: 124 };

let server: FaultyServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const home = tempHome();
const env = (extra: Record<string, string> = {}) => ({ ...home, ZSTACK_ACCESS_KEY_ID: 'K', ZSTACK_ACCESS_KEY_SECRET: 'S', ...extra });

/** Runs a command line in this process against a server with this fault; answers its result and how long it took. */
async function against(fault: Fault, args: string[], extra: Record<string, string> = {}, set?: (s: FaultyServer) => void) {
  server = await faultyServer(fault);
  set?.(server);
  const t0 = Date.now();
  const r = await runCli([...args, '-H', '127.0.0.1', '-p', String(server.port)], env(extra));
  return { ...r, ms: Date.now() - t0 };
}

/** Nothing that could drive a terminal: no C0 control but the newline, no DEL or C1 control, no bidi override. */
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

describe('timeouts that hold', () => {
  it('hang: a server that never answers is exit 124 at --timeout, naming it', async () => {
    const r = await against('hang', ['QueryZone', '--timeout', '1']);
    expect(r.code).toBe(EXIT.timeout);
    expect(r.ms).toBeGreaterThanOrEqual(950);
    expect(r.ms).toBeLessThan(3000);
    expect(r.stderr).toMatch(/^zstack-cli: no answer from http:\/\/127\.0\.0\.1:\d+: --timeout 1 \(the whole command\) ran out after [01](\.\d)? s\n {2}raise --timeout SECONDS/);
  });

  it('hang: the limit for one request names ZSTACK_REQUEST_TIMEOUT or timeout=, and a sent POST says it may have taken effect', async () => {
    const post = await against('hang', ['CreateZone', 'name=z'], { ZSTACK_REQUEST_TIMEOUT: '1' });
    expect(post.code).toBe(EXIT.timeout);
    expect(post.ms).toBeLessThan(3000);
    expect(post.stderr).toMatch(/no answer from \S+: ZSTACK_REQUEST_TIMEOUT=1 \(one request\) ran out after 1(\.\d)? s/);
    expect(post.stderr).toMatch(/the POST request may have reached the server and taken effect: check before sending it again/);
    await server!.close();
    const query = await against('hang', ['QueryZone', 'timeout=1']);
    expect(query.code).toBe(EXIT.timeout);
    expect(query.stderr).toMatch(/: timeout=1 \(one request\) ran out after 1(\.\d)? s\n {2}raise timeout=SECONDS/);
    expect(query.stderr).not.toMatch(/POST/);
    await server!.close();
    const bad = await against('hang', ['QueryZone'], { ZSTACK_REQUEST_TIMEOUT: 'soon' });
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toMatch(/ZSTACK_REQUEST_TIMEOUT: 'soon' is not a number of seconds/);
  });

  it('drip: an answer that comes one byte at a time is cut at --timeout (the whole body has one deadline)', async () => {
    const r = await against('drip', ['QueryZone', '--timeout', '1'], {}, (s) => (s.dripMs = 20));
    expect(r.code).toBe(EXIT.timeout);
    expect(r.ms).toBeLessThan(3000);
    expect(r.stderr).toMatch(/the answer of http:\/\/127\.0\.0\.1:\d+ did not come whole: --timeout 1 \(the whole command\) ran out after [01](\.\d)? s, \d+ bytes in/);
    await server!.close();
    // A large query read as it arrives too.
    const streamed = await against('drip', ['QueryVmInstance', 'limit=5000', '--timeout', '1'], {}, (s) => (s.dripMs = 20));
    expect(streamed.code).toBe(EXIT.timeout);
    expect(streamed.ms).toBeLessThan(3000);
  });

  it('a job whose polls are never answered: gave up at --timeout (124), with how to wait again', async () => {
    const r = await against('job-hang', ['CreateZone', 'name=z', '--timeout', '1']);
    expect(r.code).toBe(EXIT.timeout);
    expect(r.ms).toBeLessThan(3000);
    expect(r.stderr).toMatch(/gave up waiting for job j1 after [01](\.\d)? s: --timeout 1 \(the whole command\) ran out; the job goes on/);
    expect(r.stderr).toMatch(/wait again: zstack-cli job wait http:\/\/127\.0\.0\.1:\d+\/zstack\/v1\/api-jobs\/j1/);
  });

  it('in Chinese too, and never before the deadline', async () => {
    const zh = { LANG: 'zh_CN.UTF-8' };
    const hang = await against('hang', ['QueryZone', '--timeout', '1'], zh);
    expect(hang.code).toBe(EXIT.timeout);
    expect(hang.ms).toBeGreaterThanOrEqual(950);
    expect(hang.stderr).toMatch(/^zstack-cli: http:\/\/127\.0\.0\.1:\d+ 没有应答:[01](\.\d)? 秒后--timeout 1\(整个命令的上限\)已用完\n {2}请调大 --timeout SECONDS,或检查服务器\n$/);
    await server!.close();
    const job = await against('job-hang', ['CreateZone', 'name=z', '--timeout', '1'], zh);
    expect(job.code).toBe(EXIT.timeout);
    expect(job.ms).toBeGreaterThanOrEqual(950);
    expect(job.stderr).toMatch(/^zstack-cli: 等待任务 j1 [01](\.\d)? 秒后放弃:--timeout 1\(整个命令的上限\)已用完;任务仍在继续\n/);
  });

  it('the process itself ends at the deadline (hang and drip, the built binary)', async () => {
    for (const fault of ['hang', 'drip'] as const) {
      server = await faultyServer(fault);
      const t0 = Date.now();
      const r = await cliAsync(['QueryZone', '--timeout', '1', '-H', '127.0.0.1', '-p', String(server.port)], env());
      expect(r.code, r.stderr).toBe(EXIT.timeout);
      expect(Date.now() - t0).toBeLessThan(4000);
      await server.close();
      server = undefined;
    }
  });
});

describe('server garbage is exit 3, never an internal error', () => {
  it('reset mid-body: exit 3 "closed unexpectedly"; a GET is tried again, a POST never', async () => {
    const get = await against('reset', ['QueryZone']);
    expect(get.code).toBe(EXIT.transport);
    expect(get.stderr).toMatch(/^zstack-cli: the connection to http:\/\/127\.0\.0\.1:\d+ was closed unexpectedly$/m);
    expect(server!.seen).toHaveLength(4);
    await server!.close();
    const post = await against('reset', ['CreateZone', 'name=z']);
    expect(post.code).toBe(EXIT.transport);
    expect(server!.seen).toHaveLength(1);
  });

  it('null: a login answered `null` is exit 3 and stores no session', async () => {
    const r = await against('null', ['LogInByAccount', 'accountName=admin', 'password=password']);
    expect(r.code).toBe(EXIT.transport);
    expect(r.stderr).toMatch(/^zstack-cli: the server answered HTTP 200 \(null where a JSON object was expected\) for \S+\/zstack\/v1\/accounts\/login: null\n$/);
    expect(existsSync(join(home.XDG_STATE_HOME, 'zstack-cli', 'sessions', 'default.json'))).toBe(false);
  });

  it('deep: JSON nested 100,000 levels deep is exit 3, whole or read as it arrives', async () => {
    const whole = await against('deep', ['QueryZone']);
    expect(whole.code).toBe(EXIT.transport);
    expect(whole.stderr).toMatch(/^zstack-cli: the server answered HTTP 200 \(JSON nested more than 512 levels deep\) for \S+\/zstack\/v1\/zones\n$/);
    await server!.close();
    const streamed = await against('deep', ['QueryVmInstance', 'limit=5000']);
    expect(streamed.code).toBe(EXIT.transport);
    expect(streamed.stderr).toMatch(/^zstack-cli: the server answered JSON nested more than 512 levels deep for \S+\/zstack\/v1\/vm-instances\n$/);
  });

  it('huge: an answer beyond ZSTACK_MAX_RESPONSE is exit 3 before it is read, declared or not', async () => {
    const declared = await against('huge', ['QueryZone'], { ZSTACK_MAX_RESPONSE: '1M' });
    expect(declared.code).toBe(EXIT.transport);
    expect(declared.stderr).toMatch(/^zstack-cli: the answer of \S+\/zstack\/v1\/zones is larger than the limit of 1 MiB for one answer \(\d+ bytes\)\n {2}.*ZSTACK_MAX_RESPONSE=SIZE/);
    await server!.close();
    const chunked = await against('huge-chunked', ['QueryZone'], { ZSTACK_MAX_RESPONSE: '1M' });
    expect(chunked.code).toBe(EXIT.transport);
    expect(chunked.stderr).toMatch(/larger than the limit of 1 MiB for one answer \(more than \d+ bytes\)/);
    await server!.close();
    // Read as it arrives, a large answer is never held whole: only a row beyond the limit is refused.
    const rows = await against('huge-chunked', ['QueryVmInstance', 'limit=50000', '-o', 'value', '-c', 'uuid'], { ZSTACK_MAX_RESPONSE: '1M' });
    expect(rows.code, rows.stderr).toBe(0);
    expect(rows.stdout.split('\n').length).toBeGreaterThan(20000);
    const pages = await runCli(['QueryVmInstance', '--all', '--page-size', '50000', '-o', 'value', '-c', 'uuid', '-H', '127.0.0.1', '-p', String(server!.port)], env({ ZSTACK_MAX_RESPONSE: '1M' }));
    expect(pages.code, pages.stderr).toBe(0);
    expect(pages.stdout).toBe(rows.stdout);
    await server!.close();
    const row = await against('huge-row', ['QueryVmInstance', 'limit=5000'], { ZSTACK_MAX_RESPONSE: '1M' });
    expect(row.code).toBe(EXIT.transport);
    expect(row.stderr).toMatch(/the server answered a row larger than the limit of 1 MiB for one answer/);
    await server!.close();
    const bad = await against('huge', ['QueryZone'], { ZSTACK_MAX_RESPONSE: 'lots' });
    expect(bad.code).toBe(EXIT.usage);
  });

  it('bad job location: a 202 whose location is not a URL is exit 3 (the request was sent), shown escaped', async () => {
    const r = await against('bad-location', ['CreateZone', 'name=z']);
    expect(r.code).toBe(EXIT.transport);
    expect(r.stderr).toMatch(/^zstack-cli: the server answered HTTP 202 \(a 202 answer whose job location is not a URL\) for \S+\/zstack\/v1\/zones: /);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it('expiry: ID.1001 is exit 4 with how to log in again', async () => {
    const r = await against('expired', ['QueryZone']);
    expect(r.code).toBe(EXIT.auth);
    expect(r.stderr).toMatch(/session expired or invalid for profile 'default' \(ID\.1001: Session expired\)\n {2}log in again: zstack-cli LogInByAccount/);
  });

  it('any JSON of the wrong shape, with any status, is never an internal error or a usage error', async () => {
    const bodies = ['', 'null', '[]', '"text"', '123', 'true', '{}', '{"inventories":"x"}', '{"inventories":[1,null,"a",[]]}', '{"inventories":[{"name":{"a":[1]},"state":5}]}', '{"inventory":null}', '{"inventory":{"uuid":5}}', '{"error":"x"}', '{"error":{"code":{"a":1},"description":[1],"cause":"x"}}', '{"location":5}', '{"code":{"x":1},"msg":5}', '{"total":"a","inventories":[]}', '\ufeff{"inventories":[]}', '{"schema":null,"inventories":[{}]}'];
    const commands = [
      ['QueryZone', '-o', 'table'],
      ['QueryZone', '--all', '--page-size', '2', '-o', 'csv', '-c', 'name'],
      ['CreateZone', 'name=z', '--no-wait'],
      ['LogInByAccount', 'accountName=admin', 'password=password'],
      ['--provider', 'eos', 'LogIn', 'user_name=a', 'password=p', 'project_name=x'],
      ['--provider', 'ac', 'AddMemberUser', 'userName=user1', 'userFullName=U', 'clusterIds=11112', 'password=Ac-Secret-7'],
    ];
    let reply = { status: 200, body: '' };
    const fake = await fakeServer((_, res) => {
      res.writeHead(reply.status, { 'Content-Type': 'application/json' });
      res.end(reply.body);
    });
    const wrong: string[] = [];
    try {
      for (const status of [200, 202, 401, 503]) {
        for (const body of bodies) {
          reply = { status, body };
          for (const c of commands) {
            const r = await runCli([...c, '-H', '127.0.0.1', '-p', String(fake.port)], env({ AC_TOKEN: 't', ZSTACK_HTTPS: 'false' }));
            if (![0, 1, 3, 4].includes(r.code) || /internal error|\n\s+at /.test(r.stderr)) wrong.push(`${status} ${body} ${c.join(' ')}: exit ${r.code} ${r.stderr}`);
          }
        }
      }
    } finally {
      await fake.close();
    }
    expect(wrong).toEqual([]);
  });

  it('garbage: an answer that is not HTTP is exit 3', async () => {
    const r = await against('garbage', ['QueryZone']);
    expect(r.code).toBe(EXIT.transport);
    expect(r.stderr).toMatch(/^zstack-cli: cannot talk to http:\/\/127\.0\.0\.1:\d+: /);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe('what a server says cannot drive the terminal', () => {
  it('escape sequences in an error description, its details and causes are shown escaped', async () => {
    const r = await against('escapes', ['QueryZone']);
    expect(r.code).toBe(EXIT.api);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('zstack-cli: SYS.1000\\e[31m: boom\\e]0;pwned\\x07\\e[2J\\e[H\\r\\nzstack-cli: fake line\\x9b31m\\u{202e}desrever\n');
    expect(r.stderr).toMatch(/^ {2}details: details boom\\e\]0;pwned/m);
    expect(r.stderr).toMatch(/^ {2}caused by HOST\.1001: boom\\e\]0;pwned/m);
    // No line of the server's passes for one of ours.
    expect(r.stderr.split('\n').filter((l) => l.startsWith('zstack-cli:'))).toHaveLength(1);
  });

  it('under --debug the answer body is escaped too', async () => {
    const r = await against('escapes', ['QueryZone', '--debug']);
    expect(r.code).toBe(EXIT.api);
    expect(r.stderr).toMatch(/^< \{"error":/m);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it('EOS messages and AC msg are shown escaped', async () => {
    const eos = await against('eos-escapes', ['--provider', 'eos', 'LogIn', 'user_name=a', 'password=p', 'project_name=x']);
    expect(eos.code, eos.stderr).toBe(EXIT.api);
    expect(eos.stderr).toMatch(/^zstack-cli: 401 Unauthorized\\e\[2J: boom\\e\]0;pwned/);
    expect(eos.stderr).not.toMatch(RAW_CONTROL);
    await server!.close();
    const ac = await against('ac-escapes', ['--provider', 'ac', 'AddMemberUser', 'userName=user1', 'userFullName=U', 'clusterIds=11112', 'password=Ac-Secret-7'], { AC_TOKEN: 't', ZSTACK_HTTPS: 'false' });
    expect(ac.code, ac.stderr).toBe(EXIT.api);
    expect(ac.stderr).toMatch(/^zstack-cli: AC error 99999\\e\[31m: boom\\e\]0;pwned/);
    expect(ac.stderr).not.toMatch(RAW_CONTROL);
  });

  it('a table shows what the server wrote escaped; JSON escapes it as JSON does', async () => {
    const table = await against('hostile-rows', ['QueryZone', '-o', 'table', '-c', 'uuid,name,key\x1b[2J']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).not.toMatch(RAW_CONTROL);
    expect(table.stdout).toContain('boom\\e]0;pwned');
    expect(table.stdout).toContain('key\\e[2J');
    const json = await runCli(['QueryZone', '-H', '127.0.0.1', '-p', String(server!.port)], env());
    expect(json.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f]/); // JSON's own escapes
    expect(JSON.parse(json.stdout).inventories[0].name).toContain('\x1b]0;pwned');
  });

  it('an HTML error page is summarised to its status and title, on one line', async () => {
    const get = await against('html', ['QueryZone']);
    expect(get.code).toBe(EXIT.transport);
    expect(get.stderr).toMatch(/^zstack-cli: the server answered HTTP 502 for \S+\/zstack\/v1\/zones: an HTML page titled "502 Bad Gateway"\n$/);
    await server!.close();
    const post = await against('html', ['CreateZone', 'name=z']);
    expect(post.code).toBe(EXIT.transport);
    expect(post.stderr).toMatch(/^zstack-cli: the server answered HTTP 500 for \S+: an HTML page titled "500 Internal Server Error"\n$/);
    const zh = await runCli(['CreateZone', 'name=z', '-H', '127.0.0.1', '-p', String(server!.port)], env({ LANG: 'zh_CN.UTF-8' }));
    expect(zh.stderr).toMatch(/^zstack-cli: 服务器对 http:\/\/127\.0\.0\.1:\d+\/zstack\/v1\/zones 的应答是 HTTP 500:一个标题为 "500 Internal Server Error" 的 HTML 页面\n$/);
  });

  it('a long description is cut at 500 characters with how much was left out; --debug shows all of it', async () => {
    const r = await against('long', ['QueryZone'], {}, (s) => (s.size = 1_000_000));
    expect(r.code).toBe(EXIT.api);
    const line = r.stderr.split('\n')[0];
    expect(line).toMatch(/^zstack-cli: SYS\.1000: start x+\.\.\. \(999510 more characters; --debug shows them all\)$/);
    expect(line.length).toBeLessThan(600);
    await server!.close();
    const debug = await against('long', ['QueryZone', '--debug'], {}, (s) => (s.size = 100_000));
    expect(debug.stderr).toMatch(new RegExp(`^zstack-cli: SYS\\.1000: start x{100000} end$`, 'm'));
  });
});
