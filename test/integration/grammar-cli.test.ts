// The command grammar end to end (in process, as `run` calls it): query specials refused before anything is sent
// when the server could only refuse them, the server's own `sort=` spelling, `#` comments, and batch errors that name
// their line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
