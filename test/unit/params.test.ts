import { describe, expect, it } from 'vitest';
import { parseInvocation } from '../../src/invocation/parse.js';
import { splitEscaped } from '../../src/invocation/values.js';
import { catalog, req, text, usageErr } from '../helpers/build.js';

const params = (verb: string, ...args: string[]) => parseInvocation(catalog, verb, args).params;

describe('verbs', () => {
  it('match case-insensitively and print canonically', () => {
    expect(parseInvocation(catalog, 'queryvminstance', []).api.name).toBe('QueryVmInstance');
    expect(parseInvocation(catalog, 'LOGINBYACCOUNT', ['accountName=a', 'password=b']).api.name).toBe('LogInByAccount');
  });

  it('an unknown verb suggests the nearest', () => {
    expect(text(usageErr(() => parseInvocation(catalog, 'QueryVmInstanse', [])))).toMatch(/unknown command 'QueryVmInstanse'[\s\S]*did you mean: QueryVmInstance/);
    expect(text(usageErr(() => parseInvocation(catalog, 'LoginByAccount2', [])))).toMatch(/LogInByAccount/);
  });
});

describe('typed parameters', () => {
  it('strings, empty strings and values containing =', () => {
    expect(params('CreateAccount', 'name=a=b', 'password=', 'description=')).toMatchObject({ name: 'a=b', password: '', description: '' });
  });

  it('longs accept the SDK spellings of whole numbers', () => {
    expect(params('UpdateQuota', 'identityUuid=4d45e6c7787733979415760d2077fca0', 'name=vm.num', 'value=20')).toMatchObject({ value: 20 });
    expect(params('UpdateQuota', 'identityUuid=4d45e6c7787733979415760d2077fca0', 'name=vm.num', 'value=20.0')).toMatchObject({ value: 20 });
    expect(params('UpdateQuota', 'identityUuid=4d45e6c7787733979415760d2077fca0', 'name=vm.num', 'value=1.510669257141E12')).toMatchObject({ value: 1510669257141 });
    expect(text(usageErr(() => params('UpdateQuota', 'identityUuid=4d45e6c7787733979415760d2077fca0', 'name=n', 'value=ten')))).toMatch(/value: 'ten' is not a number/);
    expect(text(usageErr(() => params('UpdateQuota', 'identityUuid=4d45e6c7787733979415760d2077fca0', 'name=n', 'value=1.5')))).toMatch(/not a whole number/);
    expect(text(usageErr(() => params('UpdateQuota', 'identityUuid=4d45e6c7787733979415760d2077fca0', 'name=n', 'value=99999999999999999999')))).toMatch(/value: 99999999999999999999 is outside the valid range 0 to 9007199254740991/);
  });

  it('integers are 32-bit', () => {
    expect(params('GetLdapEntry', 'ldapFilter=(cn=x)', 'limit=2500')).toMatchObject({ limit: 2500 });
    expect(text(usageErr(() => params('GetLdapEntry', 'ldapFilter=x', 'limit=3000000000')))).toMatch(/limit: 3000000000 is outside the valid range -?\d+ to 2147483647/);
  });

  it('floats', () => {
    expect(params('CreateResourcePrice', 'resourceName=cpu', 'timeUnit=s', 'price=0.5')).toMatchObject({ price: 0.5 });
    usageErr(() => params('CreateResourcePrice', 'resourceName=cpu', 'timeUnit=s', 'price=cheap'));
  });

  it('booleans', () => {
    expect(params('ShareResource', 'resourceUuids=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'toPublic=true')).toMatchObject({ toPublic: true });
    expect(params('ShareResource', 'resourceUuids=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'toPublic=FALSE')).toMatchObject({ toPublic: false });
    expect(text(usageErr(() => params('ShareResource', 'resourceUuids=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'toPublic=yes')))).toMatch(/true or false/);
  });

  it('lists: comma-separated with \\, escapes, JSON arrays, repeated keys append', () => {
    const reach = (...a: string[]) => params('CheckNetworkReachable', ...a);
    expect(reach('targetHostnames=a,b,c')).toMatchObject({ targetHostnames: ['a', 'b', 'c'] });
    expect(reach('targetHostnames=a\\,b,c')).toMatchObject({ targetHostnames: ['a,b', 'c'] });
    expect(reach('targetHostnames=["x,y","z"]')).toMatchObject({ targetHostnames: ['x,y', 'z'] });
    expect(reach('targetHostnames=a', 'targetHostnames=b')).toMatchObject({ targetHostnames: ['a', 'b'] });
    expect(splitEscaped('a\\\\,b', ',')).toEqual(['a\\', 'b']);
    usageErr(() => params('CheckNetworkReachable', 'targetHostnames=[1,'));
  });

  it('objects and maps are JSON', () => {
    const st = '[{"name":"s1","effect":"Allow","actions":["identity:APIUpdateUserMsg"]}]';
    expect(params('CreatePolicy', 'name=p', `statements=${st}`)).toMatchObject({ statements: JSON.parse(st) });
    expect(text(usageErr(() => params('CreatePolicy', 'name=p', 'statements={bad')))).toMatch(/not valid JSON/);
  });

  it('systemTags and userTags are lists on every API', () => {
    expect(params('CreateAccount', 'name=a', 'password=b', 'systemTags=x::y,z', 'userTags=web')).toMatchObject({ systemTags: ['x::y', 'z'], userTags: ['web'] });
  });
});

describe('what the SDK checks before sending', () => {
  it('lengths, patterns, non-empty lists and strings, as the SDK states them', () => {
    expect(text(usageErr(() => params('CreateZone', `name=${'z'.repeat(256)}`)))).toMatch(/name is 256 characters long: at most 255 are allowed/);
    expect(params('CreateZone', `name=${'z'.repeat(255)}`)).toMatchObject({ name: 'z'.repeat(255) });
    expect(text(usageErr(() => params('CreatePolicy', 'name=p', 'statements=[]')))).toMatch(/statements cannot be empty/);
    expect(text(usageErr(() => params('UpdateEcsInstanceVncPassword', 'uuid=4d45e6c7787733979415760d2077fca0', 'password=abc')))).toMatch(/at least 6 are needed/);
    expect(text(usageErr(() => params('UpdateEcsInstanceVncPassword', 'uuid=4d45e6c7787733979415760d2077fca0', 'password=abc-12')))).toMatch(/password: the value given does not match the pattern \[A-Za-z0-9\]\{6\}/); // a secret is not echoed
    expect(params('UpdateEcsInstanceVncPassword', 'uuid=4d45e6c7787733979415760d2077fca0', 'password=abc123')).toMatchObject({ password: 'abc123' });
    expect(text(usageErr(() => params('CreateVpnIpsecConfig', 'name=')))).toMatch(/name cannot be an empty string/);
  });
});

describe('usage errors', () => {
  it('lists every missing required parameter at once', () => {
    expect(text(usageErr(() => params('UpdateQuota')))).toMatch(/missing required parameters: identityUuid, name, value/);
  });

  it('lists the valid values', () => {
    expect(text(usageErr(() => params('CreateAccount', 'name=a', 'password=b', 'type=Root')))).toMatch(/'Root' is not a valid value[\s\S]*valid values: SystemAdmin, Normal/);
  });

  it('an unknown parameter suggests the nearest', () => {
    expect(text(usageErr(() => params('CreateAccount', 'nmae=a', 'password=b')))).toMatch(/no parameter 'nmae'[\s\S]*did you mean: name/);
  });

  it('a repeated non-list key', () => {
    expect(text(usageErr(() => params('CreateAccount', 'name=a', 'name=b', 'password=c')))).toMatch(/name is given more than once/);
  });

  it('a token that is not key=value', () => {
    expect(text(usageErr(() => params('CreateAccount', 'name')))).toMatch(/not a key=value parameter/);
    usageErr(() => params('CreateAccount', '=x'));
    usageErr(() => params('CreateAccount', 'na me=x'));
  });

  it('nothing is built when the input is bad', () => {
    usageErr(() => req('DeleteAccount'));
  });
});
