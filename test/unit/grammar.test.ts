import { describe, expect, it } from 'vitest';
import { serverReading, splitCondition } from '../../src/invocation/condition.js';
import { decodedPath, queryOf, req, text, usageErr } from '../helpers/build.js';

const q = (...args: string[]) => queryOf(req('QueryVmInstance', ...args));

describe('query conditions: operators', () => {
  it.each([
    ['name=vm1', 'name=vm1'],
    ['name!=vm1', 'name!=vm1'],
    ['cpuNum>4', 'cpuNum>4'],
    ['cpuNum<4', 'cpuNum<4'],
    ['cpuNum>=4', 'cpuNum>=4'],
    ['cpuNum<=4', 'cpuNum<=4'],
    ['uuid?=25506342d1384c07b7342373a57475b9,bc58d68090ac42358c0cb0fe72e3287f', 'uuid?=25506342d1384c07b7342373a57475b9,bc58d68090ac42358c0cb0fe72e3287f'],
    ['name!?=VM1,VM2', 'name!?=VM1,VM2'],
    ['name~=IntelCore%', 'name~=IntelCore%'],
    ['name~=IntelCore_7', 'name~=IntelCore_7'],
    ['name!~=web_%', 'name!~=web_%'],
  ])('%s travels as one q= parameter', (token, wire) => {
    expect(q(token)).toEqual([['q', wire]]);
  });

  it('is null / not null as one quoted word', () => {
    expect(q('description is null')).toEqual([['q', 'description is null']]);
    expect(q('description not null')).toEqual([['q', 'description not null']]);
  });

  it('is null / not null as three shell words', () => {
    expect(q('description', 'is', 'null', 'name=vm1')).toEqual([
      ['q', 'description is null'],
      ['q', 'name=vm1'],
    ]);
    expect(q('hostUuid', 'not', 'null')).toEqual([['q', 'hostUuid not null']]);
  });

  it('the classic spellings field=null and field!=null', () => {
    expect(q('hostUuid=null')).toEqual([['q', 'hostUuid is null']]);
    expect(q('hostUuid!=null')).toEqual([['q', 'hostUuid not null']]);
  });

  it('several conditions are repeated q= parameters, never condition=', () => {
    const r = req('QueryVmInstance', 'name=vm1', 'state=Running');
    expect(decodedPath(r)).toBe('/vm-instances?q=name=vm1&q=state=Running');
    expect(r.url).not.toContain('condition=');
    expect(r.method).toBe('GET');
    expect(r.body).toBeNull();
  });
});

describe('query conditions: values', () => {
  it('the value is everything after the operator', () => {
    expect(q('description=a>b=c')).toEqual([['q', 'description=a>b=c']]);
    expect(q('__systemTag__=staticIp::l3::10.0.0.5')).toEqual([['q', '__systemTag__=staticIp::l3::10.0.0.5']]);
    expect(q('__userTag__=web')).toEqual([['q', '__userTag__=web']]);
    expect(q('name=')).toEqual([['q', 'name=']]);
    expect(q('name=my vm')).toEqual([['q', 'name=my vm']]);
  });

  it('percent-encodes every query parameter', () => {
    const r = req('QueryVmInstance', 'name~=web_%', 'description=a+b&c=d', 'name=my vm');
    expect(r.url).toContain('q=name~%3Dweb_%25');
    expect(r.url).toContain('q=description%3Da%2Bb%26c%3Dd');
    expect(r.url).toContain('q=name%3Dmy%20vm');
  });

  it('refuses a value the server would split elsewhere, and says why', () => {
    const e = usageErr(() => req('QueryVmInstance', 'name=a!=b'));
    expect(text(e)).toMatch(/server would read it as field 'name=a', operator '!='/);
    usageErr(() => req('QueryVmInstance', 'description=x>=y'));
    usageErr(() => req('QueryVmInstance', 'description~=a<=b'));
  });

  it('models the server: first operator found anywhere wins', () => {
    expect(serverReading('description=a>b=c')).toEqual({ field: 'description', op: '=', value: 'a>b=c' });
    expect(serverReading('name=a!=b')).toEqual({ field: 'name=a', op: '!=', value: 'b' });
    expect(serverReading('name is null')).toEqual({ field: 'name', op: 'is null', value: '' });
  });

  it('numbers and booleans are checked by the field type', () => {
    expect(text(usageErr(() => req('QueryVmInstance', 'cpuNum>four')))).toMatch(/cpuNum is a number/);
    expect(q('cpuNum?=1,2,4')).toEqual([['q', 'cpuNum?=1,2,4']]);
    usageErr(() => req('QueryVmInstance', 'cpuNum?=1,x'));
  });

  it('splitCondition finds the field first, then the longest operator', () => {
    expect(splitCondition('a!?=b')).toEqual({ field: 'a', op: '!?=', value: 'b' });
    expect(splitCondition('a!~=b')).toEqual({ field: 'a', op: '!~=', value: 'b' });
    expect(splitCondition('a.b.c>=1')).toEqual({ field: 'a.b.c', op: '>=', value: '1' });
    expect(splitCondition('=x')).toBeUndefined();
    expect(splitCondition('name')).toBeUndefined();
    expect(splitCondition('name : x')).toBeUndefined();
  });
});

describe('cross-resource fields', () => {
  it('follows expanded queries to any depth', () => {
    expect(q('vmNics.ip=192.168.10.100')).toEqual([['q', 'vmNics.ip=192.168.10.100']]);
    expect(q('vmNics.l3Network.name=pub')).toEqual([['q', 'vmNics.l3Network.name=pub']]);
    expect(q('host.managementIp=10.10.20.3')).toEqual([['q', 'host.managementIp=10.10.20.3']]);
    expect(q('zone.cluster.l2Network.l3Network.uuid=abc')).toEqual([['q', 'zone.cluster.l2Network.l3Network.uuid=abc']]);
    expect(q('vmNics.vmInstance.name=vm1')).toEqual([['q', 'vmNics.vmInstance.name=vm1']]);
    expect(q('vmNics.__systemTag__=x')).toEqual([['q', 'vmNics.__systemTag__=x']]);
  });

  it('an unknown field is a usage error with a suggestion', () => {
    expect(text(usageErr(() => req('QueryVmInstance', 'nmae=vm1')))).toMatch(/no field 'nmae'[\s\S]*did you mean: name/);
    expect(text(usageErr(() => req('QueryVmInstance', 'vmNic.ip=1')))).toMatch(/no related resource 'vmNic'[\s\S]*vmNics\./);
    expect(text(usageErr(() => req('QueryVmInstance', 'vmNics.l3Network.nam=x')))).toMatch(/did you mean: vmNics\.l3Network\.name/);
  });
});

describe('special query parameters', () => {
  it('paging, counting, sorting, fields, groupBy, filterName', () => {
    expect(
      q('name=vm1', 'limit=10', 'start=20', 'count=false', 'replyWithCount=true', 'sortBy=createDate', 'sortDirection=desc', 'fields=uuid,name', 'groupBy=type', 'filterName=f1'),
    ).toEqual([
      ['q', 'name=vm1'],
      ['limit', '10'],
      ['start', '20'],
      ['count', 'false'],
      ['replyWithCount', 'true'],
      ['sort', '-createDate'],
      ['fields', 'uuid,name'],
      ['groupBy', 'type'],
      ['filterName', 'f1'],
    ]);
  });

  it('sortBy alone sorts ascending with sort=+field', () => {
    expect(q('sortBy=name')).toEqual([['sort', '+name']]);
    expect(req('QueryVmInstance', 'sortBy=name').url).toContain('sort=%2Bname');
  });

  it('count=true and fields as one comma-joined parameter', () => {
    expect(q('count=true')).toEqual([['count', 'true']]);
    expect(q('fields=uuid,name,uuid')).toEqual([['fields', 'uuid,name']]);
  });

  it('timeout is the client wait and is not sent', () => {
    expect(q('timeout=30')).toEqual([]);
  });

  it('bad special values are usage errors', () => {
    usageErr(() => req('QueryVmInstance', 'limit=-1'));
    usageErr(() => req('QueryVmInstance', 'limit=ten'));
    usageErr(() => req('QueryVmInstance', 'count=yes'));
    expect(text(usageErr(() => req('QueryVmInstance', 'sortDirection=up', 'sortBy=name')))).toMatch(/asc, desc/);
    expect(text(usageErr(() => req('QueryVmInstance', 'sortDirection=asc')))).toMatch(/needs sortBy/);
    expect(text(usageErr(() => req('QueryVmInstance', 'sortBy=nmae')))).toMatch(/did you mean: name/);
    usageErr(() => req('QueryVmInstance', 'fields=vmNics.ip'));
    usageErr(() => req('QueryVmInstance', 'fields=__systemTag__'));
    usageErr(() => req('QueryVmInstance', 'limit=1', 'limit=2'));
  });

  it('a token that is neither condition nor parameter', () => {
    expect(text(usageErr(() => req('QueryVmInstance', 'name')))).toMatch(/neither a query condition/);
    usageErr(() => req('QueryVmInstance', 'name = vm1'));
    usageErr(() => req('QueryVmInstance', '>5'));
  });
});
