// What --debug shows of a request or an answer: secret headers and values masked, however the body is cut.
import { describe, expect, it } from 'vitest';
import { DEBUG_BODY_LIMIT, debugLines, MASK, maskSecretValues } from '../../src/request/render.js';

describe('debugLines', () => {
  it('masks credential headers, keeping the Authorization scheme', () => {
    const lines = debugLines('>', { Authorization: 'OAuth 0123', 'X-Auth-Token': 't', token: 't', password: 'p', 'Set-Cookie': 'c', 'Content-Type': 'application/json' }, null);
    expect(lines).toEqual([`> Authorization: OAuth ${MASK}`, `> X-Auth-Token: ${MASK}`, `> token: ${MASK}`, `> password: ${MASK}`, `> Set-Cookie: ${MASK}`, '> Content-Type: application/json']);
  });

  it("masks the values of secret keys at any depth, and a login's session by its path", () => {
    const body = JSON.stringify({ inventory: { uuid: 'session-1', accountUuid: 'acc' }, nested: [{ newPassword: 'p"w', accessKeySecret: 's' }], sessionUuid: 'sess-2', name: 'ok' });
    const [line] = debugLines('<', {}, body, { paths: [['inventory', 'uuid']] });
    expect(line).toBe(`< {"inventory":{"uuid":"${MASK}","accountUuid":"acc"},"nested":[{"newPassword":"${MASK}","accessKeySecret":"${MASK}"}],"sessionUuid":"${MASK}","name":"ok"}`);
  });

  it('keeps a body to its first DEBUG_BODY_LIMIT characters with a note, masking a secret the limit cuts', () => {
    const pad = 'x'.repeat(DEBUG_BODY_LIMIT - 20);
    const body = `{"a":"${pad}","password":"${'s'.repeat(100)}"}`;
    const lines = debugLines('<', {}, body);
    expect(lines.join('\n')).not.toContain('sss');
    expect(lines.at(-1)).toBe(`< ... (${body.length} bytes in all; the first ${DEBUG_BODY_LIMIT} characters shown)`);
    // The beginning of a streamed answer: cut, with the size of the whole.
    expect(debugLines('<', {}, '{"token":"abc', { partial: true, size: 123456 })).toEqual([`< {"token":"${MASK}"`, '< ... (123456 bytes in all; the first 19 characters shown)']);
  });

  it('leaves text that is not JSON, and non-secret values, as they are', () => {
    expect(maskSecretValues('plain text: password')).toBe('plain text: password');
    expect(maskSecretValues('{ "password" : "a\\"b", "x": "password" }')).toBe(`{ "password" : "${MASK}", "x": "password" }`);
    expect(debugLines('<', {}, 'line 1\nline 2')).toEqual(['< line 1', '< line 2']);
  });
});
