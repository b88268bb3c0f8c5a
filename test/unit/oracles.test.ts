// Known answers computed outside this project, so that the signer, the digest and the condition splitter are not
// checked against themselves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { parseInvocation } from '../../src/invocation/parse.js';
import { DEFAULT_ENDPOINT } from '../../src/request/endpoint.js';
import { accessKeySignature, buildZStackRequest, sha512Hex } from '../../src/request/zstack.js';
import { catalog, queryOf, req } from '../helpers/build.js';

describe('AccessKey signature: known answers', () => {
  // base64(HMAC-SHA1(secret, "METHOD\nDate\n/v1/path")), computed with:
  //   printf 'GET\nThu, 17 Oct 2024 13:43:35 CST\n/v1/zones' | openssl dgst -sha1 -hmac "$SECRET" -binary | base64
  const SECRET = 'Yk9oTmV3U2VjcmV0Rm9yVGVzdHM';
  const DATE = 'Thu, 17 Oct 2024 13:43:35 CST';
  it.each([
    ['GET', '/v1/zones', 'yiOfNp+505hM/+lK6DSfhWM6KGI='],
    ['POST', '/v1/vm-instances', 'rbKGdyvnHJc1HBEEBViIoDhuWrU='],
    ['PUT', '/v1/vm-instances/3a1d5c3e2b1f4e0d9c8b7a6f5e4d3c2b/actions', 'k/FIkd+fIwMvHNVq3jvjMuXVxVQ='],
  ])('%s %s', (method, path, expected) => {
    expect(accessKeySignature(SECRET, method, DATE, path)).toBe(expected);
  });
});

describe('AccessKey headers: known answers for a fixed instant and server zone', () => {
  // 2024-10-17 05:43:35 UTC. The Date is the server's wall-clock time; signatures computed with
  //   printf 'GET\n<Date>\n/v1/zones' | openssl dgst -sha1 -hmac Yk9oTmV3U2VjcmV0Rm9yVGVzdHM -binary | base64
  const now = new Date(Date.UTC(2024, 9, 17, 5, 43, 35));
  const headersIn = (serverTimeZone?: string) =>
    buildZStackRequest(parseInvocation(catalog, 'QueryZone', []), DEFAULT_ENDPOINT, { kind: 'accessKey', keyId: 'KID', keySecret: 'Yk9oTmV3U2VjcmV0Rm9yVGVzdHM', serverTimeZone }, { now }).headers;
  it.each([
    [undefined, 'Thu, 17 Oct 2024 13:43:35 CST', 'yiOfNp+505hM/+lK6DSfhWM6KGI='],
    ['+08:00', 'Thu, 17 Oct 2024 13:43:35 CST', 'yiOfNp+505hM/+lK6DSfhWM6KGI='],
    ['-05:00', 'Thu, 17 Oct 2024 00:43:35 GMT-05:00', 'SjUGElLBXZL6MHL35bgoAD7k7GI='],
  ])('server zone %s', (zone, date, sig) => {
    expect(headersIn(zone)).toMatchObject({ Date: date, Authorization: `ZStack KID:${sig}` });
  });
  it('refuses a zone it cannot express', () => {
    expect(() => headersIn('Mars/Olympus')).toThrow(CliError);
  });
});

describe('SHA-512 password digests: known answers', () => {
  it.each([
    // FIPS 180-2 test vectors, the seed's digest of "password", and a UTF-8 secret (sha512sum of the bytes).
    ['', 'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e'],
    ['abc', 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'],
    ['password', 'b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86'],
    ['密码Zs!', '0506f3ee990a5aa7ac8b5ef59ac658e77f8560e306b99925de16f3e3893a3d533db58b7498933ce6de92dabe7d9a5ad73399256a58ac4b6ea44c56975c563ed1'],
  ])('%j', (text, digest) => {
    expect(sha512Hex(text)).toBe(digest);
    expect((req('LogInByAccount', 'accountName=admin', `password=${text}`).body as { logInByAccount: { password: string } }).logInByAccount.password).toBe(digest);
  });
});

// How a ZStack server splits one `q=` condition, modelled from its rule (shared/docs/zstack-rest.md): the first of
// these operators found anywhere in the text splits it once; the name is trimmed, the value kept as it is.
const SERVER_ORDER = ['!=', '>=', '<=', '!?=', '!~=', '~=', '?=', '=', '>', '<', ' is null', ' not null'];
function serverSplit(text: string): { name: string; op: string; value: string } | undefined {
  for (const op of SERVER_ORDER) {
    const parts = text.split(op);
    if (parts.length > 1) return { name: parts[0].trim(), op: op.trim(), value: parts.slice(1).join(op) };
  }
  return undefined;
}

describe('property: the server reads every condition the CLI sends as the user meant it', () => {
  const OPS = ['=', '!=', '>', '<', '>=', '<=', '?=', '!?=', '~=', '!~='];
  const piece = fc.constantFrom(...OPS, 'a', 'b', '1', ' ', '%', '_', ',', '.', '-', 'x y', 'is', 'null', 'not');
  const value = fc.array(piece, { maxLength: 5 }).map((a) => a.join(''));
  const field = fc.constantFrom('name', 'description', 'vmNics.ip', 'zone.name');
  it('sent conditions split as intended; refused ones would have been misread', () => {
    fc.assert(
      fc.property(field, fc.constantFrom(...OPS), value, (f, op, v) => {
        fc.pre(v !== 'null'); // `name=null` is the classic spelling of `is null`
        // As typed, the operator is the longest one after the field (`name>` + `=x` is `name>=x`).
        fc.pre(!OPS.some((o) => o.length > op.length && (op + v).startsWith(o)));
        const intended = { name: f, op, value: v };
        let sent: string[];
        try {
          sent = queryOf(req('QueryVmInstance', `${f}${op}${v}`)).filter(([k]) => k === 'q').map(([, q]) => q);
        } catch (e) {
          expect(e).toBeInstanceOf(CliError);
          expect((e as CliError).message).toMatch(/cannot be sent as written: a ZStack server would read it/);
          expect(serverSplit(`${f}${op}${v}`)).not.toEqual(intended);
          return;
        }
        expect(sent).toHaveLength(1);
        expect(serverSplit(sent[0])).toEqual(intended);
      }),
      { numRuns: 3000 },
    );
  });
  it('is null / not null travel as the server reads them', () => {
    for (const args of [['hostUuid', 'is', 'null'], ['hostUuid is null'], ['hostUuid=null']]) {
      const q = queryOf(req('QueryVmInstance', ...args)).find(([k]) => k === 'q')![1];
      expect(serverSplit(q)).toEqual({ name: 'hostUuid', op: 'is null', value: '' });
    }
    expect(serverSplit(queryOf(req('QueryVmInstance', 'hostUuid!=null')).find(([k]) => k === 'q')![1])).toEqual({ name: 'hostUuid', op: 'not null', value: '' });
    expect(parseInvocation(catalog, 'QueryVmInstance', ['hostUuid', 'not', 'null']).conditions).toEqual([{ field: 'hostUuid', op: 'not null' }]);
  });
});
