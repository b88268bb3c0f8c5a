// The built binary against local HTTP servers: sessions per profile, hashing, AccessKey, jobs, errors, exit codes.
import { createHash, createHmac } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliAsync, runCli, tempHome } from '../helpers/cli.js';
import { fakeServer, json, text, type FakeServer } from '../helpers/fake-server.js';

const sha512 = (s: string) => createHash('sha512').update(s).digest('hex');
const SESSION = {
  uuid: '00d038b699b74e76a01705918d48d939',
  accountUuid: '36c27e8ff05c4780bf6d2fa65700f22e',
  userUuid: '36c27e8ff05c4780bf6d2fa65700f22e',
  expiredDate: 'Jan 1, 2027 11:31:06 AM',
  createDate: 'Jan 1, 2027 9:31:06 AM',
};

let server: FakeServer;
let home: Record<string, string>;
let at: string[];

beforeEach(async () => {
  server = await fakeServer();
  home = tempHome();
  at = ['-H', '127.0.0.1', '-p', String(server.port)];
});
afterEach(() => server.close());

const run = (...args: string[]) => runCli([...args, ...at], home);

function loginServer(extra?: (url: string, res: Parameters<FakeServer['handle']>[1], req: Parameters<FakeServer['handle']>[0]) => boolean) {
  server.handle = (req, res) => {
    if (req.url === '/zstack/v1/accounts/login' && req.method === 'PUT') {
      const body = JSON.parse(req.body);
      if (body.logInByAccount.password !== sha512('password')) return json(res, 503, { error: { code: 'ID.1000', description: 'wrong account name or password' } });
      return json(res, 200, { inventory: SESSION });
    }
    if (extra?.(req.url, res, req)) return;
    json(res, 200, { inventories: [] });
  };
}

describe('logging in and sessions', () => {
  it('sends the SHA-512 password, stores the session 0600 per profile, and uses it', async () => {
    loginServer();
    const login = await run('LogInByAccount', 'accountName=admin', 'password=password');
    expect(login.code).toBe(0);
    expect(JSON.parse(login.stdout).inventory.uuid).toBe(SESSION.uuid);
    expect(login.stderr).toMatch(/logged in .* as admin \(profile 'default'\)/);
    const file = join(home.XDG_STATE_HOME, 'zstack-cli', 'sessions', 'default.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const stored = readFileSync(file, 'utf8');
    expect(stored).toContain(SESSION.uuid);
    expect(stored).not.toContain('password');
    expect(stored).not.toContain(sha512('password'));

    const q = await run('QueryZone', 'name=zone1');
    expect(q.code).toBe(0);
    expect(server.seen.at(-1)!.headers.authorization).toBe(`OAuth ${SESSION.uuid}`);
    expect(server.seen.at(-1)!.url).toBe('/zstack/v1/zones?q=name%3Dzone1');

    // another profile has its own (absent) session
    expect((await runCli(['profile', 'add', 'lab', 'host=127.0.0.1', `port=${server.port}`], home)).code).toBe(0);
    const other = await runCli(['--profile', 'lab', 'QueryZone'], home);
    expect(other.code).toBe(4);
    expect(other.stderr).toMatch(/not logged in \(profile 'lab'/);
    expect(other.stderr).toMatch(/--profile lab LogInByAccount/);
  });

  it('a wrong password is an API error (exit 1) and stores nothing', async () => {
    loginServer();
    const r = await run('LogInByAccount', 'accountName=admin', 'password=nope');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ID\.1000: wrong account name or password/);
    expect(r.stdout).toBe('');
  });

  it('without a terminal a missing password is a usage error', async () => {
    const r = await run('LogInByAccount', 'accountName=admin');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs password=/);
    expect(server.seen).toHaveLength(0);
  });

  it('an expired session (ID.1001) exits 4 and says how to log in again', async () => {
    loginServer((url, res) => {
      if (url.startsWith('/zstack/v1/zones')) {
        json(res, 503, { error: { code: 'ID.1001', description: 'Session expired', details: 'Session expired' } });
        return true;
      }
      return false;
    });
    await run('LogInByAccount', 'accountName=admin', 'password=password');
    const r = await run('QueryZone');
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/session expired or invalid for profile 'default'/);
    expect(r.stderr).toMatch(/LogInByAccount/);
  });

  it('ValidateSession, RenewSession and LogOut use the stored session; LogOut removes it', async () => {
    loginServer((url, res, req) => {
      if (url === `/zstack/v1/accounts/sessions/${SESSION.uuid}/valid`) return json(res, 200, { valid: true }), true;
      if (url === `/zstack/v1/accounts/sessions/${SESSION.uuid}/renew`) {
        expect(JSON.parse(req.body)).toEqual({ renewSession: { duration: 100 } });
        return json(res, 200, { inventory: { ...SESSION, expiredDate: 'Feb 1, 2027' } }), true;
      }
      if (url === `/zstack/v1/accounts/sessions/${SESSION.uuid}` && req.method === 'DELETE') return json(res, 200, {}), true;
      return false;
    });
    await run('LogInByAccount', 'accountName=admin', 'password=password');
    const v = await run('ValidateSession');
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout)).toEqual({ valid: true });
    expect((await run('RenewSession', 'duration=100')).code).toBe(0);
    expect(readFileSync(join(home.XDG_STATE_HOME, 'zstack-cli', 'sessions', 'default.json'), 'utf8')).toContain('Feb 1, 2027');
    expect((await run('LogOut')).code).toBe(0);
    const after = await run('QueryZone');
    expect(after.code).toBe(4);
  });
});

describe('AccessKey', () => {
  it('signs every request and the server can verify it', async () => {
    server.handle = (req, res) => {
      const m = /^ZStack (\w+):(.+)$/.exec(String(req.headers.authorization));
      const path = req.url.replace(/^\/zstack/, '').replace(/\?.*$/, '');
      const expected = createHmac('sha1', 'SECRET-1').update(`${req.method}\n${req.headers.date}\n${path}`).digest('base64');
      if (!m || m[1] !== 'KEY1' || m[2] !== expected) return text(res, 400, 'bad signature');
      // A node compares the header's wall-clock time with its own (UTC+8 here) and ignores the zone label.
      const skew = Math.abs(Date.parse(String(req.headers.date).replace(/ CST$/, ' GMT')) - (Date.now() + 8 * 3600_000));
      if (!(skew < 15 * 60 * 1000)) return text(res, 400, 'date skew');
      json(res, 200, { inventories: [{ uuid: 'z1' }] });
    };
    const r = await runCli(['QueryZone', 'name=z', ...at], { ...home, ZSTACK_ACCESS_KEY_ID: 'KEY1', ZSTACK_ACCESS_KEY_SECRET: 'SECRET-1' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).inventories[0].uuid).toBe('z1');

    // from a profile; the secret is never printed
    expect((await runCli(['profile', 'add', 'ak', 'host=127.0.0.1', `port=${server.port}`, 'accessKeyId=KEY1', 'accessKeySecret=SECRET-1'], home)).code).toBe(0);
    expect((await runCli(['--profile', 'ak', 'QueryZone'], home)).code).toBe(0);
    const shown = await runCli(['profile', 'show', 'ak'], home);
    expect(shown.stdout).not.toContain('SECRET-1');
    expect(statSync(join(home.XDG_CONFIG_HOME, 'zstack-cli', 'config.json')).mode & 0o777).toBe(0o600);
  });
});

describe('asynchronous jobs', () => {
  function jobServer(polls: Array<(res: Parameters<FakeServer['handle']>[1]) => void>) {
    let n = 0;
    server.handle = (req, res) => {
      if (req.method === 'POST') return json(res, 202, { location: `http://10.9.9.9:8080/zstack/v1/api-jobs/abc123` });
      if (req.url === '/zstack/v1/api-jobs/abc123') return polls[Math.min(n++, polls.length - 1)](res);
      json(res, 404, {});
    };
  }
  const env = () => ({ ...home, ZSTACK_ACCESS_KEY_ID: 'K', ZSTACK_ACCESS_KEY_SECRET: 'S' });

  it('polls the rewritten location until the result', async () => {
    jobServer([(r) => json(r, 202, { location: 'x' }), (r) => json(r, 202, { location: 'x' }), (r) => json(r, 200, { inventory: { uuid: 'z1', name: 'Zone1' } })]);
    const r = await runCli(['CreateZone', 'name=Zone1', ...at], env());
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).inventory.name).toBe('Zone1');
    const polls = server.seen.filter((s) => s.url.includes('api-jobs'));
    expect(polls.length).toBe(3);
    expect(polls[0].headers.authorization).toBeUndefined();
  });

  it('a failed job is an API error with its cause chain (exit 1)', async () => {
    jobServer([(r) => json(r, 503, { error: { code: 'SYS.1001', description: 'A message or a operation timeout', details: 'Create VM on KVM timeout after 300s', cause: { code: 'HOST.1001', description: 'host down' } } })]);
    const r = await runCli(['CreateZone', 'name=Zone1', ...at], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/SYS\.1001: A message or a operation timeout/);
    expect(r.stderr).toMatch(/details: Create VM on KVM timeout after 300s/);
    expect(r.stderr).toMatch(/caused by HOST\.1001: host down/);
  });

  it('an expired job result (404) says so', async () => {
    jobServer([(r) => text(r, 404, 'not found')]);
    const r = await runCli(['CreateZone', 'name=Zone1', ...at], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/expired/);
  });

  it('gives up after --timeout with the command that resumes waiting', async () => {
    jobServer([(r) => json(r, 202, { location: 'x' })]);
    const t0 = Date.now();
    const r = await runCli(['CreateZone', 'name=Zone1', '--timeout', '2', ...at], env());
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1900);
    expect(r.code).toBe(124);
    expect(r.stderr).toMatch(/gave up waiting for job abc123 after [12](\.\d)? s: --timeout 2 \(the whole command\) ran out/);
    expect(r.stderr).toMatch(/zstack-cli job wait http:\/\/127\.0\.0\.1:\d+\/zstack\/v1\/api-jobs\/abc123/);
    expect(server.seen[0].headers['x-api-timeout']).toBe('2');
  });

  it('Ctrl-C stops waiting (exit 130) and prints how to resume; job wait resumes', async () => {
    jobServer([(r) => json(r, 202, { location: 'x' })]);
    const r = await cliAsync(['CreateZone', 'name=Zone1', ...at], env(), (child) => {
      const t = setInterval(() => {
        if (server.seen.some((s) => s.url.includes('api-jobs'))) {
          clearInterval(t);
          child.kill('SIGINT');
        }
      }, 20);
    });
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/stopped waiting/);
    expect(r.stderr).toMatch(/zstack-cli job wait http/);
    jobServer([(res) => json(res, 200, { inventory: { uuid: 'z1' } })]);
    const w = await runCli(['job', 'wait', 'abc123', ...at], env());
    expect(w.code).toBe(0);
    expect(JSON.parse(w.stdout).inventory.uuid).toBe('z1');
  });

  it('--no-wait prints the location at once; job headers are sent', async () => {
    jobServer([(r) => json(r, 200, {})]);
    const r = await runCli(['CreateZone', 'name=Zone1', '--no-wait', '--job-uuid', 'd825b1a26f4e474b8c59306081920ff2', '--webhook', 'http://127.0.0.1:5000/cb', ...at], env());
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).location).toMatch(/\/zstack\/v1\/api-jobs\/abc123$/);
    expect(server.seen).toHaveLength(1);
    expect(server.seen[0].headers['x-job-uuid']).toBe('d825b1a26f4e474b8c59306081920ff2');
    expect(server.seen[0].headers['x-web-hook']).toBe('http://127.0.0.1:5000/cb');
  });
});

describe('errors and exit codes', () => {
  const env = () => ({ ...home, ZSTACK_ACCESS_KEY_ID: 'K', ZSTACK_ACCESS_KEY_SECRET: 'S' });

  it('connection refused: exit 3 with what to check', async () => {
    await server.close();
    const r = await runCli(['QueryZone', ...at], env());
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/connection refused[\s\S]*check the host and port/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('plain-text 404 and malformed JSON: exit 3', async () => {
    server.handle = (req, res) => (req.url.includes('zones') ? text(res, 404, 'no such API') : (res.writeHead(200), res.end('{oops')));
    const a = await runCli(['QueryZone', ...at], env());
    expect(a.code).toBe(3);
    expect(a.stderr).toMatch(/HTTP 404[\s\S]*no such API[\s\S]*context path/);
    const b = await runCli(['QueryHost', ...at], env());
    expect(b.code).toBe(3);
    expect(b.stderr).toMatch(/malformed JSON/);
  });

  it('retries GETs on 502/504 (at most 3 times) and never retries a POST', async () => {
    let n = 0;
    server.handle = (req, res) => (req.method === 'GET' && ++n <= 2 ? text(res, 502, 'bad gateway') : req.method === 'POST' ? text(res, 502, 'bad gateway') : json(res, 200, { inventories: [] }));
    const g = await runCli(['QueryZone', ...at], env());
    expect(g.code).toBe(0);
    expect(server.seen.filter((s) => s.method === 'GET')).toHaveLength(3);
    const p = await runCli(['CreateZone', 'name=z', ...at], env());
    expect(p.code).toBe(3);
    expect(server.seen.filter((s) => s.method === 'POST')).toHaveLength(1);
    server.handle = (_, res) => text(res, 504, 'timeout');
    server.seen.length = 0;
    expect((await runCli(['QueryZone', ...at], env())).code).toBe(3);
    expect(server.seen).toHaveLength(4);
  });

  it('--debug logs requests with secrets masked', async () => {
    loginServer();
    const r = await runCli(['LogInByAccount', 'accountName=admin', 'password=password', '--debug', ...at], home);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/> PUT http:\/\/127\.0\.0\.1:\d+\/zstack\/v1\/accounts\/login/);
    expect(r.stderr).toMatch(/< 200 PUT/);
    expect(r.stderr).not.toContain(sha512('password'));
  });
});

describe('profiles', () => {
  it('add, use, list, show, remove', async () => {
    expect((await runCli(['profile', 'add', 'lab', 'host=10.0.0.1', 'port=8081', 'https=true', 'contextPath='], home)).code).toBe(0);
    expect((await runCli(['profile', 'use', 'lab'], home)).code).toBe(0);
    expect((await runCli(['profile', 'list'], home)).stdout).toMatch(/\* lab\thttps:\/\/10\.0\.0\.1:8081\tnot logged in/);
    expect(JSON.parse((await runCli(['QueryZone', '--dry-run'], home)).stdout).url).toBe('https://10.0.0.1:8081/v1/zones');
    // option > environment > profile
    expect(JSON.parse((await runCli(['QueryZone', '--dry-run'], { ...home, ZSTACK_HOST: 'env.host' })).stdout).url).toBe('https://env.host:8081/v1/zones');
    expect(JSON.parse((await runCli(['QueryZone', '--dry-run', '-H', 'opt.host'], { ...home, ZSTACK_HOST: 'env.host' })).stdout).url).toBe('https://opt.host:8081/v1/zones');
    expect(JSON.parse((await runCli(['profile', 'show'], home)).stdout)).toMatchObject({ name: 'lab', host: '10.0.0.1', port: 8081 });
    expect((await runCli(['profile', 'remove', 'lab'], home)).code).toBe(0);
    expect((await runCli(['profile', 'show', 'lab'], home)).code).toBe(2);
  });

  it('bad settings are usage errors and leave the file alone', async () => {
    expect((await runCli(['profile', 'add', 'x', 'port=99999'], home)).code).toBe(2);
    expect((await runCli(['profile', 'add', 'x', 'colour=red'], home)).stderr).toMatch(/unknown profile setting 'colour'/);
    expect((await runCli(['profile', 'add', 'bad name'], home)).code).toBe(2);
    expect((await runCli(['profile', 'use', 'nope'], home)).code).toBe(2);
  });

  it('20 concurrent processes updating profiles lose nothing', async () => {
    const runs = Array.from({ length: 20 }, (_, i) => cliAsync(['profile', 'add', `p${i}`, `host=10.0.0.${i + 1}`], home));
    const results = await Promise.all(runs);
    expect(results.map((r) => r.code)).toEqual(Array(20).fill(0));
    const config = JSON.parse(readFileSync(join(home.XDG_CONFIG_HOME, 'zstack-cli', 'config.json'), 'utf8'));
    expect(Object.keys(config.profiles).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `p${i}`).sort());
    expect(statSync(join(home.XDG_CONFIG_HOME, 'zstack-cli', 'config.json')).mode & 0o777).toBe(0o600);
  });

  it('a damaged configuration is reported, never replaced', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(home.XDG_CONFIG_HOME, 'zstack-cli'), { recursive: true });
    writeFileSync(join(home.XDG_CONFIG_HOME, 'zstack-cli', 'config.json'), '{broken');
    const r = await runCli(['profile', 'add', 'x', 'host=h'], home);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/damaged/);
    expect(readFileSync(join(home.XDG_CONFIG_HOME, 'zstack-cli', 'config.json'), 'utf8')).toBe('{broken');
  });
});

describe('a large reply that breaks off', () => {
  it('is a transport error after the rows that arrived, never a silent short answer', async () => {
    loginServer((url, res) => {
      if (!url.startsWith('/zstack/v1/vm-instances')) return false;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"inventories":[{"uuid":"a"},{"uuid":"b"},');
      setTimeout(() => res.socket?.destroy(), 20);
      return true;
    });
    expect((await run('LogInByAccount', 'accountName=admin', 'password=password')).code).toBe(0);
    const r = await run('QueryVmInstance', 'limit=5000', '-o', 'ndjson');
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('{"uuid":"a"}\n{"uuid":"b"}\n');
    expect(r.stderr).toMatch(/closed unexpectedly|malformed|ended/);
    expect(server.seen.filter((s) => s.url.startsWith('/zstack/v1/vm-instances'))).toHaveLength(1); // not sent again
  });

  it('malformed JSON in the middle of the rows is said so', async () => {
    loginServer((url, res) => {
      if (!url.startsWith('/zstack/v1/vm-instances')) return false;
      text(res, 200, '{"inventories":[{"uuid":"a"},{"uuid":]}');
      return true;
    });
    expect((await run('LogInByAccount', 'accountName=admin', 'password=password')).code).toBe(0);
    const r = await run('QueryVmInstance', 'limit=5000');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/malformed JSON/);
  });
});
