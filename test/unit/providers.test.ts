// The EOS and AC request builders against the seeds' own request examples.
import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../src/catalog/index.js';
import { CliError } from '../../src/errors.js';
import { parseInvocation } from '../../src/invocation/parse.js';
import { buildAcRequest } from '../../src/request/ac.js';
import { defaultEndpointFor } from '../../src/request/endpoint.js';
import { buildEosRequest } from '../../src/request/eos.js';
import { MASK, renderCurl, renderDryRun } from '../../src/request/render.js';
import * as seed from '../fixtures/seed-eos-ac.js';

const TOKEN = 'gAAAAABexampletoken';
const eos = (verb: string, ...args: string[]) => buildEosRequest(parseInvocation(catalogOf('eos'), verb, args), { ...defaultEndpointFor('eos'), host: 'eos.example' }, { kind: 'token', token: TOKEN });
const ac = (...args: string[]) => buildAcRequest(parseInvocation(catalogOf('ac'), 'AddMemberUser', args), { ...defaultEndpointFor('ac'), host: 'api01.xxx.com' }, { kind: 'token', token: seed.AC_TOKEN });
const usage = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    expect((e as CliError).kind).toBe('usage');
    return (e as Error).message;
  }
  throw new Error('expected a usage error');
};

describe('EOS requests (seed 000)', () => {
  it('LogIn: the seed example body, no token, the password masked when shown', () => {
    const r = eos('LogIn', 'user_id=858634b407e845f14b02bcf369225dcd0', 'password=devstacker', 'project_name=admin');
    expect([r.method, r.url]).toEqual(['POST', 'http://eos.example:5000/v3/auth/tokens']);
    expect(r.body).toEqual(seed.EOS_LOGIN_BODY);
    expect(r.headers['X-Auth-Token']).toBeUndefined();
    expect(renderDryRun(r)).not.toContain('devstacker');
    expect(JSON.parse(renderDryRun(r)).body.auth.identity.password.user.password).toBe(MASK);
  });

  it('LogIn by name: the user and project domains default to Default; one of user_name and user_id', () => {
    const r = eos('LogIn', 'user_name=admin', 'password=pw', 'project_id=p1');
    expect(r.body).toEqual({ auth: { identity: { methods: ['password'], password: { user: { name: 'admin', domain: { name: 'Default' }, password: 'pw' } } }, scope: { project: { id: 'p1' } } } });
    expect(usage(() => eos('LogIn', 'password=pw'))).toMatch(/user_name=... or user_id=/);
    expect(usage(() => eos('LogIn', 'user_name=a', 'user_id=b', 'password=pw'))).toMatch(/not both/);
  });

  it('GetDomainQuota and GetDomainUsage: GETs with the token, no body', () => {
    const r = eos('GetDomainQuota', 'domain_id=d1');
    expect([r.method, r.url, r.body, r.headers['X-Auth-Token']]).toEqual(['GET', 'http://eos.example:5000/v3/domain_quotas/d1', null, TOKEN]);
    expect(renderCurl(r)).toContain(`X-Auth-Token: ${MASK}`);
    expect(eos('GetDomainUsage').url).toBe('http://eos.example:5000/v3/domain_usage');
  });

  it('UpdateDomainQuota: the seed example body; per-volume-type items; numbers checked; unknown names refused with a suggestion', () => {
    const r = eos('UpdateDomainQuota', 'domain_id=d1', 'region=RegionOne', 'router=3000', 'cores=100');
    expect([r.method, r.url]).toEqual(['PATCH', 'http://eos.example:5000/v3/domain_quotas/d1']);
    expect(r.body).toEqual(seed.EOS_UPDATE_QUOTA_BODY);
    expect(r.headers['Content-Type']).toBe('application/json');
    const typed = eos('UpdateDomainQuota', 'domain_id=d1', 'region=RegionOne', 'volumes_hdd=10', 'gigabytes_ssd=156.5', 'snapshots_test=-1', 'backup_gigabytes=-1');
    expect(typed.body).toEqual({ domain: { region: 'RegionOne', volumes_hdd: 10, gigabytes_ssd: 156.5, snapshots_test: -1, backup_gigabytes: -1 } });
    expect(usage(() => eos('UpdateDomainQuota', 'domain_id=d1', 'cores=1'))).toMatch(/missing required parameter: region/);
    expect(usage(() => eos('UpdateDomainQuota', 'domain_id=d1', 'region=R', 'cores=lots'))).toMatch(/cores/);
    expect(usage(() => eos('UpdateDomainQuota', 'domain_id=d1', 'region=R', 'cores=-2'))).toMatch(/cores/);
    expect(usage(() => eos('UpdateDomainQuota', 'domain_id=d1', 'region=R', 'volumes_hdd=1.5'))).toMatch(/volumes_hdd/);
    const e = (() => {
      try {
        eos('UpdateDomainQuota', 'domain_id=d1', 'region=R', 'corez=1');
      } catch (err) {
        return err as CliError;
      }
    })();
    expect(e?.message).toMatch(/no parameter 'corez'/);
    expect(e?.details.join('\n')).toMatch(/did you mean: cores/);
  });

  it('UpdateUserPassword: the seed example body, the password masked when shown', () => {
    const r = eos('UpdateUserPassword', `user_id=${seed.EOS_UPDATE_PASSWORD_USER}`, 'password=new_secretsecret');
    expect([r.method, r.url]).toEqual(['PATCH', `http://eos.example:5000/v3/users/${seed.EOS_UPDATE_PASSWORD_USER}`]);
    expect(r.body).toEqual(seed.EOS_UPDATE_PASSWORD_BODY);
    expect(renderCurl(r)).not.toContain('new_secretsecret');
  });
});

describe('AC requests (seed 001)', () => {
  it('AddMemberUser: the seed curl example: every parameter a header, email and mobilephoneNum sent empty, no body', () => {
    const r = ac('userName=stest', 'userFullName=stest', 'clusterIds=11112', 'password=stest@123');
    expect([r.method, r.url, r.body]).toEqual(['POST', `https://api01.xxx.com:65102${seed.AC_MEMBER_URL_PATH}`, null]);
    expect(r.headers).toEqual(seed.AC_MEMBER_HEADERS);
    const curl = renderCurl(r);
    expect(curl).toContain("-H 'email;' -H 'mobilephoneNum;'");
    expect(curl).not.toContain('stest@123');
    expect(curl).not.toContain(seed.AC_TOKEN);
    expect(ac('userName=stest', 'userFullName=s', 'clusterIds=1,2,3', 'email=a@b.c').headers).toMatchObject({ clusterIds: '1,2,3', email: 'a@b.c', mobilephoneNum: '' });
  });

  it("checks what the seed states before sending: user name, password rules, a way to reach a user without one, ASCII", () => {
    const base = ['userFullName=s', 'clusterIds=11112'];
    for (const bad of ['1abc', '_abc', 'abc', 'a'.repeat(17), 'ab-c']) expect(usage(() => ac(`userName=${bad}`, ...base, 'password=Abcdef1'))).toMatch(/userName/);
    for (const ok of ['abcd', 'a_b1', 'A'.repeat(16)]) expect(ac(`userName=${ok}`, ...base, 'password=Abcdef1').headers.userName).toBe(ok);
    expect(usage(() => ac('userName=abcd', ...base, 'password=abcdefgh'))).toMatch(/at least two/);
    expect(usage(() => ac('userName=abcd', ...base, 'password=Ab1 xyz'))).toMatch(/spaces/);
    expect(usage(() => ac('userName=abcd', ...base, 'password=Ab1'))).toMatch(/6 to 30/);
    expect(usage(() => ac('userName=abcd', ...base, `password=Ab1${'x'.repeat(28)}`))).toMatch(/6 to 30/);
    expect(ac('userName=abcd', ...base, 'password=abc!@#').headers.password).toBe('abc!@#');
    expect(usage(() => ac('userName=abcd', ...base))).toMatch(/email=... or mobilephoneNum=/);
    expect(ac('userName=abcd', ...base, 'mobilephoneNum=13800000000').headers.password).toBeUndefined();
    const msg = usage(() => ac('userName=abcd', 'userFullName=张三', 'clusterIds=1', 'password=Abcdef1'));
    expect(msg).toMatch(/userFullName.*ASCII/);
    expect(usage(() => ac('userName=abcd', 'userFullName=x', 'clusterIds=1', 'password=Abcdéf1'))).not.toContain('Abcdéf1');
  });
});
