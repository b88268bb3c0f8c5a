import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseInvocation } from '../../src/invocation/parse.js';
import { baseUrl } from '../../src/request/endpoint.js';
import { maskRequest, MASK, renderCurl, renderDryRun } from '../../src/request/render.js';
import { accessKeySignature, buildZStackRequest, formatSignatureDate } from '../../src/request/zstack.js';
import { catalog, decodedPath, req, SESSION } from '../helpers/build.js';

const sha512 = (s: string) => createHash('sha512').update(s).digest('hex');

describe('request building', () => {
  it('POST bodies wrap parameters in the body key; tags at the top level', () => {
    const r = req('CreateAccount', 'name=test', 'password=password', 'systemTags=a', 'userTags=b');
    expect(r.method).toBe('POST');
    expect(decodedPath(r)).toBe('/accounts');
    expect(r.body).toEqual({ params: { name: 'test', password: sha512('password') }, systemTags: ['a'], userTags: ['b'] });
    expect(r.headers['Content-Type']).toBe('application/json;charset=UTF-8');
    expect(r.headers.Authorization).toBe(`OAuth ${SESSION}`);
    expect(r.async).toBe(true);
  });

  it('the body key is present even when empty', () => {
    expect(req('CleanInvalidLdapBinding').body).toEqual({ cleanInvalidLdapBinding: {} });
  });

  it('path variables are filled and not repeated in the body', () => {
    const r = req('UpdateAccount', 'uuid=99fcb2ad540c36f09e87c820ac6cb4cb', 'name=updatename');
    expect(decodedPath(r)).toBe('/accounts/99fcb2ad540c36f09e87c820ac6cb4cb');
    expect(r.body).toEqual({ updateAccount: { name: 'updatename' } });
  });

  it('GET and DELETE parameters go in the query string, lists as repeated keys', () => {
    expect(decodedPath(req('GetResourceNames', 'uuids=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'))).toBe('/resources/names?uuids=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&uuids=bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb');
    const d = req('DeleteAccount', 'uuid=4d45e6c7787733979415760d2077fca0', 'deleteMode=Enforcing', 'systemTags=t1,t2');
    expect(d.method).toBe('DELETE');
    expect(decodedPath(d)).toBe('/accounts/4d45e6c7787733979415760d2077fca0?deleteMode=Enforcing&systemTags=t1&systemTags=t2');
    expect(d.body).toBeNull();
  });

  it('passwords of the six account/user APIs travel as hex SHA-512; LDAP login sends it as given', () => {
    for (const [verb, args, key] of [
      ['LogInByAccount', ['accountName=admin'], 'logInByAccount'],
      ['LogInByUser', ['accountName=a', 'userName=u'], 'logInByUser'],
      ['CreateAccount', ['name=n'], 'params'],
      ['CreateUser', ['name=n'], 'params'],
      ['UpdateAccount', ['uuid=4d45e6c7787733979415760d2077fca0'], 'updateAccount'],
      ['UpdateUser', ['uuid=4d45e6c7787733979415760d2077fca0'], 'updateUser'],
    ] as const) {
      const body = req(verb, ...args, 'password=password').body as Record<string, Record<string, unknown>>;
      expect(body[key].password, verb).toBe(sha512('password'));
    }
    expect((req('LogInByLdap', 'uid=ou=Employee,uid=test', 'password=password').body as any).logInByLdap.password).toBe('password');
    expect(sha512('password')).toBe(
      'b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86',
    );
  });

  it('login APIs carry no Authorization and are synchronous', () => {
    const r = req('LogInByAccount', 'accountName=admin', 'password=password');
    expect(r.headers.Authorization).toBeUndefined();
    expect(r.async).toBe(false);
    expect(r.method).toBe('PUT');
    expect(decodedPath(r)).toBe('/accounts/login');
  });

  it('job headers for asynchronous APIs', () => {
    const inv = parseInvocation(catalog, 'CreateAccount', ['name=a', 'password=b']);
    const r = buildZStackRequest(inv, { https: true, host: '10.0.0.1', port: 443, contextPath: '' }, { kind: 'none' }, {
      jobUuid: 'd825b1a26f4e474b8c59306081920ff2',
      webhook: 'http://localhost:5000/api-callback',
      apiTimeout: 60,
    });
    expect(r.url).toBe('https://10.0.0.1:443/v1/accounts');
    expect(r.headers).toMatchObject({ 'X-Job-UUID': 'd825b1a26f4e474b8c59306081920ff2', 'X-Web-Hook': 'http://localhost:5000/api-callback', 'X-API-Timeout': '60' });
  });

  it('AccessKey signs METHOD, Date and the /v1 path without the query string', () => {
    const inv = parseInvocation(catalog, 'QueryVmInstance', ['name=vm1']);
    const now = new Date(Date.UTC(2026, 10, 23, 10, 20, 30));
    const r = buildZStackRequest(inv, { https: false, host: 'h', port: 8080, contextPath: 'zstack' }, { kind: 'accessKey', keyId: 'KID', keySecret: 'SECRET' }, { now });
    // The server's wall-clock time (UTC+8 by default), labelled CST as ZStack's Python SDK does.
    expect(r.headers.Date).toBe('Mon, 23 Nov 2026 18:20:30 CST');
    expect(formatSignatureDate(now)).toBe('Mon, 23 Nov 2026 18:20:30 CST');
    expect(r.headers.Authorization).toBe(`ZStack KID:${accessKeySignature('SECRET', 'GET', 'Mon, 23 Nov 2026 18:20:30 CST', '/v1/vm-instances')}`);
  });

  it('base URLs: context path may be empty, IPv6 hosts are bracketed', () => {
    expect(baseUrl({ https: false, host: 'localhost', port: 8080, contextPath: 'zstack' })).toBe('http://localhost:8080/zstack');
    expect(baseUrl({ https: true, host: '::1', port: 8443, contextPath: '/api/' })).toBe('https://[::1]:8443/api');
  });
});

describe('rendering: --dry-run and --curl', () => {
  it('masks the session and passwords', () => {
    const r = req('CreateAccount', 'name=test', 'password=secret1');
    const m = maskRequest(r);
    expect(m.headers.Authorization).toBe(`OAuth ${MASK}`);
    expect((m.body as any).params.password).toBe(MASK);
    expect((r.body as any).params.password).toBe(sha512('secret1'));
    const dry = renderDryRun(r);
    expect(dry).not.toContain(SESSION);
    expect(dry).not.toContain(sha512('secret1'));
    expect(JSON.parse(dry)).toEqual({ method: 'POST', url: 'http://localhost:8080/zstack/v1/accounts', headers: m.headers, body: m.body });
  });

  it('curl command line, quoted for a POSIX shell', () => {
    const c = renderCurl(req('QueryVmInstance', "name=it's"));
    expect(c).toBe(`curl -X GET -H 'Authorization: OAuth ${MASK}' 'http://localhost:8080/zstack/v1/vm-instances?q=name%3Dit'\\''s'`);
    const p = renderCurl(req('UpdateQuota', 'identityUuid=4d45e6c7787733979415760d2077fca0', 'name=vm.num', 'value=20'));
    expect(p).toContain(`-d '{"updateQuota":{"identityUuid":"4d45e6c7787733979415760d2077fca0","name":"vm.num","value":20}}'`);
    expect(p).toContain("-H 'Content-Type: application/json;charset=UTF-8'");
  });
});

describe('session uuids in the path are secrets too', () => {
  it('ValidateSession, RenewSession and LogOut mask the uuid in --dry-run and --curl', () => {
    for (const [verb, extra] of [['ValidateSession', []], ['RenewSession', ['duration=100']], ['LogOut', []]] as const) {
      const r = req(verb, 'sessionUuid=52a1bfa21ef94cc6b7f70096c8a32a0c', ...extra);
      expect(r.url, verb).toContain('52a1bfa21ef94cc6b7f70096c8a32a0c');
      expect(renderDryRun(r), verb).not.toContain('52a1bfa21ef94cc6b7f70096c8a32a0c');
      expect(renderCurl(r), verb).not.toContain('52a1bfa21ef94cc6b7f70096c8a32a0c');
      expect(maskRequest(r).url, verb).toMatch(new RegExp(`/accounts/sessions/${MASK.replace(/\*/g, '\\*')}(/|$)`));
    }
  });
});

describe('--curl and TLS', () => {
  it('carries -k and --cacert when the CLI would use them', () => {
    const r = req('QueryZone');
    expect(renderCurl(r, { insecure: true })).toMatch(/^curl -X GET -k /);
    expect(renderCurl(r, { caCert: '/etc/my ca.pem' })).toMatch(/^curl -X GET --cacert '\/etc\/my ca\.pem' /);
    expect(renderCurl(r)).not.toMatch(/ -k | --cacert /);
  });
});
