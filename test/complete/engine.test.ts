import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../src/catalog/index.js';
import { complete, completeWords, inventoryFromName, scanWords, splitLine, type ValueSource } from '../../src/complete/engine.js';

const catalog = getCatalog();
const values = (w: string[], cur: string, src?: ValueSource) => completeWords(catalog, w, cur, { values: src }).candidates.map((c) => c.value);
const Q = ['QueryVmInstance'];

const VMS: ValueSource = {
  uuids: (inv) =>
    ({
      VmInstance: [
        { uuid: 'aaaa1111aaaa1111aaaa1111aaaa1111', name: 'web-1' },
        { uuid: 'aaaa2222aaaa2222aaaa2222aaaa2222', name: 'web-2' },
        { uuid: 'bbbb1111bbbb1111bbbb1111bbbb1111', name: 'db' },
      ],
      Zone: [{ uuid: 'zzzz0000zzzz0000zzzz0000zzzz0000', name: 'zone-1' }],
      L3Network: [{ uuid: 'llll0000llll0000llll0000llll0000', name: 'pub' }],
      Account: [{ uuid: 'cccc0000cccc0000cccc0000cccc0000', name: 'admin' }],
      Policy: [
        { uuid: 'pppp1111pppp1111pppp1111pppp1111', name: 'p1' },
        { uuid: 'pppp2222pppp2222pppp2222pppp2222', name: 'p2' },
      ],
    })[inv],
  profiles: () => ['default', 'lab'],
};

describe('first word', () => {
  it('offers verbs and built-ins by case-insensitive prefix', () => {
    const v = values([], 'queryvm');
    expect(v).toEqual(expect.arrayContaining(['QueryVmInstance', 'QueryVmNic']));
    expect(v.every((x) => x.toLowerCase().startsWith('queryvm'))).toBe(true);
    expect(values([], 'he')).toEqual(['help']);
    expect(values([], '')).toEqual(expect.arrayContaining(['help', 'profile', 'completion', 'CreateAccount']));
  });
  it('falls back to verbs containing the text when none starts with it', () => {
    const v = values([], 'vminst');
    expect(v).toEqual(expect.arrayContaining(['QueryVmInstance', 'StartVmInstance', 'DestroyVmInstance']));
    expect(v.every((x) => x.toLowerCase().includes('vminst'))).toBe(true);
  });
  it('offers the shell\'s built-ins inside the shell, and the one-shot commands outside it', () => {
    const shell = (cur: string) => completeWords(catalog, [], cur, { where: 'shell' }).candidates.map((c) => c.value);
    expect(shell('ex')).toContain('exit');
    expect(shell('s')).toContain('save');
    expect(shell('s')).not.toContain('sim');
    expect(shell('s')).not.toContain('shell');
    expect(values([], 'ex')).not.toContain('exit');
    expect(values([], 'si')).toEqual(['sim']);
    expect(values([], 'sh')).toContain('shell');
  });
  it('completes the arguments of built-ins', () => {
    expect(values(['help'], 'QueryVmI')).toContain('QueryVmInstance');
    expect(values(['help'], 'pro')[0]).toBe('profile');
    expect(values(['help', 'profile'], 'a')).toEqual(['add']);
    expect(values(['completion'], '')).toEqual(['bash', 'zsh', 'fish']);
    expect(values(['profile'], 'u')).toEqual(['use']);
    expect(values(['profile', 'use'], '', VMS)).toEqual(['default', 'lab']);
    expect(values(['profile', 'add', 'lab'], 'h')).toEqual(['host=', 'https=']);
    expect(values(['profile', 'add', 'lab', 'host=x'], 'h')).toEqual(['https=']);
    expect(values(['profile', 'add', 'lab'], 'provider=')).toEqual(['provider=zstack', 'provider=eos', 'provider=ac']);
    expect(values(['profile', 'add', 'lab'], 'catalog=z', { uuids: () => undefined, catalogs: () => ['zstack-4.8', 'lab'] })).toEqual(['catalog=zstack-4.8']);
    expect(completeWords(catalog, ['use'], 'l', { values: VMS, where: 'shell' }).candidates.map((c) => c.value)).toEqual(['lab']);
    expect(completeWords(catalog, ['save', '1'], '', { where: 'shell' }).files).toBe(true);
  });
  it("completes the shell's kept results for more and save, newest first, with the line beside each", () => {
    const kept: ValueSource = { uuids: () => undefined, results: () => [{ n: 12, line: 'QueryZone' }, { n: 7, line: 'QueryVmInstance limit=3' }] };
    const shell = (w: string[], cur: string) => completeWords(catalog, w, cur, { values: kept, where: 'shell' }).candidates;
    expect(shell(['more'], '')).toEqual([{ value: '12', description: 'QueryZone' }, { value: '7', description: 'QueryVmInstance limit=3' }]);
    expect(shell(['more'], '1').map((c) => c.value)).toEqual(['12']);
    expect(shell(['save'], '12,').map((c) => c.value)).toEqual(['12,12', '12,7']);
    expect(shell(['save'], '12,7').map((c) => c.value)).toEqual(['12,7']);
    expect(shell(['more'], '')).toHaveLength(2);
    expect(completeWords(catalog, ['more'], '', { where: 'shell' }).candidates).toEqual([]);
  });
  it('completes each command\'s own options, and the global ones only where they apply', () => {
    expect(values(['sim'], '--p')).toEqual(['--provider', '--port']);
    expect(values(['sim'], '--')).not.toContain('--profile');
    expect(completeWords(catalog, ['sim'], '--', { where: 'shell' }).candidates).toEqual([]); // not a shell command
    expect(values(['sim', '--data'], '')).toEqual(['demo', 'empty', 'scale:']);
    expect(values(['sim', '--port', '0'], '--d')).toEqual(['--data']);
    expect(values(['profile', 'list'], '--prof')).toEqual(['--profile']);
    expect(values(['completion'], '--')).toEqual(['--help']);
    expect(values(['QueryVmInstance'], '--dry')).toEqual(['--dry-run']);
    expect(values(['--profile'], '', VMS)).toEqual(['default', 'lab']);
    expect(completeWords(catalog, ['--ca-cert'], '').files).toBe(true);
  });
  it('reads options wherever they stand, with their values', () => {
    expect(values(['--profile', 'lab', '-H', 'h', 'QueryVmInstance', '--dry-run'], 'state=Ru')).toEqual(['state=Running']);
    expect(values(['sim', '--state', 'x', '--data', 'demo'], '--j')).toEqual(['--job-delay']);
    expect(scanWords(['--profile', 'lab', 'profile', 'list']).profile).toBe('lab');
    expect(scanWords(['sim', '--port', '1']).words).toEqual(['sim']);
  });
  it('offers nothing after an unknown verb', () => {
    expect(values(['NoSuchVerb'], '')).toEqual([]);
  });
});

describe('parameters of a verb', () => {
  it('offers name= with required ones first, marked, and no space after', () => {
    const r = completeWords(catalog, ['CreateAccount'], '');
    expect(r.candidates.slice(0, 2).map((c) => c.value)).toEqual(['name=', 'password=']);
    expect(r.candidates[0].description).toMatch(/required/);
    expect(r.candidates.find((c) => c.value === 'description=')?.description).not.toMatch(/required/);
    expect(r.noSpace).toBe(true);
  });
  it('does not offer parameters already given', () => {
    const v = values(['CreateAccount', 'name=x', 'Password=y'], '');
    expect(v).not.toContain('name=');
    expect(v).not.toContain('password=');
    expect(v).toContain('description=');
  });
  it('matches the parameter prefix ignoring case', () => {
    expect(values(['CreateAccount'], 'DESC')).toEqual(['description=']);
  });
  it('offers enum values, booleans and live UUIDs of the resource', () => {
    expect(values(['CreateAccount'], 'type=')).toEqual(['type=SystemAdmin', 'type=Normal']);
    expect(values(['DeleteAccount'], 'deleteMode=P')).toEqual(['deleteMode=Permissive']);
    const r = completeWords(catalog, ['DeleteAccount'], 'uuid=', { values: VMS });
    expect(r.candidates).toEqual([{ value: 'uuid=cccc0000cccc0000cccc0000cccc0000', description: 'admin' }]);
    expect(r.noSpace).toBe(false);
  });
  it('offers true/false for boolean parameters', () => {
    const api = catalog.apis.find((a) => !a.query && a.params.some((p) => p.type === 'boolean'))!;
    const p = api.params.find((x) => x.type === 'boolean')!;
    expect(values([api.name], `${p.name}=`)).toEqual([`${p.name}=true`, `${p.name}=false`]);
  });
  it('completes the last element of a UUID list without repeating one', () => {
    const api = catalog.apis.find((a) => a.params.some((p) => p.name === 'policyUuids'))!;
    expect(values([api.name], 'policyUuids=', VMS)).toEqual(['policyUuids=pppp1111pppp1111pppp1111pppp1111', 'policyUuids=pppp2222pppp2222pppp2222pppp2222']);
    const r = completeWords(catalog, [api.name], 'policyUuids=pppp1111pppp1111pppp1111pppp1111,', { values: VMS });
    expect(r.candidates.map((c) => c.value)).toEqual(['policyUuids=pppp1111pppp1111pppp1111pppp1111,pppp2222pppp2222pppp2222pppp2222']);
    expect(r.noSpace).toBe(true);
  });
  it('offers nothing for a value without known values, and without a value source no UUIDs', () => {
    expect(values(['CreateAccount'], 'name=')).toEqual([]);
    expect(values(['DeleteAccount'], 'uuid=')).toEqual([]);
  });
});

describe('query verbs (seed 002 examples)', () => {
  it('QueryVmInstance + Tab: fields, tags, expansions and the special parameters', () => {
    const r = completeWords(catalog, Q, '');
    const v = r.candidates.map((c) => c.value);
    // The seed's listing for QueryVmInstance.
    for (const f of ['__systemTag__=', '__userTag__=', 'allocatorStrategy=', 'clusterUuid=', 'cpuNum=', 'cpuSpeed=', 'createDate=', 'defaultL3NetworkUuid=', 'description=', 'hostUuid=', 'hypervisorType=', 'imageUuid=', 'instanceOfferingUuid=', 'lastHostUuid=', 'lastOpDate=', 'memorySize=', 'name=', 'platform=', 'rootVolumeUuid=', 'state=', 'type=', 'uuid=', 'zoneUuid=']) {
      expect(v).toContain(f);
    }
    for (const e of ['allVolumes.', 'cluster.', 'host.', 'image.', 'instanceOffering.', 'rootVolume.', 'vmNics.', 'zone.']) expect(v).toContain(e);
    for (const s of ['limit=', 'start=', 'count=', 'replyWithCount=', 'sortBy=', 'sortDirection=', 'fields=', 'groupBy=']) expect(v).toContain(s);
    expect(r.noSpace).toBe(true);
  });
  it('vmNics. + Tab: the NIC fields and its expansions, prefixed', () => {
    const v = values(Q, 'vmNics.');
    for (const f of ['__systemTag__', '__userTag__', 'createDate', 'deviceId', 'gateway', 'ip', 'l3NetworkUuid', 'lastOpDate', 'mac', 'metaData', 'netmask', 'uuid', 'vmInstanceUuid']) {
      expect(v).toContain(`vmNics.${f}=`);
    }
    for (const e of ['eip', 'l3Network', 'loadBalancerListener', 'portForwarding', 'securityGroup', 'vmInstance']) expect(v).toContain(`vmNics.${e}.`);
    expect(v.every((x) => x.startsWith('vmNics.'))).toBe(true);
    expect(v).not.toContain('vmNics.limit=');
  });
  it('vmNics.l3Network. goes one level deeper', () => {
    const v = values(Q, 'vmNics.l3Network.');
    expect(v).toContain('vmNics.l3Network.name=');
    expect(v).toContain('vmNics.l3Network.l2Network.');
  });
  it('zone.cluster.l2Network.l3Network. + Tab: the chain of the seed', () => {
    const p = 'zone.cluster.l2Network.l3Network.';
    const v = values(Q, p);
    for (const f of ['__systemTag__', '__userTag__', 'createDate', 'description', 'dnsDomain', 'l2NetworkUuid', 'lastOpDate', 'name', 'state', 'system', 'type', 'uuid', 'zoneUuid']) {
      expect(v).toContain(`${p}${f}=`);
    }
    for (const e of ['ipRanges', 'l2Network', 'networkServices', 'serviceProvider', 'vmNic', 'zone']) expect(v).toContain(`${p}${e}.`);
  });
  it('completes a partial segment and offers nothing through an unknown expansion', () => {
    expect(values(Q, 'vmNics.l3')).toEqual(['vmNics.l3NetworkUuid=', 'vmNics.l3Network.']);
    expect(values(Q, 'nosuch.')).toEqual([]);
    expect(values(Q, 'zo')).toEqual(['zoneUuid=', 'zone.']);
  });
  it('after a field name: its operators', () => {
    const r = completeWords(catalog, Q, 'cpuNum');
    expect(r.candidates.map((c) => c.value)).toEqual(['cpuNum=', 'cpuNum!=', 'cpuNum>', 'cpuNum>=', 'cpuNum<', 'cpuNum<=', 'cpuNum?=', 'cpuNum!?=', 'cpuNum~=', 'cpuNum!~=']);
    expect(r.noSpace).toBe(true);
    expect(values(Q, 'cpuNum>')).toEqual(['cpuNum>', 'cpuNum>=']);
    expect(values(Q, 'name!')).toEqual(['name!=', 'name!?=', 'name!~=']);
    expect(values(Q, 'vmNics.deviceId<')).toEqual(['vmNics.deviceId<', 'vmNics.deviceId<=']);
  });
  it('a field name that is also a prefix of others: its operators and the longer fields', () => {
    const v = values(['QueryL3Network'], 'name');
    expect(v).toContain('name=');
    expect(v).toContain('name~=');
  });
  it('values: enums, with = and != and ?= lists', () => {
    expect(values(Q, 'state=Ru')).toEqual(['state=Running']);
    expect(values(Q, 'state!=Sto')).toEqual(['state!=Stopping', 'state!=Stopped']);
    expect(values(Q, 'state?=Running,Sto')).toEqual(['state?=Running,Stopping', 'state?=Running,Stopped']);
    expect(values(Q, 'state?=Running,')).not.toContain('state?=Running,Running');
    expect(values(Q, 'vmNics.l3Network.zone.state=')).toEqual(expect.arrayContaining(['vmNics.l3Network.zone.state=Enabled']));
    expect(completeWords(catalog, Q, 'state=Ru').noSpace).toBe(false);
    expect(values(Q, 'cpuNum>=')).toEqual([]);
  });
  it('values: true/false for boolean fields', () => {
    expect(values(Q, 'zone.cluster.l2Network.l3Network.system=')).toEqual(['zone.cluster.l2Network.l3Network.system=true', 'zone.cluster.l2Network.l3Network.system=false']);
  });
  it('special parameters: sortBy/groupBy fields, sortDirection, booleans, fields lists', () => {
    expect(values(Q, 'sortBy=cpu')).toEqual(['sortBy=cpuNum', 'sortBy=cpuSpeed']);
    expect(values(Q, 'groupBy=zone')).toEqual(['groupBy=zoneUuid']);
    expect(values(Q, 'sortDirection=')).toEqual(['sortDirection=asc', 'sortDirection=desc']);
    expect(values(Q, 'replyWithCount=t')).toEqual(['replyWithCount=true']);
    expect(values(Q, 'count=')).toEqual(['count=true', 'count=false']);
    expect(values(Q, 'limit=')).toEqual([]);
    // The server's own spelling: a sign kept, the fields after it; offered only while no other sort is given.
    expect(values(Q, 'sort=-cpu')).toEqual(['sort=-cpuNum', 'sort=-cpuSpeed']);
    expect(values(Q, 'sort=+cpu')).toEqual(['sort=+cpuNum', 'sort=+cpuSpeed']);
    expect(values(Q, 'sort=cpu')).toEqual(['sort=cpuNum', 'sort=cpuSpeed']);
    expect(values(Q, 'sort')).toEqual(['sortBy=', 'sortDirection=', 'sort=']);
    expect(values([...Q, 'sortBy=name'], 'sort')).toEqual(['sortDirection=']);
    expect(values([...Q, 'sort=-name'], 'sort')).toEqual([]);
    const r = completeWords(catalog, Q, 'fields=uuid,name,');
    const v = r.candidates.map((c) => c.value);
    expect(v).toContain('fields=uuid,name,state');
    expect(v).not.toContain('fields=uuid,name,uuid');
    expect(v).not.toContain('fields=uuid,name,name');
    expect(v.some((x) => x.includes('__'))).toBe(false);
    expect(r.noSpace).toBe(true);
  });
  it('does not offer special parameters already given, but does offer fields again', () => {
    const v = values([...Q, 'limit=10', 'cpuNum>2'], '');
    expect(v).not.toContain('limit=');
    expect(v).toContain('start=');
    expect(v).toContain('cpuNum=');
  });
  it('live UUIDs for uuid and *Uuid fields, with the name as description', () => {
    const r = completeWords(catalog, Q, 'uuid=aaaa', { values: VMS });
    expect(r.candidates).toEqual([
      { value: 'uuid=aaaa1111aaaa1111aaaa1111aaaa1111', description: 'web-1' },
      { value: 'uuid=aaaa2222aaaa2222aaaa2222aaaa2222', description: 'web-2' },
    ]);
    expect(values(Q, 'zoneUuid=', VMS)).toEqual(['zoneUuid=zzzz0000zzzz0000zzzz0000zzzz0000']);
    expect(values(Q, 'defaultL3NetworkUuid=', VMS)).toEqual(['defaultL3NetworkUuid=llll0000llll0000llll0000llll0000']);
    expect(values(Q, 'vmNics.l3NetworkUuid=', VMS)).toEqual(['vmNics.l3NetworkUuid=llll0000llll0000llll0000llll0000']);
    // by name: db before web-2
    expect(values(Q, 'uuid?=aaaa1111aaaa1111aaaa1111aaaa1111,', VMS)).toEqual([
      'uuid?=aaaa1111aaaa1111aaaa1111aaaa1111,bbbb1111bbbb1111bbbb1111bbbb1111',
      'uuid?=aaaa1111aaaa1111aaaa1111aaaa1111,aaaa2222aaaa2222aaaa2222aaaa2222',
    ]);
    expect(values(['QueryVmNic'], 'vmInstanceUuid=bbbb', VMS)).toEqual(['vmInstanceUuid=bbbb1111bbbb1111bbbb1111bbbb1111']);
  });
  it('lists live UUIDs by name: numbers in names by value, nameless ones last, equal names by UUID', () => {
    const vms = (...items: { uuid: string; name?: string }[]): ValueSource => ({ uuids: () => items });
    const r = completeWords(catalog, ['StartVmInstance'], 'uuid=', {
      values: vms({ uuid: '1'.repeat(32) }, { uuid: '2'.repeat(32), name: 'vm-10' }, { uuid: '4'.repeat(32), name: 'web' }, { uuid: '3'.repeat(32), name: 'vm-9' }, { uuid: '0'.repeat(32), name: 'web' }),
    });
    expect(r.candidates.map((c) => [c.value.slice(5, 6), c.description])).toEqual([
      ['3', 'vm-9'],
      ['2', 'vm-10'],
      ['0', 'web'],
      ['4', 'web'],
      ['1', undefined],
    ]);
  });
  it('infers the inventory of *Uuid names', () => {
    expect(inventoryFromName(catalog, 'l3NetworkUuid')).toBe('L3Network');
    expect(inventoryFromName(catalog, 'defaultL3NetworkUuid')).toBe('L3Network');
    expect(inventoryFromName(catalog, 'lastHostUuid')).toBe('Host');
    expect(inventoryFromName(catalog, 'policyUuids')).toBe('Policy');
    expect(inventoryFromName(catalog, 'name')).toBeUndefined();
  });
});

describe('wait <Inventory> uuid= field=value', () => {
  it('offers the inventories a query verb reads, by prefix, with that verb\'s summary', () => {
    const r = completeWords(catalog, ['wait'], 'VmIn');
    expect(r.candidates[0]).toEqual({ value: 'VmInstance', description: expect.stringMatching(/VM instances/) });
    expect(r.candidates.every((c) => c.value.startsWith('VmIn'))).toBe(true);
    expect(values(['wait'], 'vol')).toContain('Volume');
    expect(values(['wait'], 'VmInstanceInventory')).toEqual([]);
  });
  it('offers uuid= first, then the comparable fields not given yet; no lists, maps or related resources', () => {
    const first = completeWords(catalog, ['wait', 'VmInstance'], '');
    expect(first.candidates[0]).toEqual({ value: 'uuid=', description: 'the VmInstance to wait for (required)' });
    expect(first.noSpace).toBe(true);
    const all = first.candidates.map((c) => c.value);
    expect(all).toEqual(expect.arrayContaining(['state=', 'hostUuid=', 'cpuNum=']));
    expect(all.some((v) => v.includes('.'))).toBe(false);
    expect(values(['wait', 'VmInstance', 'uuid=aaaa1111aaaa1111aaaa1111aaaa1111'], 'st')).toEqual(['state=']);
    expect(values(['wait', 'vminstance', 'uuid=x', 'state=Running'], 'st')).toEqual([]);
    expect(values(['wait', 'Volume'], '')).not.toContain('vmInstance.');
  });
  it('offers live UUIDs with their names, enum values and the UUIDs of *Uuid fields', () => {
    const uuids = completeWords(catalog, ['wait', 'VmInstance'], 'uuid=a', { values: VMS }).candidates;
    expect(uuids).toEqual([
      { value: 'uuid=aaaa1111aaaa1111aaaa1111aaaa1111', description: 'web-1' },
      { value: 'uuid=aaaa2222aaaa2222aaaa2222aaaa2222', description: 'web-2' },
    ]);
    expect(values(['wait', 'VmInstance', 'uuid=x'], 'state=R')).toEqual(['state=Running', 'state=Rebooting', 'state=Resuming']);
    expect(values(['wait', 'VmNic', 'uuid=x'], 'vmInstanceUuid=b', VMS)).toEqual(['vmInstanceUuid=bbbb1111bbbb1111bbbb1111bbbb1111']);
    expect(values(['wait', 'NoSuchThing'], '')).toEqual([]);
  });
});

describe('line wrapper', () => {
  it('splits like a shell: quotes, backslashes, the word under the cursor', () => {
    expect(splitLine(`a 'b c' "d\\"e" f\\ g h`)).toEqual({ words: ['a', 'b c', 'd"e', 'f g'], current: 'h', currentStart: 20 });
    expect(splitLine('a b ')).toEqual({ words: ['a', 'b'], current: '', currentStart: 4 });
    expect(splitLine(`a 'open quo`)).toEqual({ words: ['a'], current: 'open quo', currentStart: 2 });
  });
  it('completes at the cursor and says where the word starts', () => {
    const line = 'QueryVmInstance state=Ru';
    const r = complete(catalog, line, line.length);
    expect(r).toEqual({ candidates: [{ value: 'state=Running' }], replaceFrom: 16, noSpace: false });
    const mid = complete(catalog, 'QueryVmInstance vmNics. limit=1', 'QueryVmInstance vmNics.'.length);
    expect(mid.candidates.map((c) => c.value)).toContain('vmNics.ip=');
  });
  it('a # comment: nothing offered inside it; before it, and for a # inside a word, completion as usual', () => {
    expect(splitLine('QueryZone count=true # how')).toEqual({ words: ['QueryZone', 'count=true'], current: '', currentStart: 26, inComment: true });
    expect(complete(catalog, 'QueryZone #').candidates).toEqual([]);
    expect(complete(catalog, 'QueryVmInstance # state=Ru').candidates).toEqual([]);
    const line = 'QueryVmInstance state=Ru # running ones';
    expect(complete(catalog, line, 'QueryVmInstance state=Ru'.length).candidates.map((c) => c.value)).toEqual(['state=Running']);
    expect(complete(catalog, 'QueryVmInstance name=a#b st').candidates.map((c) => c.value)).toContain('state=');
    expect(complete(catalog, "QueryVmInstance '#' st").candidates.map((c) => c.value)).toContain('state=');
  });
  it('quotes a candidate that needs it', () => {
    const src: ValueSource = { uuids: () => [{ uuid: "it's", name: 'odd' }] };
    expect(complete(catalog, 'QueryVmInstance uuid=', undefined, { values: src }).candidates[0].value).toBe(`'uuid=it'\\''s'`);
  });
});
