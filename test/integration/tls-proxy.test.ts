// TLS verification (default, --insecure, --ca-cert) and proxies from the environment.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttps, type Server } from 'node:https';
import { createServer as createHttp } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliAsync, tempHome } from '../helpers/cli.js';
import { fakeServer, json } from '../helpers/fake-server.js';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const AK = { ZSTACK_ACCESS_KEY_ID: 'K', ZSTACK_ACCESS_KEY_SECRET: 'S' };

describe.skipIf(!hasOpenssl)('TLS', () => {
  let server: Server;
  let port: number;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zstack-cli-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    server = createHttps({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ inventories: [{ uuid: 'z1' }] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const at = () => ['--https', '-H', '127.0.0.1', '-p', String(port)];

  it('an untrusted certificate is refused (exit 3) with what to do', async () => {
    const r = await cliAsync(['QueryZone', ...at()], { ...tempHome(), ...AK });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/TLS failure[\s\S]*--ca-cert FILE[\s\S]*--insecure/);
  });

  it('--ca-cert trusts it; --insecure skips verification only when asked', async () => {
    const trusted = await cliAsync(['QueryZone', ...at(), '--ca-cert', join(dir, 'cert.pem')], { ...tempHome(), ...AK });
    expect(trusted.code, trusted.stderr).toBe(0);
    const insecure = await cliAsync(['QueryZone', ...at(), '--insecure'], { ...tempHome(), ...AK });
    expect(insecure.code, insecure.stderr).toBe(0);
    expect(JSON.parse(insecure.stdout).inventories[0].uuid).toBe('z1');
    const missing = await cliAsync(['QueryZone', ...at(), '--ca-cert', join(dir, 'nope.pem')], { ...tempHome(), ...AK });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
  });
});

describe('proxies', () => {
  it('HTTP_PROXY carries the request (CONNECT tunnel); NO_PROXY bypasses it', async () => {
    const target = await fakeServer((_, res) => json(res, 200, { inventories: [{ uuid: 'z1' }] }));
    const tunnels: string[] = [];
    const proxy = createHttp((_, res) => res.writeHead(405).end());
    proxy.on('connect', (req, client, head) => {
      tunnels.push(req.url ?? '');
      const [host, port] = (req.url ?? '').split(':');
      const upstream = connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const at = ['-H', '127.0.0.1', '-p', String(target.port)];
    try {
      const viaProxy = await cliAsync(['QueryZone', ...at], { ...tempHome(), ...AK, HTTP_PROXY: proxyUrl });
      expect(viaProxy.code, viaProxy.stderr).toBe(0);
      expect(JSON.parse(viaProxy.stdout).inventories[0].uuid).toBe('z1');
      expect(tunnels).toEqual([`127.0.0.1:${target.port}`]);
      const bypass = await cliAsync(['QueryZone', ...at], { ...tempHome(), ...AK, HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' });
      expect(bypass.code, bypass.stderr).toBe(0);
      expect(tunnels).toHaveLength(1);
    } finally {
      proxy.closeAllConnections();
      await new Promise<void>((r) => proxy.close(() => r()));
      await target.close();
    }
  });
});
