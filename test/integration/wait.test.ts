// `zstack-cli wait`: a resource polled through its query verb against the simulator, whose asynchronous APIs take
// their job delay, until it has the values wanted (0), cannot get them (1), time is up (124) or Ctrl-C (130).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { cliAsync, runCli, tempHome, type InProcessOptions } from '../helpers/cli.js';

let sim: RunningSim;
let home: Record<string, string>;
let at: string[];
const run = (args: string[], opts?: InProcessOptions) => runCli([...args, ...at], home, opts);
const json = async (args: string[]) => {
  const r = await run(args);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};
/** A running VM of the demo data not used by another test. */
let spare: string[] = [];
const vm = () => spare.pop()!;

beforeAll(async () => {
  // Jobs take 400 ms: a wait started with the job sees the old state first.
  sim = await startSim({ port: 0, data: { kind: 'demo' }, sim: { jobDelayMs: 400 } });
  home = tempHome();
  at = ['-H', '127.0.0.1', '-p', String(sim.port)];
  expect((await run(['LogInByAccount', 'accountName=admin', 'password=password'])).code).toBe(0);
  spare = (await json(['QueryVmInstance', 'state=Running', 'fields=uuid', 'limit=10'])).inventories.map((v: { uuid: string }) => v.uuid);
});
afterAll(() => sim.close());

describe('zstack-cli wait against the simulator', () => {
  it('waits for a VM stopped, then started, by an asynchronous API sent with --no-wait, and prints it', async () => {
    const uuid = vm();
    expect((await run(['StopVmInstance', `uuid=${uuid}`, '--no-wait'])).code).toBe(0);
    const started = Date.now();
    const stopped = await run(['wait', 'VmInstance', `uuid=${uuid}`, 'state=Stopped', 'hostUuid=null']);
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300); // it waited for the job
    expect(JSON.parse(stopped.stdout).inventory).toMatchObject({ uuid, state: 'Stopped', hostUuid: null });

    expect((await run(['StartVmInstance', `uuid=${uuid}`, '--no-wait'])).code).toBe(0);
    const running = await run(['wait', 'vminstance', `uuid=${uuid}`, 'state=Running', '-o', 'value', '-c', 'uuid,state']);
    expect(running.code, running.stderr).toBe(0);
    expect(running.stdout).toBe(`${uuid}\tRunning\n`);
    // Already there: answered at once; --query reads the printed result.
    const again = await run(['wait', 'VmInstance', `uuid=${uuid}`, 'state=Running', '--query', 'inventory.state']);
    expect(again.stdout.trim()).toBe('"Running"');
  });

  it('exits 1 when the VM is destroyed while waited for Running, and when it is gone or never was', async () => {
    const uuid = vm();
    expect((await run(['StopVmInstance', `uuid=${uuid}`])).code).toBe(0);
    expect((await run(['DestroyVmInstance', `uuid=${uuid}`, '--no-wait'])).code).toBe(0);
    const destroyed = await run(['wait', 'VmInstance', `uuid=${uuid}`, 'state=Running']);
    expect(destroyed.code).toBe(1);
    expect(destroyed.stdout).toBe('');
    expect(destroyed.stderr).toMatch(new RegExp(`VmInstance ${uuid} is Destroyed: it will not become state=Running by itself`));
    // Waiting for Destroyed itself succeeds; then expunged, it is gone.
    expect((await run(['wait', 'VmInstance', `uuid=${uuid}`, 'state=Destroyed'])).code).toBe(0);
    expect((await run(['ExpungeVmInstance', `uuid=${uuid}`])).code).toBe(0);
    const gone = await run(['wait', 'VmInstance', `uuid=${uuid}`, 'state=Running']);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(new RegExp(`no VmInstance ${uuid}\\n\\s+check the uuid: zstack-cli QueryVmInstance uuid=${uuid}`));
  });

  it('reports a resource expunged while it is waited for', async () => {
    const uuid = vm();
    expect((await run(['DestroyVmInstance', `uuid=${uuid}`])).code).toBe(0);
    expect((await run(['ExpungeVmInstance', `uuid=${uuid}`, '--no-wait'])).code).toBe(0);
    const r = await run(['wait', 'VmInstance', `uuid=${uuid}`, 'state=Destroyed', 'cpuNum=99']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`VmInstance ${uuid} is gone \\(deleted or expunged\\) before cpuNum=99`));
  });

  it('gives up at --timeout with exit 124, saying what the resource is now', async () => {
    const uuid = vm();
    const started = Date.now();
    const r = await run(['wait', 'VmInstance', `uuid=${uuid}`, 'state=Stopped', '--timeout', '1']);
    const took = Date.now() - started;
    expect(r.code).toBe(124);
    expect(took).toBeGreaterThanOrEqual(1000);
    expect(took).toBeLessThan(2500);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`gave up waiting for VmInstance ${uuid} after 1 s: state=Stopped did not happen\\n\\s+now: state=Running\\n\\s+wait longer with --timeout SECONDS`));
  });

  it('stops at Ctrl-C with exit 130', async () => {
    const uuid = vm();
    const r = await run(['wait', 'VmInstance', `uuid=${uuid}`, 'state=Paused'], { onIo: (io) => setTimeout(() => io.interrupt(), 300) });
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(new RegExp(`interrupted: stopped waiting for VmInstance ${uuid}`));
  });

  it('refuses bad resource names, fields, values and conditions with exit 2 and a suggestion, before sending', async () => {
    const uuid = vm();
    const cases: Array<[string[], RegExp]> = [
      [['VmInstanse', `uuid=${uuid}`, 'state=Running'], /unknown resource 'VmInstanse'\n\s+did you mean: VmInstance\?/],
      [['VmInstance', `uuid=${uuid}`, 'stat=Running'], /VmInstance has no field 'stat'\n\s+did you mean: state\?/],
      [['VmInstance', `uuid=${uuid}`, 'state=Runing'], /state: 'Runing' is not a valid value\n\s+did you mean: Running\?\n\s+valid values: Created, Starting, Running/],
      [['VmInstance', `uuid=${uuid}`, 'cpuNum=many'], /cpuNum is a number, not 'many'/],
      [['VmInstance', 'state=Running'], /which VmInstance\? give uuid=<uuid>/],
      [['VmInstance', `uuid=${uuid}`], /what for\? give one or more field=value/],
      [['VmInstance', 'uuid=vm-1', 'state=Running'], /'vm-1' is not a UUID/],
      [['VmInstance', `uuid=${uuid}`, 'state!=Running'], /'state!=Running' is not a <field>=<value> condition/],
      [['VmInstance', `uuid=${uuid}`, 'vmNics.ip=10.0.0.1'], /'vmNics.ip' is a field of a related resource/],
      [['VmInstance', `uuid=${uuid}`, 'state=Running', 'state=Stopped'], /state is given more than once/],
    ];
    for (const [words, message] of cases) {
      const r = await run(['wait', ...words, '--debug']);
      expect(r.code, words.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/^> /m); // nothing was sent
    }
  });

  it('--dry-run shows the request it would send again and again', async () => {
    const uuid = vm();
    const r = await run(['wait', 'VmInstance', `uuid=${uuid}`, 'state=Running', '--dry-run']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ method: 'GET', url: expect.stringContaining(`/zstack/v1/vm-instances?q=uuid%3D${uuid}`), headers: { Authorization: 'OAuth ********' } });
    expect(r.stderr).toMatch(/sent again until state=Running/);
  });
});

describe('zstack-cli wait, the binary', () => {
  it('exits 0 once reached and 124 on timeout; SIGINT exits 130', async () => {
    const uuid = vm();
    expect((await run(['StopVmInstance', `uuid=${uuid}`, '--no-wait'])).code).toBe(0);
    const env = { ...home };
    const ok = await cliAsync(['wait', 'VmInstance', `uuid=${uuid}`, 'state=Stopped', '-o', 'value', '-c', 'state', ...at], env);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toBe('Stopped\n');
    const late = await cliAsync(['wait', 'VmInstance', `uuid=${uuid}`, 'state=Running', '--timeout', '1', ...at], env);
    expect(late.code).toBe(124);
    expect(late.stderr).toMatch(/gave up waiting/);
    // Ctrl-C once it is polling (its first request is on stderr with --debug).
    const stopped = await cliAsync(['wait', 'VmInstance', `uuid=${uuid}`, 'state=Running', '--debug', ...at], env, (child) => child.stderr!.once('data', () => child.kill('SIGINT')));
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/interrupted: stopped waiting/);
  });
});
