// The undici modules src/transport/undici.ts requires by path: still where it expects them, still what it expects.
import { getEventListeners } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { sleep } from '../../src/transport/http.js';
import { EnvHttpProxyAgent, request } from '../../src/transport/undici.js';

describe('the undici subset', () => {
  it('has the agent, and request and connect on every dispatcher', async () => {
    const agent = new EnvHttpProxyAgent({});
    expect(typeof (agent as unknown as { request: unknown }).request).toBe('function');
    expect(typeof (agent as unknown as { connect: unknown }).connect).toBe('function');
    await agent.close();
  });

  it('makes a request and reads the answer', async () => {
    const server = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ method: req.method, url: req.url, auth: req.headers.authorization }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const agent = new EnvHttpProxyAgent({});
    try {
      const res = await request(agent, { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, path: '/zstack/v1/zones?limit=1', method: 'GET', headers: { Authorization: 'OAuth x' } });
      expect(res.statusCode).toBe(200);
      expect(await res.body.json()).toEqual({ method: 'GET', url: '/zstack/v1/zones?limit=1', auth: 'OAuth x' });
    } finally {
      await agent.close();
      server.close();
    }
  });
});

describe('waits between polls', () => {
  it('leave no abort listener behind, and end early on abort', async () => {
    const abort = new AbortController();
    for (let i = 0; i < 20; i++) await sleep(1, abort.signal);
    expect(getEventListeners(abort.signal, 'abort')).toHaveLength(0);
    const waiting = sleep(60_000, abort.signal);
    abort.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });
});
