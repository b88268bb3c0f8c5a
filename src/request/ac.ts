// Invocation -> HttpRequest for the AC openapi (seed 001): every parameter is an HTTP header under its own name, the
// token in the `token` header, no body. What the seed states about the values is checked here, before anything is
// sent.
import { usageError } from '../errors.js';
import type { Invocation } from '../invocation/parse.js';
import { placedParams, wireText } from './common.js';
import { baseUrl } from './endpoint.js';
import type { Auth, Endpoint, HttpRequest } from './types.js';

export function buildAcRequest(inv: Invocation, endpoint: Endpoint, auth: Auth): HttpRequest {
  const { api } = inv;
  if (api.name === 'AddMemberUser') checkMember(inv.params);
  const headers: Record<string, string> = {};
  const secrets: string[][] = [];
  if (auth.kind === 'token') {
    headers.token = auth.token;
    secrets.push(['header', 'token']);
  }
  for (const { spec, value } of placedParams(inv)) {
    const text = wireText(value, 'comma');
    // HTTP header values are Latin-1 at most, and the seed says nothing of an encoding: other text cannot be sent.
    if (!/^[\x20-\x7e\t]*$/.test(text)) {
      throw usageError(`${spec.name}: the AC API takes its parameters as HTTP headers, which carry only ASCII text; '${spec.password ? '(the value given)' : text}' has other characters`, [
        'the API documents no encoding for other characters: use ASCII (e.g. pinyin for a name)',
      ]);
    }
    headers[spec.name] = text;
    if (spec.password) secrets.push(['header', spec.name]);
  }
  return { provider: 'ac', method: api.method, url: `${baseUrl(endpoint)}${api.path}`, headers, body: null, async: false, secrets };
}

const CLASSES: ReadonlyArray<[RegExp, string]> = [
  [/[A-Z]/, 'upper case'],
  [/[a-z]/, 'lower case'],
  [/[0-9]/, 'digits'],
  [/[^A-Za-z0-9\s]/, 'symbols'],
];

/** The seed's rules for a new member: the password's length and mix, and a way to reach a user without one. */
function checkMember(p: Record<string, unknown>): void {
  const name = String(p.userName ?? '');
  if (!/^[A-Za-z][A-Za-z0-9_]{3,15}$/.test(name)) {
    throw usageError(`userName: '${name}' must be 4-16 letters, digits or underscores, starting with a letter (用户名规则:4~16位数字、字母或下划线,不能以数字、下划线开头)`);
  }
  const password = typeof p.password === 'string' ? p.password : '';
  if (password !== '') {
    if (/\s/.test(password)) throw usageError('password: spaces are not allowed (密码不可有空格)');
    if (password.length < 6 || password.length > 30) throw usageError(`password: ${password.length} characters; 6 to 30 are needed (密码为6~30位字符)`);
    const kinds = CLASSES.filter(([re]) => re.test(password)).length;
    if (kinds < 2) throw usageError('password: use at least two of upper case, lower case, digits and symbols (大写字母、小写字母、数字、符号至少包含2种)');
  } else if (!p.email && !p.mobilephoneNum) {
    throw usageError('AddMemberUser without a password needs email=... or mobilephoneNum=... (密码不填时,邮箱或手机号至少填一项)');
  }
}
