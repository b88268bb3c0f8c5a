// The CLI end to end against the simulator over real HTTP: the scripting way in (JSON on stdout, exit codes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { runCli, tempHome } from '../helpers/cli.js';

let sim: RunningSim;
let home: Record<string, string>;
let at: string[];

beforeAll(async () => {
  sim = await startSim({ port: 0, data: { kind: 'demo' }, sim: { jobDelayMs: 20 } });
  home = tempHome();
  at = ['-H', '127.0.0.1', '-p', String(sim.port)];
});
afterAll(() => sim.close());

const run = (args: string[], profile?: string) => runCli([...(profile ? ['--profile', profile] : []), ...args, ...at], home);

describe('CLI against the simulator', () => {
  it('login, a cross-resource query, an asynchronous create, paging with a total', async () => {
    expect((await run(['LogInByAccount', 'accountName=admin', 'password=password'])).code).toBe(0);
    const q = await run(['QueryVmInstance', 'vmNics.l3Network.name~=%net', 'state=Running', 'fields=uuid,name,state', 'limit=5', 'replyWithCount=true']);
    expect(q.code, q.stderr).toBe(0);
    const body = JSON.parse(q.stdout);
    expect(body.inventories.length).toBeLessThanOrEqual(5);
    expect(body.total).toBeGreaterThanOrEqual(body.inventories.length);
    for (const vm of body.inventories) expect(Object.keys(vm).sort()).toEqual(['name', 'state', 'uuid']);
    const count = JSON.parse((await run(['QueryVmInstance', 'count=true'])).stdout);
    expect(count).toEqual({ total: 50 });
    const zone = await run(['CreateZone', 'name=cli-zone', 'description=made by a test']);
    expect(zone.code, zone.stderr).toBe(0);
    expect(JSON.parse(zone.stdout).inventory).toMatchObject({ name: 'cli-zone', state: 'Enabled' });
    const unknown = await run(['QueryVmInstance', 'vmNics.bogus=1']);
    expect(unknown.code).toBe(2); // refused by the CLI before sending
  });

  it('a normal account sees only its own resources and cannot touch admin ones; quotas are enforced', async () => {
    expect((await runCli(['profile', 'add', 'alice', 'host=127.0.0.1', `port=${sim.port}`], home)).code).toBe(0);
    expect((await run(['LogInByAccount', 'accountName=alice', 'password=password'], 'alice')).code).toBe(0);
    const mine = JSON.parse((await run(['QueryVmInstance', 'fields=uuid'], 'alice')).stdout).inventories;
    const all = JSON.parse((await run(['QueryVmInstance', 'fields=uuid'])).stdout).inventories;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    const adminOnly = all.map((v: { uuid: string }) => v.uuid).find((u: string) => !mine.some((m: { uuid: string }) => m.uuid === u));
    const stop = await run(['StopVmInstance', `uuid=${adminOnly}`], 'alice');
    expect(stop.code).toBe(1);
    expect(stop.stderr).toMatch(/SYS\.1003/);

    const accounts = JSON.parse((await run(['QueryAccount', 'name=alice'])).stdout).inventories;
    // a quota name the server does not define is refused by the server, as a real node does
    const bogus = await run(['UpdateQuota', `identityUuid=${accounts[0].uuid}`, 'name=zone.num', 'value=5']);
    expect(bogus.code).toBe(1);
    expect(bogus.stderr).toContain(`cannot find Quota[name: zone.num] for the account[uuid: ${accounts[0].uuid}]`);
    const usage = JSON.parse((await run(['GetAccountQuotaUsage', `uuid=${accounts[0].uuid}`])).stdout);
    expect(usage.usages.length).toBeGreaterThan(0);
    expect((await run(['UpdateQuota', `identityUuid=${accounts[0].uuid}`, 'name=vm.num', 'value=0'])).code).toBe(0);
    const l3 = JSON.parse((await run(['QueryL3Network', 'fields=uuid', 'limit=1'], 'alice')).stdout).inventories[0].uuid;
    const image = JSON.parse((await run(['QueryImage', 'fields=uuid', 'limit=1'], 'alice')).stdout).inventories[0].uuid;
    const offering = JSON.parse((await run(['QueryInstanceOffering', 'fields=uuid', 'limit=1'], 'alice')).stdout).inventories[0].uuid;
    const create = await run(['CreateVmInstance', 'name=over-quota', `l3NetworkUuids=${l3}`, `imageUuid=${image}`, `instanceOfferingUuid=${offering}`], 'alice');
    expect(create.code).toBe(1);
    expect(create.stderr).toMatch(/ID\.1003/);
  });

  it('an expired session exits 4 and names the profile', async () => {
    const short = await startSim({ port: 0, data: { kind: 'empty' }, sim: { sessionTimeoutS: 3 } });
    const where = ['-H', '127.0.0.1', '-p', String(short.port)];
    const h = tempHome();
    try {
      expect((await runCli(['LogInByAccount', 'accountName=admin', 'password=password', ...where], h)).code).toBe(0);
      expect((await runCli(['QueryZone', ...where], h)).code).toBe(0);
      await new Promise((r) => setTimeout(r, 3500));
      const r = await runCli(['QueryZone', ...where], h);
      expect(r.code).toBe(4);
      expect(r.stderr).toMatch(/session expired or invalid for profile 'default'/);
    } finally {
      await short.close();
    }
  });
});

describe('simulator data stays consistent', () => {
  it('a stopped VM has no host and starts on its last one; public shares name their type; sharing needs receivers', async () => {
    expect((await run(['LogInByAccount', 'accountName=admin', 'password=password'])).code).toBe(0);
    const vm = JSON.parse((await run(['QueryVmInstance', 'state=Running', 'fields=uuid,hostUuid', 'limit=1'])).stdout).inventories[0];
    const stopped = JSON.parse((await run(['StopVmInstance', `uuid=${vm.uuid}`])).stdout).inventory;
    expect(stopped).toMatchObject({ state: 'Stopped', hostUuid: null, lastHostUuid: vm.hostUuid });
    const started = JSON.parse((await run(['StartVmInstance', `uuid=${vm.uuid}`])).stdout).inventory;
    expect(started).toMatchObject({ state: 'Running', hostUuid: vm.hostUuid });
    expect(JSON.parse((await run(['QueryVmInstance', 'state=Stopped', 'hostUuid not null', 'count=true'])).stdout)).toEqual({ total: 0 });
    expect(JSON.parse((await run(['QuerySharedResource', 'resourceType=ImageVO', 'toPublic=true', 'count=true'])).stdout).total).toBeGreaterThan(0);
    const share = await run(['ShareResource', `resourceUuids=${vm.uuid}`]);
    expect(share.code).toBe(1);
    expect(share.stderr).toMatch(/accountUuids cannot be empty/);
  });
});

describe('embedded simulator (--sim)', () => {
  it('answers one command on a fresh machine, logged in as admin by itself', async () => {
    const fresh = tempHome();
    const r = await runCli(['--sim', 'QueryVmInstance', 'state=Running', 'fields=name', 'limit=3'], fresh);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).inventories).toHaveLength(3);
    const z = await runCli(['--sim', 'CreateZone', 'name=kept'], fresh);
    expect(z.code, z.stderr).toBe(0);
    const again = await runCli(['--profile', 'sim', 'QueryZone', 'name=kept', 'count=true'], fresh);
    expect(JSON.parse(again.stdout)).toEqual({ total: 1 });
  });
});

describe('the shell fed by a pipe', () => {
  it('runs the lines, prints only results, no prompts, and stops at the first failure with its exit code', async () => {
    const { spawnSync } = await import('node:child_process');
    const { BIN } = await import('../helpers/cli.js');
    const env = { PATH: process.env.PATH, ...tempHome() };
    for (const argv of [['--sim', 'shell'], ['--sim']]) {
      const r = spawnSync(process.execPath, [BIN, ...argv], { input: 'QueryZone count=true\nQueryCluster count=true\n\nQueryHost count=true\nNoSuchVerb\nQueryZone count=true\n', encoding: 'utf8', env });
      expect(r.status, argv.join(' ')).toBe(2);
      expect(r.stdout.trim().split('\n').filter((l) => l.includes('total'))).toEqual(['  "total": 2', '  "total": 3', '  "total": 6']);
      expect(r.stdout).not.toContain('>>>');
      expect(r.stderr).toMatch(/unknown command 'NoSuchVerb'/);
      const ok = spawnSync(process.execPath, [BIN, ...argv], { input: 'QueryZone count=true\n', encoding: 'utf8', env });
      expect(ok.status).toBe(0);
    }
    // Nothing piped in (/dev/null): the help, as before.
    const empty = spawnSync(process.execPath, [BIN], { input: '', encoding: 'utf8', env });
    expect(empty.status).toBe(0);
    expect(empty.stdout).toMatch(/^zstack-cli \S+: the ZStack command line/);
  });
});
