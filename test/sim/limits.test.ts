// The simulator survives what a client sends (issue 15): LIKE patterns matched without backtracking, request bodies
// over the limit refused (413) without being buffered, every query's work bounded (the server's default page, counts
// and scans done in slices while other clients are served, large pages written as they are made), and a prompt,
// state-saving stop on SIGTERM even in the middle of a query.
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AC_MEMBER_PATH, startAcSim } from '../../src/sim/ac.js';
import { startEosSim } from '../../src/sim/eos.js';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { DEFAULT_MAX_BODY_BYTES } from '../../src/sim/limits.js';
import { likeMatcher } from '../../src/sim/query.js';
import { startSimProcess, tempHome } from '../helpers/cli.js';
import { Harness } from './helpers.js';

/** LIKE the slow way, for short texts only: `%` any run, `_` one code point, case-insensitive. */
function likeByRegex(pattern: string, text: string): boolean {
  const body = Array.from(pattern.toLowerCase(), (c) => (c === '%' ? '.*' : c === '_' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`, 'su').test(text.toLowerCase());
}

describe('LIKE without backtracking', () => {
  it('agrees with a regular expression on short patterns and texts', () => {
    const char = fc.constantFrom('a', 'b', 'A', '%', '_', '.', '*', '😀', 'é');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 8 }), fc.array(char, { maxLength: 10 }), (p, t) => {
        const pattern = p.join('');
        const text = t.join('').replace(/[%_]/g, 'x');
        expect(likeMatcher(pattern)(text), `${pattern} ~ ${text}`).toBe(likeByRegex(pattern, text));
      }),
      { numRuns: 3000, seed: 15 },
    );
  });

  it('`_` is one character, also outside the BMP', () => {
    expect(likeMatcher('_')('😀')).toBe(true);
    expect(likeMatcher('a_b')('a😀b')).toBe(true);
    expect(likeMatcher('__')('😀')).toBe(false);
    expect(likeMatcher('%😀_')('xx😀é')).toBe(true);
  });

  it('a pathological pattern over a long value is one pass, not minutes', { timeout: 10_000 }, () => {
    // As a regular expression (^.*a.*a.*a ... .*b$) this tries every way to split the text: it never ends.
    const pattern = `${'%a'.repeat(12)}%b`;
    const text = 'a'.repeat(1_000_000);
    const matches = likeMatcher(pattern);
    expect(matches(text)).toBe(false);
    expect(matches(`${text}b`)).toBe(true);
    expect(likeMatcher(`${'%a_'.repeat(12)}%b`)(text)).toBe(false);
  });

  it('over HTTP: ~= and !~= with such a pattern answer at once', { timeout: 10_000 }, async () => {
    const h = await Harness.start({ kind: 'demo' });
    try {
      const s = await h.login();
      expect((await h.api('CreateZone', [`name=${'a'.repeat(255)}`], s)).status).toBe(200);
      const bad = `name~=${'%a'.repeat(12)}%b`;
      expect((await h.query('QueryZone', [bad], s)).total).toBe(0);
      expect((await h.query('QueryZone', [bad.replace('~=', '!~=')], s)).total).toBe(3);
      expect((await h.query('QueryZone', [`name~=${'%a'.repeat(12)}%`], s)).total).toBe(1);
    } finally {
      await h.close();
    }
  });
});

/** A raw POST (so the test decides about Content-Length): status, headers and body text, or the socket error. */
function post(port: number, path: string, chunks: Iterable<Buffer>, length?: number): Promise<{ status: number; headers: Record<string, unknown>; text: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: length === undefined ? {} : { 'Content-Length': length } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
    });
    req.on('error', (e) => resolve({ error: (e as NodeJS.ErrnoException).code ?? e.message }));
    const send = async () => {
      for (const c of chunks) if (!req.write(c)) await new Promise((ok) => req.once('drain', ok));
      req.end();
    };
    send().catch(() => undefined);
  });
}

function* pieces(total: number, size = 64 * 1024): Generator<Buffer> {
  for (let sent = 0; sent < total; sent += size) yield Buffer.alloc(Math.min(size, total - sent), 0x20);
}

describe('request bodies over the limit: 413', () => {
  it('the ZStack simulator refuses a body over 10 MiB by its declared length, before reading it', async () => {
    const h = await Harness.start({ kind: 'empty' });
    try {
      expect(DEFAULT_MAX_BODY_BYTES).toBe(10 * 2 ** 20);
      const r = await post(h.running.port, '/zstack/v1/zones', pieces(DEFAULT_MAX_BODY_BYTES + 1), DEFAULT_MAX_BODY_BYTES + 1);
      expect(r).toMatchObject({ status: 413, text: `the request body is larger than the simulator's limit of ${DEFAULT_MAX_BODY_BYTES} bytes` });
      // A body within the limit goes on to the API (here: an empty body without a session).
      expect(await post(h.running.port, '/zstack/v1/zones', pieces(1000), 1000)).toMatchObject({ status: 400 });
    } finally {
      await h.close();
    }
  });

  it('a streamed body (no length) is cut at the limit, which maxBodyBytes sets', async () => {
    const h = new Harness(await startSim({ port: 0, data: { kind: 'empty' }, maxBodyBytes: 4096 }));
    try {
      const over = await post(h.running.port, '/zstack/v1/zones', pieces(1 << 20, 1024));
      expect(over).toMatchObject({ status: 413, text: "the request body is larger than the simulator's limit of 4096 bytes" });
      expect(await post(h.running.port, '/zstack/v1/zones', pieces(4096, 1024))).toMatchObject({ status: 400 });
      // The simulator still answers afterwards.
      expect((await h.raw('GET', '/zones')).status).toBe(400);
    } finally {
      await h.close();
    }
  });

  it('the EOS and AC simulators answer 413 in their own error styles', async () => {
    const eos = await startEosSim({ port: 0, maxBodyBytes: 100 });
    const ac = await startAcSim({ port: 0, maxBodyBytes: 100 });
    try {
      const e = await post(eos.port, '/v3/auth/tokens', pieces(1000), 1000);
      expect(e).toMatchObject({ status: 413 });
      expect(JSON.parse((e as { text: string }).text)).toEqual({ error: { message: 'Request is too large.', code: 413, title: 'Request Entity Too Large' } });
      const a = await post(ac.port, AC_MEMBER_PATH, pieces(1000));
      expect(a).toMatchObject({ status: 413 });
      expect(JSON.parse((a as { text: string }).text)).toMatchObject({ status: 413, error: 'Payload Too Large', path: AC_MEMBER_PATH });
    } finally {
      await eos.close();
      await ac.close();
    }
  });
});

describe('bounded work per query', () => {
  let h: Harness;
  let s: string;
  beforeAll(async () => {
    h = await Harness.start({ kind: 'scale', n: 3000 });
    s = await h.login();
  });
  afterAll(() => h.close());
  const get = async (qs: string) => {
    const res = await fetch(`${h.base}/vm-instances?${qs}`, { headers: { Authorization: `OAuth ${s}` } });
    return { status: res.status, headers: res.headers, body: JSON.parse(await res.text()) };
  };

  it('without a limit, a page is the real server default of 1000 rows', async () => {
    const r = await get('');
    expect(r.body.inventories).toHaveLength(1000);
    expect((await get('replyWithCount=true')).body.total).toBe(3000);
    expect((await get('count=true')).body).toEqual({ total: 3000, schema: {} });
  });

  it('a larger page is written as it is made (chunked), and reads as the same rows and schema as pages of 1000', async () => {
    const big = await get('limit=2500&replyWithCount=true');
    expect(big.headers.get('content-length')).toBeNull();
    expect(big.headers.get('transfer-encoding')).toBe('chunked');
    const pages = await Promise.all([0, 1000, 2000].map((start) => get(`limit=${start === 2000 ? 500 : 1000}&start=${start}`)));
    expect(pages[0].headers.get('content-length')).not.toBeNull();
    expect(Object.keys(big.body)).toEqual(['inventories', 'total', 'schema']);
    expect(big.body.total).toBe(3000);
    expect(big.body.inventories).toEqual(pages.flatMap((p) => p.body.inventories));
    // The schema lists the last row first; each page's entries, renumbered, in that order.
    const renumbered = (p: { body: { schema: Record<string, string> } }, offset: number) =>
      Object.entries(p.body.schema).map(([path, cls]) => [path.replace(/^inventories\[(\d+)\]/, (_, i: string) => `inventories[${Number(i) + offset}]`), cls]);
    expect(Object.entries(big.body.schema)).toEqual([...renumbered(pages[2], 2000), ...renumbered(pages[1], 1000), ...renumbered(pages[0], 0)]);
    expect(big.body.schema['inventories[2499].vmNics[0]']).toBe('org.zstack.header.vm.VmNicInventory');
    expect((await get('limit=2000&fields=uuid,name')).body.inventories[1999]).toEqual({ uuid: expect.any(String), name: 'vm-2000' });
  });

  it('a sorted page keeps only the rows it needs, in the order a stable sort gives', async () => {
    const all = h.running.sim.store.table('VmInstance').filter(() => true);
    const byState = [...all].sort((a, b) => (String(a.state).toLowerCase() < String(b.state).toLowerCase() ? 1 : String(a.state).toLowerCase() > String(b.state).toLowerCase() ? -1 : 0));
    const r = await get('sort=-state&start=700&limit=1500&fields=uuid');
    expect(r.body.inventories.map((x: { uuid: string }) => x.uuid)).toEqual(byState.slice(700, 2200).map((x) => x.uuid));
    const names = await get('sort=name&limit=3&start=2997&fields=name');
    expect(names.body.inventories.map((x: { name: string }) => x.name)).toEqual(['vm-2998', 'vm-2999', 'vm-3000']);
    expect((await get('sort=name&limit=0')).body.inventories).toEqual([]);
  });
});

describe('a long query does not hold up other clients', () => {
  it('a zone query is answered while a count over a million generated VMs runs', { timeout: 60_000 }, async () => {
    const h = await Harness.start({ kind: 'scale', n: 1_000_000 });
    try {
      const s = await h.login();
      let counted = false;
      const count = h.raw('GET', `/vm-instances?q=${encodeURIComponent('state=Stopped')}&count=true`, { session: s }).then((r) => {
        counted = true;
        return r;
      });
      await new Promise((ok) => setTimeout(ok, 50));
      const zones = await h.raw('GET', '/zones?count=true', { session: s });
      expect(zones.body.total).toBe(2);
      expect(counted).toBe(false);
      expect((await count).body.total).toBe(200_000);
      // Without conditions a count is the table's size: no scan at all.
      expect((await h.raw('GET', '/vm-instances?count=true', { session: s })).body.total).toBe(1_000_000);
    } finally {
      await h.close();
    }
  });
});

describe('zstack-cli sim stops on SIGTERM in the middle of a query', () => {
  it('answers others meanwhile, exits 0 and saves the state', { timeout: 60_000 }, async () => {
    const home = tempHome();
    const state = join(home.HOME, 'sim.json');
    const { child, port, exited } = await startSimProcess(['--data', 'scale:1000000', '--job-delay', '0', '--state', state], { PATH: process.env.PATH, ...home });
    try {
      // The helpers' client, pointed at the child's simulator.
      const h = new Harness({ port } as RunningSim);
      const s = await h.login();
      // Sorting a million rows and writing them all takes seconds; it is still running when SIGTERM comes.
      const long = h.raw('GET', '/vm-instances?sort=-name&limit=1000000&fields=uuid', { session: s }).then(
        (r) => `answered ${r.status}`,
        (e: Error) => `cut: ${e.message}`,
      );
      await new Promise((ok) => setTimeout(ok, 100));
      // Served meanwhile: an asynchronous create and the polls of its job.
      const zone = await h.api('CreateZone', ['name=made-before-sigterm'], s);
      expect(zone.status).toBe(200);
      child.kill('SIGTERM');
      expect(await exited).toEqual({ code: 0, signal: null });
      expect(await long).toMatch(/^cut: /);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    const saved = JSON.parse(readFileSync(state, 'utf8'));
    expect(saved.tables.Zone.rows.map((z: { name: string }) => z.name)).toContain('made-before-sigterm');
    expect(existsSync(`${state}.owner`)).toBe(false);
  });
});
