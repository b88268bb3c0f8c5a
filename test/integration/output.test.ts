// Output for people and for pipelines: every format, columns through lists, --query, --all, the "more may exist"
// hint, batch input, key=@FILE, --password-stdin, and the shell rendering a kept result again.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnWatch, renderResult, rowStream } from '../../src/output/format.js';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { runCli, tempHome } from '../helpers/cli.js';

const VMS = {
  inventories: [
    { uuid: 'a1', name: 'web, "one"', state: 'Running', cpuNum: 2, vmNics: [{ ip: '10.0.0.1' }, { ip: '10.0.0.2' }], allVolumes: [{ size: 10 }, { size: 20 }] },
    { uuid: 'b2', name: 'db\tmain', state: 'Stopped', cpuNum: 4, vmNics: [], allVolumes: [{ size: 30 }] },
  ],
};

describe('--all against a server that leaves empty fields out of its JSON', () => {
  it('takes the columns of csv from the first page and the catalog, and names a field that came later', async () => {
    const { createServer } = await import('node:http');
    const zone = (i: number, more: Record<string, unknown> = {}) => ({ uuid: `${i}`.padStart(32, '0'), name: `z${i}`, state: 'Enabled', ...more });
    const pages = [[zone(1), zone(2)], [zone(3, { description: 'third' }), zone(4, { extra: 'x' })], []];
    const server = createServer((req, res) => {
      const start = Number(new URL(req.url!, 'http://x').searchParams.get('start') ?? 0);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ inventories: pages[start / 2] ?? [] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = String((server.address() as { port: number }).port);
      const r = await runCli(['QueryZone', '--all', '--page-size', '2', '-o', 'csv', '-H', '127.0.0.1', '-p', port], { ...tempHome(), ZSTACK_ACCESS_KEY_ID: 'k', ZSTACK_ACCESS_KEY_SECRET: 's' });
      expect(r.code, r.stderr).toBe(0);
      const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
      expect(rows.map((x) => x.name)).toEqual(['z1', 'z2', 'z3', 'z4']);
      expect(rows[2].description).toBe('third'); // a field of Zone, a column from the start
      expect(r.stderr).toMatch(/a later row has a field 'extra' that is not among the columns written first; choose the columns with -c/);
    } finally {
      server.close();
    }
  });
});

describe('formats (pure)', () => {
  it('csv quotes what needs it and parses back; tsv and value keep one row per line', () => {
    const csv = renderResult(VMS, { format: 'csv', columns: ['uuid', 'name', 'vmNics.ip', 'allVolumes.size'] });
    expect(parse(csv, { columns: true })).toEqual([
      { uuid: 'a1', name: 'web, "one"', 'vmNics.ip': '10.0.0.1,10.0.0.2', 'allVolumes.size': '10,20' },
      { uuid: 'b2', name: 'db\tmain', 'vmNics.ip': '', 'allVolumes.size': '30' },
    ]);
    expect(renderResult(VMS, { format: 'value', columns: ['uuid', 'name'] })).toBe('a1\tweb, "one"\nb2\tdb\\tmain\n');
    expect(renderResult(VMS, { format: 'tsv', columns: ['uuid', 'cpuNum'] })).toBe('uuid\tcpuNum\na1\t2\nb2\t4\n');
    expect(renderResult(VMS, { format: 'ndjson', columns: ['name'] }).trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual([{ name: 'web, "one"' }, { name: 'db\tmain' }]);
    // Every row a line: empty rows too, the last one included; a backslash is the data's own.
    expect(renderResult({ inventories: [{ d: 'x' }, { d: null }, { d: null }] }, { format: 'value' })).toBe('x\n\n\n');
    expect(renderResult({ inventories: [{ d: null }] }, { format: 'value' })).toBe('\n');
    expect(renderResult({ inventories: [{ d: 'C:\\temp\\new' }] }, { format: 'value' })).toBe('C:\\temp\\new\n');
    // A --query that makes lists: a field each.
    expect(renderResult([['vm-1', 8], ['vm-2', 4]], { format: 'value' })).toBe('vm-1\t8\nvm-2\t4\n');
    expect(renderResult([['vm-1', 8]], { format: 'csv' })).toBe('1,2\nvm-1,8\n');
  });
  it('non-query results render sensibly in every format', () => {
    expect(renderResult({ total: 42 }, { format: 'value' })).toBe('42');
    expect(renderResult({ total: 42 }, { format: 'ndjson' })).toBe('42');
    expect(renderResult({ valid: true }, { format: 'table' })).toBe('true');
    expect(renderResult({ inventory: { uuid: 'u', name: 'n' } }, { format: 'value', columns: ['name'] })).toBe('n\n');
    expect(renderResult({}, { format: 'json' })).toBe('{}');
    expect(renderResult({ inventory: { uuid: 'u', name: 'n' } }, { format: 'yaml' })).toBe('inventory:\n  uuid: u\n  name: n\n');
  });
  it('columnWatch: a column no row has and a row shows it lacks, not one a server left out or a path through nothing', () => {
    const rows = [
      { uuid: 'a', vmNics: [{ ip: '10.0.0.1', usedIps: [] }] },
      { uuid: 'b', vmNics: [], nested: null },
    ];
    const isField = (parent: readonly string[], key: string) => (parent.join('.') === '' ? ['description', 'uuid'] : ['ip', 'mac']).includes(key);
    const missing = (columns: string[]) => {
      const w = columnWatch(columns, isField);
      w.rows(rows);
      return w.missing();
    };
    expect(missing(['description', 'vmNics.usedIps', 'vmNics.usedIps.ip', 'vmNics.mac'])).toEqual([]);
    const nulls = columnWatch(['nested.x', 'vmNics.ip']);
    nulls.rows([{ nested: null, vmNics: [] }, { nested: null, vmNics: [] }]);
    expect(nulls.missing()).toEqual([]);
    expect(missing(['zone.name', 'vmNics.ipp', 'uuidd'])).toEqual([
      { column: 'zone.name', near: [] },
      { column: 'vmNics.ipp', near: ['vmNics.ip', 'vmNics'] },
      { column: 'uuidd', near: ['uuid'] },
    ]);
    const none = columnWatch(['x']);
    none.rows([]);
    expect(none.missing()).toEqual([]);
  });
  it('a table fits the width, summarises nested values, and colours states only when asked', () => {
    const table = renderResult(VMS, { format: 'table', columns: ['name', 'state', 'vmNics'], width: 40 });
    expect(table).toMatch(/2 items/);
    for (const line of table.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    expect(table).not.toMatch(/\x1b\[/);
  });
  it('json and csv stream page by page into one document', () => {
    const s = rowStream({ format: 'json', columns: ['uuid'] });
    const text = s.rows(VMS.inventories.slice(0, 1)) + s.rows([]) + s.rows(VMS.inventories.slice(1)) + s.end();
    expect(JSON.parse(text)).toEqual([{ uuid: 'a1' }, { uuid: 'b2' }]);
    const c = rowStream({ format: 'csv' });
    expect(parse(c.rows([{ a: 1 }]) + c.rows([{ a: 2 }]) + c.end(), { columns: true })).toEqual([{ a: '1' }, { a: '2' }]);
  });
});

describe('output against the simulator', () => {
  let sim: RunningSim;
  let home: Record<string, string>;
  let at: string[];
  beforeAll(async () => {
    sim = await startSim({ port: 0, data: { kind: 'demo' }, sim: { jobDelayMs: 5 } });
    home = tempHome();
    at = ['-H', '127.0.0.1', '-p', String(sim.port)];
    expect((await runCli(['LogInByAccount', 'accountName=admin', 'password=password', ...at], home)).code).toBe(0);
  });
  afterAll(() => sim.close());
  const run = (args: string[], opts = {}, env: Record<string, string> = {}) => runCli([...args, ...at], { ...home, ...env }, opts);

  it('-o, -c, --query and the profile or environment default', async () => {
    const names = await run(['QueryVmInstance', 'state=Running', 'limit=3', '-o', 'value', '-c', 'name']);
    expect(names.stdout.trim().split('\n')).toHaveLength(3);
    expect((await run(['QueryVmInstance', 'count=true', '-o', 'value'])).stdout).toBe('50\n');
    const created = await run(['CreateAccount', 'name=out-test', 'password=pw', '-o', 'value', '-c', 'name']);
    expect(created.stdout).toBe('out-test\n');
    const q = await run(['QueryVmInstance', '--query', "inventories[?state=='Stopped'].name | length(@)"]);
    expect(JSON.parse(q.stdout)).toBeGreaterThan(0);
    expect((await run(['QueryZone', '--query', 'inventories[?'])).code).toBe(2);
    expect((await run(['QueryZone', '-o', 'xml'])).stderr).toMatch(/'xml' is not an output format/);
    expect((await run(['QueryZone', '-c', 'name'], {}, { ZSTACK_OUTPUT: 'csv' })).stdout).toBe('name\nZONE-1\nZONE-2\n');
    expect((await runCli(['profile', 'add', 'lab', 'host=127.0.0.1', `port=${sim.port}`, 'output=tsv'], home)).code).toBe(0);
    expect((await runCli(['--profile', 'lab', 'LogInByAccount', 'accountName=admin', 'password=password'], home)).code).toBe(0);
    expect((await runCli(['--profile', 'lab', 'QueryZone', '-c', 'name'], home)).stdout).toBe('name\nZONE-1\nZONE-2\n');
    expect((await runCli(['profile', 'add', 'lab', 'output=xml'], home)).code).toBe(2);
  });

  it('says on stderr when a page is as full as the limit; --all pages through every row', async () => {
    const cut = await run(['QueryVmInstance', 'limit=10', '-o', 'value', '-c', 'uuid']);
    expect(cut.stdout.trim().split('\n')).toHaveLength(10);
    expect(cut.stderr).toMatch(/10 rows: the limit; more may exist[\s\S]*add --all[\s\S]*start=10/);
    expect((await run(['QueryVmInstance', 'limit=100', '-o', 'value', '-c', 'uuid'])).stderr).toBe('');
    const all = await run(['QueryVmInstance', '--all', '--page-size', '7', '-o', 'ndjson', '-c', 'name']);
    const rows = all.stdout.trim().split('\n').map((l) => JSON.parse(l).name);
    expect(rows).toHaveLength(50);
    expect(new Set(rows).size).toBe(50);
    expect(all.io.messages.filter((m) => m.raw).length).toBeGreaterThan(7); // written page by page
    expect(JSON.parse((await run(['QueryVmInstance', 'state=Running', '--all', '--page-size', '4'])).stdout).length).toBeGreaterThan(4);
    expect((await run(['QueryVmInstance', '--all', 'limit=5'])).stderr).toMatch(/leave out limit=/);
    expect((await run(['QueryVmInstance', '--all', 'count=true'])).code).toBe(2);
    expect((await run(['CreateZone', 'name=x', '--all'])).code).toBe(2);
  });

  it('a -c column that no row has is said on stderr, with the field meant; a field empty in every row is not', async () => {
    const miss = await run(['QueryZone', '-o', 'value', '-c', 'inventory.state', '-c', 'name']);
    expect(miss.code).toBe(0);
    expect(miss.stdout).toBe('\tZONE-1\n\tZONE-2\n');
    expect(miss.stderr).toBe("zstack-cli: warning: no row has a column 'inventory.state' (did you mean: state?)\n");
    const nested = await run(['QueryVmInstance', 'limit=2', '-o', 'csv', '-c', 'vmNics.ipp']);
    expect(nested.stderr).toMatch(/no row has a column 'vmNics.ipp' \(did you mean: vmNics.ip\b/);
    // --all: said once, at the end; a description that is null in every row is a column the rows have.
    const all = await run(['QueryZone', '--all', '--page-size', '1', '-o', 'tsv', '-c', 'nmae', '-c', 'description']);
    expect(all.stderr.match(/no row has/g)).toEqual(['no row has']);
    expect(all.stderr).toMatch(/'nmae' \(did you mean: name\?\)/);
    expect((await run(['QueryZone', '-o', 'json', '-c', 'name', '-c', 'description'])).stderr).toBe('');
    // Rows a --query turned into plain values have no columns to miss; neither has an empty reply.
    expect((await run(['QueryZone', '--query', 'inventories[].name', '-o', 'value', '-c', 'x'])).stderr).toBe('');
    expect((await run(['QueryZone', 'name=none', '-o', 'value', '-c', 'x'])).stderr).toBe('');
  });

  it("a server's text that would reorder a terminal is escaped in JSON and YAML, and reads back the same", async () => {
    const description = 'zone\u202eqa\x9b';
    expect((await run(['CreateZone', 'name=bidi-zone', `description=${description}`, '-o', 'value', '-c', 'uuid'])).code).toBe(0);
    for (const format of [[], ['--all'], ['-o', 'ndjson'], ['-o', 'yaml']]) {
      const out = await run(['QueryZone', 'name=bidi-zone', ...format]);
      expect(out.code, out.stderr).toBe(0);
      expect(out.stdout, format.join(' ')).not.toMatch(/[\u202e\x9b]/);
      expect(out.stdout, format.join(' ')).toMatch(/zone\\u202eqa\\u009b/);
    }
    expect(JSON.parse((await run(['QueryZone', 'name=bidi-zone'])).stdout).inventories[0].description).toBe(description);
  });

  it('--query is over the whole result, with --all too; a table takes the shape the query made', async () => {
    expect((await run(['QueryVmInstance', '--all', '--page-size', '7', '--query', 'length(inventories)'])).stdout).toBe('50\n');
    expect((await run(['QueryVmInstance', '--all', '--page-size', '7', '--query', 'inventories[0].name', '-o', 'value'])).stdout).toBe('vm-0001\n');
    const table = await run(['QueryVmInstance', 'limit=2', '--query', 'inventories[].{n:name,c:cpuNum}', '-o', 'table']);
    expect(table.stdout).toMatch(/│ n +│ c +│/);
    expect(table.stdout).toMatch(/│ vm-0001 +│ \d+ +│/);
    expect((await run(['QueryVmInstance', 'limit=2', '--query', 'inventories[].[name,cpuNum]', '-o', 'value'])).stdout).toMatch(/^vm-0001\t\d+\nvm-0002\t\d+\n$/);
  });

  it('replyWithCount: the total on stderr when the output has no place for it, and no "more may exist" when it says all came', async () => {
    const all = await run(['QueryVmInstance', 'replyWithCount=true', 'limit=50', '-o', 'value', '-c', 'name']);
    expect(all.stdout.trim().split('\n')).toHaveLength(50);
    expect(all.stderr).toBe('zstack-cli: total: 50\n');
    const page = await run(['QueryVmInstance', 'replyWithCount=true', 'limit=10', '-o', 'value', '-c', 'name']);
    expect(page.stderr).toMatch(/^zstack-cli: total: 50\nzstack-cli: 10 of 50 rows: the limit\n {2}every row: add --all[\s\S]*start=10/);
    const json = await run(['QueryVmInstance', 'replyWithCount=true', 'limit=50']);
    expect(JSON.parse(json.stdout).total).toBe(50);
    expect(json.stderr).toBe('');
  });

  it('profile list and catalog list give rows in the format asked for with -o (their own text without)', async () => {
    const home2 = tempHome();
    expect((await runCli(['profile', 'add', 'lab', 'host=10.0.0.1'], home2)).code).toBe(0);
    const profiles = JSON.parse((await runCli(['profile', 'list', '-o', 'json'], home2)).stdout);
    expect(profiles.map((p: { name: string }) => p.name)).toEqual(['default', 'lab', 'sim']);
    expect(profiles[1]).toEqual({ current: false, name: 'lab', provider: 'zstack', endpoint: 'http://10.0.0.1:8080/zstack', who: 'not logged in' });
    expect((await runCli(['profile', 'list', '-o', 'value', '-c', 'name'], home2)).stdout).toBe('default\nlab\nsim\n');
    expect((await runCli(['profile', 'list'], home2)).stdout).toMatch(/^\* default\thttp:\/\/localhost:8080\/zstack\tnot logged in\n/);
    const catalogs = JSON.parse((await runCli(['catalog', 'list', '-o', 'json'], home2)).stdout);
    expect(catalogs[0]).toMatchObject({ name: 'built-in', verbs: 1905 });
  });

  it('YAML written page by page is one YAML document', async () => {
    const yaml = await run(['QueryVmInstance', '--all', '--page-size', '7', '-o', 'yaml', '-c', 'name']);
    const { parse: parseYaml } = await import('yaml');
    expect(parseYaml(yaml.stdout)).toHaveLength(50);
    expect((await run(['QueryVmInstance', 'name=nobody', '--all', '-o', 'yaml'])).stdout).toBe('[]\n');
  });

  it('key=@FILE and key=@- read values; --password-stdin reads the secret from stdin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zstack-cli-at-'));
    writeFileSync(join(dir, 'desc.txt'), 'from a file\n');
    const zone = await run(['CreateZone', 'name=at-zone', `description=@${join(dir, 'desc.txt')}`]);
    expect(JSON.parse(zone.stdout).inventory.description).toBe('from a file');
    const stdin = await run(['CreateZone', 'name=stdin-zone', 'description=@-'], { input: 'from stdin\n' });
    expect(JSON.parse(stdin.stdout).inventory.description).toBe('from stdin');
    expect(JSON.parse((await run(['CreateZone', 'name=at', 'description=@@handle'])).stdout).inventory.description).toBe('@handle');
    expect((await run(['CreateZone', 'name=at', `description=@${join(dir, 'missing')}`])).stderr).toMatch(/cannot read the file/);
    const fresh = tempHome();
    expect((await run(['CreateAccount', 'name=piper', '--password-stdin'], { input: 'Zx-9q-secret\n' })).code).toBe(0);
    const login = await runCli(['LogInByAccount', 'accountName=piper', '--password-stdin', '--debug', ...at], fresh, { input: 'Zx-9q-secret\n' });
    expect(login.code, login.stderr).toBe(0);
    expect(login.stdout + login.stderr).not.toContain('Zx-9q-secret');
    const dry = await runCli(['LogInByAccount', 'accountName=piper', '--password-stdin', '--dry-run', ...at], fresh, { input: 'Zx-9q-secret\n' });
    expect(dry.stdout).not.toContain('Zx-9q-secret');
    const wrong = await runCli(['LogInByAccount', 'accountName=admin', '--password-stdin', ...at], fresh, { input: 'nope\n' });
    expect(wrong.code).toBe(1);
    expect((await runCli(['LogInByAccount', 'accountName=admin', 'password=x', '--password-stdin', ...at], fresh, { input: 'password\n' })).code).toBe(2);
    expect((await runCli(['QueryZone', '--password-stdin', ...at], fresh, { input: 'x\n' })).stderr).toMatch(/takes no password/);
    // A user's password from stdin, on a verb with a secret of its own.
    const user = await run(['CreateUser', 'name=piped', '--password-stdin'], { input: 's3cret-pw\n' });
    expect(user.code, user.stderr).toBe(0);
    expect((await runCli(['LogInByUser', 'accountName=admin', 'userName=piped', '--password-stdin', ...at], tempHome(), { input: 's3cret-pw\n' })).code).toBe(0);
  });

  it('batch: lines in order, several at once, ndjson records, the worst exit code', async () => {
    const lines = 'QueryCluster count=true\n# a comment\n\nQueryHost count=true\nNoSuchVerb\nQueryHost count=true\n';
    const records = await run(['batch', '-o', 'ndjson', '--continue-on-error', '-j', '3'], { input: lines });
    expect(records.code).toBe(2);
    const out = records.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((r) => [r.line, r.ok])).toEqual([[1, true], [4, true], [5, false], [6, true]]);
    expect(out[0]).toEqual({ line: 1, command: 'QueryCluster count=true', ok: true, result: { total: 3 } });
    expect(out[2].error).toMatchObject({ exitCode: 2, message: "unknown command 'NoSuchVerb'" });
    const stopped = await run(['batch', '-o', 'value'], { input: lines });
    expect(stopped.code).toBe(2);
    expect(stopped.stdout).toBe('3\n6\n'); // the line after the failure never ran
    const dir = mkdtempSync(join(tmpdir(), 'zstack-cli-batch-'));
    writeFileSync(join(dir, 'create.txt'), Array.from({ length: 6 }, (_, i) => `CreateZone name=batch-${i}`).join('\n'));
    const made = await run(['batch', join(dir, 'create.txt'), '-j', '4', '-o', 'value', '-c', 'name']);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toBe('batch-0\nbatch-1\nbatch-2\nbatch-3\nbatch-4\nbatch-5\n');
    expect((await run(['batch', join(dir, 'missing.txt')])).code).toBe(2);
  });
});

describe('the shell renders a kept result again', () => {
  it('more N -o table, save N FILE -o csv', async () => {
    const home = tempHome();
    const file = join(home.HOME, 'zones.csv');
    const r = await runCli(['--sim', 'shell'], home, { input: `QueryZone\nmore 1 -o value -c name\nsave 1 ${file} -o csv -c name -c state\n` });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('ZONE-1\nZONE-2\n');
    expect(readFileSync(file, 'utf8')).toBe('name,state\nZONE-1,Enabled\nZONE-2,Enabled\n');
  });
});

describe('a large single reply is read as it arrives', () => {
  let sim: RunningSim;
  let home: Record<string, string>;
  let at: string[];
  beforeAll(async () => {
    sim = await startSim({ port: 0, data: { kind: 'scale', n: 2600 }, sim: { jobDelayMs: 0 } });
    home = tempHome();
    at = ['-H', '127.0.0.1', '-p', String(sim.port)];
    expect((await runCli(['LogInByAccount', 'accountName=admin', 'password=password', ...at], home)).code).toBe(0);
  });
  afterAll(() => sim.close());
  const run = (args: string[]) => runCli([...args, ...at], home);

  it('prints what the reply holds, in every format, with the total and the hint', async () => {
    const pages = await run(['QueryVmInstance', '--all', '--page-size', '1000', '-o', 'ndjson']);
    const every = pages.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(every).toHaveLength(2600);
    const whole = await run(['QueryVmInstance', 'limit=2500', 'replyWithCount=true']);
    expect(whole.code, whole.stderr).toBe(0);
    // The text JSON.stringify gives for the whole reply, though the reply was never held whole.
    expect(whole.stdout).toBe(`${JSON.stringify({ inventories: every.slice(0, 2500), total: 2600 }, null, 2)}\n`);
    expect(whole.stderr).toMatch(/2500 of 2600 rows: the limit\n[\s\S]*start=2500/);
    const csv = await run(['QueryVmInstance', 'limit=2100', 'start=500', '-o', 'csv', '-c', 'uuid,name']);
    expect(csv.stdout.split('\n').slice(0, 2)).toEqual(['uuid,name', `${every[500].uuid},${every[500].name}`]);
    expect(csv.stdout.trim().split('\n')).toHaveLength(2101);
    // A --query needs the whole reply: read whole, and the query sees all of it.
    expect((await run(['QueryVmInstance', 'limit=2001', 'replyWithCount=true', '--query', '[length(inventories), total]', '-o', 'value'])).stdout).toBe('2001\n2600\n');
    const none = await run(['QueryVmInstance', 'limit=5000', 'name=nobody']);
    expect(JSON.parse(none.stdout)).toEqual({ inventories: [] });
    expect(none.stderr).toBe('');
  });
});
