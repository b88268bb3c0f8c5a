import { describe, expect, it } from 'vitest';
import { promptFor } from '../../src/cli/shell.js';
import type { Context } from '../../src/cli/context.js';
import { maskSecrets } from '../../src/shell/history.js';

describe('history masking', () => {
  it('replaces every password-like value by ***', () => {
    expect(maskSecrets('LogInByAccount accountName=admin password=s3cret')).toBe('LogInByAccount accountName=admin password=***');
    expect(maskSecrets(`UpdateAccount uuid=u oldPassword='a b' password="x y"`)).toBe('UpdateAccount uuid=u oldPassword=*** password=***');
    expect(maskSecrets('profile add lab accessKeySecret=abc accessKeyId=id')).toBe('profile add lab accessKeySecret=*** accessKeyId=id');
    expect(maskSecrets('QueryVmInstance name=password')).toBe('QueryVmInstance name=password');
    // A comment is not sent, but it is kept in history: a secret there is masked too.
    expect(maskSecrets('LogInByAccount accountName=admin password=new # password=old')).toBe('LogInByAccount accountName=admin password=*** # password=***');
  });
});

describe('prompt', () => {
  const base = { profileName: 'default', provider: 'zstack', endpoint: { host: '10.0.0.1', port: 8080, https: false, contextPath: 'zstack' }, auth: { kind: 'none' } } as unknown as Context;
  it('who and where', () => {
    expect(promptFor(base)).toBe('- @10.0.0.1 >>> ');
    expect(promptFor({ ...base, session: { uuid: 's', accountName: 'admin' }, auth: { kind: 'session', sessionUuid: 's' } } as Context)).toBe('admin@10.0.0.1 >>> ');
    expect(promptFor({ ...base, profileName: 'lab', session: { uuid: 's', accountName: 'a', userName: 'u' } } as Context)).toBe('[lab] u@10.0.0.1 >>> ');
    expect(promptFor({ ...base, provider: 'eos', auth: { kind: 'token', token: 't' }, session: { uuid: 's', userName: 'admin' } } as unknown as Context)).toBe('eos:admin@10.0.0.1 >>> ');
    expect(promptFor({ ...base, provider: 'ac', auth: { kind: 'token', token: 't' } } as unknown as Context)).toBe('ac:token@10.0.0.1 >>> ');
  });
});
