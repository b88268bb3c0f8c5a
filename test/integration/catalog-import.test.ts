// `catalog import|list|show|remove`, imported verbs behaving like built-in ones, the raw `call`, and sending what
// the catalog does not know (--allow-unknown).
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog, ImportError } from '../../src/catalog/importer.js';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { catalog } from '../helpers/build.js';
import { runCli, tempHome } from '../helpers/cli.js';

const FIXTURES = new URL('../fixtures/import/', import.meta.url).pathname;
const ZSSDK = join(FIXTURES, 'zssdk.py');
const INVENTORY = join(FIXTURES, 'inventory.py');
const read = (f: string) => ({ file: f, text: readFileSync(f, 'utf8') });

describe('reading zssdk.py and inventory.py', () => {
  it('reads every ParamAnnotation keyword, query verbs and their nested query objects', () => {
    const { catalog: gen, report } = importCatalog([read(ZSSDK), read(INVENTORY)], catalog);
    expect(report).toMatchObject({ apis: 4, inventories: 3 });
    const create = gen.apis.find((a) => a.name === 'CreateWidget')!;
    expect(create).toMatchObject({ method: 'POST', path: '/widgets', bodyKey: 'params', async: true });
    expect(create.params).toEqual([
      { name: 'name', type: 'string', required: true, maxLength: 255 },
      { name: 'color', type: 'string', validValues: ['red', 'green', 'blue'] },
      { name: 'code', type: 'string', validRegexValues: '^[a-z]{3}\\d+$', minLength: 4, emptyString: false },
      { name: 'size', type: 'long', numberRange: [1, 1024] },
      { name: 'zoneUuids', type: 'list', nonEmpty: true },
    ]);
    expect(gen.apis.find((a) => a.name === 'LogInWithToken')).toMatchObject({ session: false, async: false, bodyKey: 'logInWithToken' });
    expect(gen.apis.find((a) => a.name === 'QueryWidget')).toMatchObject({ query: 'Widget', params: [] });
    const widget = gen.inventories.find((i) => i.name === 'Widget')!;
    expect(widget.fields.map((f) => f.name)).toEqual(['uuid', 'name', 'color', 'size', 'zoneUuid', 'createDate']);
    expect(widget.expand?.map((e) => [e.name, e.inventory])).toEqual([['zone', 'Zone'], ['parts', 'WidgetPart']]);
    // The built-in catalog lends types and keys where the files say nothing: a known parameter keeps its type.
    expect(gen.apis.find((a) => a.name === 'StopVmInstance')!.params.find((p) => p.name === 'type')).toMatchObject({ validValues: ['grace', 'cold', 'forced'] });
    expect(report.skipped).toEqual(['1 API message classes (their parameters come from zssdk.py)']);
  });

  it('names the line of what it cannot read', () => {
    const attempt = (text: string, file = 'x.py') => {
      try {
        importCatalog([{ file, text }], catalog);
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError);
        return (e as Error).message;
      }
      throw new Error('expected an import error');
    };
    expect(attempt('{"apis": []}\n', 'catalog.json')).toMatch(/^catalog\.json:1: neither a zssdk\.py .* nor an inventory\.py/);
    const sdk = readFileSync(ZSSDK, 'utf8');
    const cut = sdk.slice(0, sdk.indexOf("'size'"));
    expect(attempt(cut)).toMatch(/^x\.py:\d+: CreateWidgetAction: PARAMS is not closed \(is the file truncated\?\)/);
    const bad = sdk.replace("'color': ParamAnnotation(", "'color': Annotation(");
    const line = bad.split('\n').findIndex((l) => l.includes("'color': Annotation(")) + 1;
    expect(attempt(bad)).toBe(`x.py:${line}: CreateWidgetAction: a parameter should read 'name': ParamAnnotation(...), found ''color': Annotation(required=False,valid_values=['red','green','blue'],non_empty'`);
    expect(attempt(sdk.replace('max_length=255', 'max_len=255'))).toMatch(/CreateWidgetAction\.name: unknown ParamAnnotation keyword 'max_len'/);
    expect(attempt(readFileSync(INVENTORY, 'utf8'))).toMatch(/no zssdk\.py among the files/);
  });
});

describe('zstack-cli catalog', () => {
  it('imports for the profile; imported verbs run, validate, help, complete and dry-run like built-in ones', async () => {
    const home = tempHome();
    const r = await runCli(['catalog', 'import', ZSSDK, INVENTORY], home);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/imported 'default' in \d+\.\d s: 4 verbs, 3 inventories from .*zssdk\.py, .*inventory\.py/);
    expect(r.stdout).toMatch(/overrides 1 built-in verb: StopVmInstance/);
    expect(r.stdout).toMatch(/skipped 1:\n  1 API message classes/);
    const dry = await runCli(['CreateWidget', 'name=w', 'size=3', 'zoneUuids=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', '--dry-run'], home);
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout).body).toEqual({ params: { name: 'w', size: 3, zoneUuids: ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'] } });
    expect((await runCli(['CreateWidget', 'name=w', 'color=pink', '--dry-run'], home)).stderr).toMatch(/'pink' is not a valid value[\s\S]*red, green, blue/);
    expect((await runCli(['CreateWidget', 'name=w', 'size=5000', '--dry-run'], home)).stderr).toMatch(/outside the valid range 1 to 1024/);
    expect((await runCli(['QueryWidget', 'parts.weight>3', '--dry-run'], home)).code).toBe(0);
    expect((await runCli(['QueryWidget', 'parts.wieght>3', '--dry-run'], home)).stderr).toMatch(/did you mean: parts\.weight/);
    expect((await runCli(['help', 'CreateWidget'], home)).stdout).toMatch(/color\s+string\s+optional\s+\[valid: red, green, blue\]/);
    const tab = await runCli(['__complete', 'QueryWidget', 'parts.'], home);
    expect(tab.stdout).toMatch(/^parts\.weight=\tstring$/m);
    expect((await runCli(['StopVmInstance', 'uuid=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'type=forced', '--dry-run'], home)).code).toBe(0);
    // Built-in verbs the import does not mention are still there; another profile is not affected.
    expect((await runCli(['QueryZone', '--dry-run'], home)).code).toBe(0);
    expect((await runCli(['--profile', 'sim', 'CreateWidget', 'name=w', '--dry-run'], home)).code).toBe(2);
    const list = await runCli(['catalog', 'list'], home);
    expect(list.stdout).toMatch(/^ {2}built-in\t1\d{3} verbs, \d+ inventories\tfrom zstackio\/zstack [0-9a-f]{12} \(2024-10-17\)$/m);
    expect(list.stdout).toMatch(/^\* default\t4 verbs, 3 inventories\timported /m);
    expect(JSON.parse((await runCli(['catalog', 'show', 'QueryWidget'], home)).stdout)).toMatchObject({ name: 'QueryWidget', inventory: { name: 'Widget' } });
    expect((await runCli(['catalog', 'remove', 'default'], home)).code).toBe(0);
    expect((await runCli(['CreateWidget', 'name=w', '--dry-run'], home)).code).toBe(2);
  });

  it('a named catalog is used by the profiles that select it', async () => {
    const home = tempHome();
    expect((await runCli(['catalog', 'import', ZSSDK, '--name', 'lab-4.8'], home)).code).toBe(0);
    expect((await runCli(['CreateWidget', 'name=w', '--dry-run'], home)).code).toBe(2);
    expect((await runCli(['profile', 'add', 'lab', 'host=10.0.0.1', 'catalog=lab-4.8'], home)).code).toBe(0);
    expect((await runCli(['--profile', 'lab', 'CreateWidget', 'name=w', '--dry-run'], home)).code).toBe(0);
    // A catalog that was never imported is refused; `catalog=` (nothing after it) takes the setting away.
    const none = await runCli(['profile', 'add', 'lab', 'catalog=nosuch'], home);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/catalog: no imported catalog named 'nosuch'/);
    expect((await runCli(['profile', 'add', 'lab', 'catalog=', 'port=8081'], home)).code).toBe(0);
    const shown = JSON.parse((await runCli(['profile', 'show', 'lab'], home)).stdout);
    expect(shown.catalog).toBeUndefined();
    expect(shown.port).toBe(8081);
    expect((await runCli(['--profile', 'lab', 'CreateWidget', 'name=w', '--dry-run'], home)).code).toBe(2);
  });

  it('a failed import leaves the previous catalog as it was', async () => {
    const home = tempHome();
    const dir = join(home.HOME, 'files');
    mkdirSync(dir);
    cpSync(ZSSDK, join(dir, 'zssdk.py'));
    expect((await runCli(['catalog', 'import', join(dir, 'zssdk.py')], home)).code).toBe(0);
    const stored = join(home.XDG_STATE_HOME, 'zstack-cli', 'catalogs', 'default', 'meta.json');
    const before = readFileSync(stored, 'utf8');
    writeFileSync(join(dir, 'broken.py'), readFileSync(ZSSDK, 'utf8').slice(0, 1200));
    for (const file of [join(dir, 'broken.py'), join(dir, 'missing.py'), INVENTORY]) {
      const r = await runCli(['catalog', 'import', file], home);
      expect(r.code, file).toBe(2);
      expect(r.stderr).toMatch(/nothing was changed|cannot read/);
    }
    expect(readFileSync(stored, 'utf8')).toBe(before);
    expect((await runCli(['CreateWidget', 'name=w', '--dry-run'], home)).code).toBe(0);
  });
});

describe('zstack-cli call and --allow-unknown against the simulator', () => {
  let sim: RunningSim;
  let home: Record<string, string>;
  let at: string[];
  beforeAll(async () => {
    sim = await startSim({ port: 0, data: { kind: 'demo' }, sim: { jobDelayMs: 10 } });
    home = tempHome();
    at = ['-H', '127.0.0.1', '-p', String(sim.port)];
    expect((await runCli(['LogInByAccount', 'accountName=admin', 'password=password', ...at], home)).code).toBe(0);
  });
  afterAll(() => sim.close());

  it('a raw GET, an asynchronous POST polled to its result, errors and exit codes like a verb', async () => {
    const zones = await runCli(['call', 'GET', '/zones', 'q=name=ZONE-1', ...at], home);
    expect(zones.code, zones.stderr).toBe(0);
    expect(JSON.parse(zones.stdout).inventories.map((z: { name: string }) => z.name)).toEqual(['ZONE-1']);
    const created = await runCli(['call', 'POST', '/v1/zones', 'name=raw-zone', 'description=made raw', ...at], home);
    expect(created.code, created.stderr).toBe(0);
    expect(JSON.parse(created.stdout).inventory).toMatchObject({ name: 'raw-zone', description: 'made raw' });
    const body = await runCli(['call', 'POST', '/zstack/v1/zones', '--body', '{"params":{"name":"body-zone"}}', ...at], home);
    expect(JSON.parse(body.stdout).inventory.name).toBe('body-zone');
    const uuid = JSON.parse(created.stdout).inventory.uuid;
    expect((await runCli(['call', 'DELETE', '/zones/{uuid}', `uuid=${uuid}`, ...at], home)).code).toBe(0);
    expect(JSON.parse((await runCli(['QueryZone', 'name=raw-zone', 'count=true', ...at], home)).stdout)).toEqual({ total: 0 });
    const failed = await runCli(['call', 'PUT', '/vm-instances/{uuid}/actions', `uuid=${'0'.repeat(32)}`, '--body-key', 'stopVmInstance', ...at], home);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/SYS\.1003/);
    expect((await runCli(['call', 'GET', '/no-such-thing', ...at], home)).code).toBe(3);
    expect((await runCli(['call', 'FETCH', '/zones', ...at], home)).code).toBe(2);
    // Without a session the request goes out without one, and the server's refusal is reported (exit 3).
    const fresh = tempHome();
    const anonymous = await runCli(['call', 'GET', '/zones', ...at], fresh);
    expect(anonymous.code).toBe(3);
    expect(anonymous.stderr).toMatch(/HTTP 400[\s\S]*Authorization/);
  });

  it('sends unknown parameters and fields only when asked, with a warning', async () => {
    const refused = await runCli(['CreateZone', 'name=z2', 'colour=red', ...at], home);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/no parameter 'colour'[\s\S]*add --allow-unknown/);
    const sent = await runCli(['CreateZone', 'name=z2', 'colour=red', '--allow-unknown', '--dry-run', ...at], home);
    expect(sent.code).toBe(0);
    expect(JSON.parse(sent.stdout).body.params).toEqual({ name: 'z2', colour: 'red' });
    expect(sent.stderr).toMatch(/warning: 'colour' is not in the catalog of CreateZone; sent as given/);
    expect((await runCli(['QueryZone', 'colour=red', ...at], home)).stderr).toMatch(/add --allow-unknown/);
    const q = await runCli(['QueryZone', 'colour=red', '--allow-unknown', '--dry-run', ...at], home);
    expect(new URL(JSON.parse(q.stdout).url).searchParams.getAll('q')).toEqual(['colour=red']);
  });
});
