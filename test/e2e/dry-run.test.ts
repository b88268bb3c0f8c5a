// The built binary, as a user runs it: stdout carries only the result, stderr the messages, exit codes as documented.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cli, runCli } from '../helpers/cli.js';

describe('zstack-cli --dry-run', () => {
  it('prints the request as JSON and exits 0', async () => {
    const r = await runCli(['QueryVmInstance', 'name=vm1', "cpuNum>4", 'vmNics.ip=10.0.0.5', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const req = JSON.parse(r.stdout);
    expect(req).toEqual({
      method: 'GET',
      url: 'http://localhost:8080/zstack/v1/vm-instances?q=name%3Dvm1&q=cpuNum%3E4&q=vmNics.ip%3D10.0.0.5',
      headers: { Authorization: 'OAuth ********' },
      body: null,
    });
  });

  it('uses the configured endpoint from options and environment', async () => {
    const r = await runCli(['QueryZone', '--dry-run', '-H', '10.0.0.1', '-p', '8081', '--context-path', '', '--https']);
    expect(JSON.parse(r.stdout).url).toBe('https://10.0.0.1:8081/v1/zones');
    const e = await runCli(['QueryZone', '--dry-run'], { ZSTACK_HOST: 'mn.example', ZSTACK_PORT: '9090' });
    expect(JSON.parse(e.stdout).url).toBe('http://mn.example:9090/zstack/v1/zones');
    const both = await runCli(['QueryZone', '--dry-run', '--host', 'cli.example'], { ZSTACK_HOST: 'env.example' });
    expect(JSON.parse(both.stdout).url).toContain('//cli.example:8080/');
  });

  it('masks passwords in the body', async () => {
    const r = await runCli(['LogInByAccount', 'accountName=admin', 'password=password', '--dry-run']);
    expect(r.code).toBe(0);
    const req = JSON.parse(r.stdout);
    expect(req.method).toBe('PUT');
    expect(req.body).toEqual({ logInByAccount: { accountName: 'admin', password: '********' } });
    expect(r.stdout).not.toContain(createHash('sha512').update('password').digest('hex'));
    expect(req.headers.Authorization).toBeUndefined();
  });

  it('--curl prints a curl command line', async () => {
    const r = await runCli(['UpdateQuota', 'identityUuid=4d45e6c7787733979415760d2077fca0', 'name=quotaname', 'value=20', '--curl']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(
      `curl -X PUT -H 'Content-Type: application/json;charset=UTF-8' -H 'Authorization: OAuth ********' -d '{"updateQuota":{"identityUuid":"4d45e6c7787733979415760d2077fca0","name":"quotaname","value":20}}' http://localhost:8080/zstack/v1/accounts/quotas/actions`,
    );
  });

  it('verbs are case-insensitive', async () => {
    expect(JSON.parse((await runCli(['queryvminstance', '--dry-run'])).stdout).url).toBe('http://localhost:8080/zstack/v1/vm-instances');
  });
});

describe('usage errors exit 2 with a message on stderr and nothing on stdout', () => {
  it.each([
    [['QueryVmInstanse', '--dry-run'], /unknown command 'QueryVmInstanse'[\s\S]*did you mean: QueryVmInstance/],
    [['CreateAccount', 'name=a', '--dry-run'], /missing required parameter: password/],
    [['CreateAccount', 'name=a', 'password=b', 'type=Root', '--dry-run'], /valid values: SystemAdmin, Normal/],
    [['QueryVmInstance', 'nmae=vm1', '--dry-run'], /did you mean: name/],
    [['QueryVmInstance', 'name=a!=b', '--dry-run'], /server would read it/],
    [['UpdateQuota', 'identityUuid=4d45e6c7787733979415760d2077fca0', 'name=vm.num', 'value=x', '--dry-run'], /not a number/],
    [['UpdateQuota', 'identityUuid=4d45e6c7787733979415760d2077fca0', 'name=vm.nums', 'value=20', '--dry-run'], /'vm\.nums' is not one of the known values[\s\S]*did you mean: vm\.num\?[\s\S]*--allow-unknown/],
    [['UpdateQuota', 'identityUuid=u', 'name=vm.num', 'value=20', '--dry-run'], /identityUuid: 'u' is not a UUID/],
    [['DestroyVmInstance', 'uuid=', '--dry-run'], /uuid cannot be empty/],
    [['GetResourceNames', 'uuids=4d45e6c7787733979415760d2077fca0,nope', '--dry-run'], /uuids: 'nope' is not a UUID/],
    [['AddVCenter', 'name=v', 'domainName=d', 'username=u', 'password=p', 'zoneUuid=4d45e6c7787733979415760d2077fca0', 'https=true', 'port=70000', '--dry-run'], /port: 70000 is outside the valid range 1 to 65535/],
    [['QueryVmInstance', 'state!=Runing', 'count=true', '--dry-run'], /state: 'Runing' is not a valid value[\s\S]*did you mean: Running\?/],
    [['QueryVmInstance', 'state=Runing', '--dry-run'], /did you mean: Running\?/],
    [['QueryVmInstance', 'state?=Running,Stoped', '--dry-run'], /'Stoped' is not a valid value[\s\S]*did you mean: Stopped\?/],
    [['QueryVmInstance', 'platform=Linx', '--dry-run'], /platform: 'Linx' is not a valid value[\s\S]*did you mean: Linux\?/],
    [['QueryVmInstance', 'vmNics.l3Network.state=Enabld', '--dry-run'], /did you mean: Enabled\?/],
    [['QueryVmInstance', '--bogus'], /unknown option '--bogus'/],
    [['QueryZone', '-p', 'http'], /not a port number/],
  ])('%j', async (args, message) => {
    const r = await runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
  });
});

describe('help', () => {
  it('zstack-cli help lists global options and verbs by family', async () => {
    const r = await runCli(['help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--dry-run/);
    expect(r.stdout).toMatch(/\n  identity:\n(    .*\n)*    .*\bCreateAccount\b/);
    expect(r.stdout).toMatch(/\n  vm:\n(    .*\n)*    .*\bCreateVmInstance\b/);
    expect((await runCli(['--help'])).stdout).toBe(r.stdout);
  });

  it('help <Verb> and <Verb> --help show method, path, parameters and an example', async () => {
    const r = await runCli(['help', 'createaccount']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^CreateAccount: /);
    expect(r.stdout).toMatch(/POST \/zstack\/v1\/accounts/);
    expect(r.stdout).toMatch(/name\s+string\s+required/);
    expect(r.stdout).toMatch(/type\s+string\s+optional.*valid: SystemAdmin, Normal;/);
    expect(r.stdout).toMatch(/Example:\n\s+zstack-cli CreateAccount name=test password=password/);
    expect((await runCli(['CreateAccount', '--help'])).stdout).toBe(r.stdout);
  });

  it('Chinese descriptions when LANG starts with zh', async () => {
    const r = await runCli(['help', 'CreateAccount'], { LANG: 'zh_CN.UTF-8' });
    expect(r.stdout).toMatch(/创建账户/);
    expect(r.stdout).toMatch(/资源名称/);
  });

  it('help for a query verb lists fields, related resources and special parameters', async () => {
    const r = await runCli(['help', 'QueryVmInstance']);
    expect(r.stdout).toMatch(/cpuNum\s+integer/);
    expect(r.stdout).toMatch(/vmNics\./);
    expect(r.stdout).toMatch(/sortDirection=/);
  });

  it('help for an unknown verb is a usage error', async () => {
    expect((await runCli(['help', 'Nope'])).code).toBe(2);
  });
});

describe('help in Chinese, all of it', () => {
  it('headings and labels follow the locale', async () => {
    const r = await runCli(['help', 'RenewSession'], { LANG: 'zh_CN.UTF-8' });
    expect(r.stdout).toMatch(/参数:/);
    expect(r.stdout).toMatch(/duration\s+long\s+可选\s+会话有效时长/);
    expect(r.stdout).not.toMatch(/Parameters:|optional/);
  });

  it('--dry-run and --curl together are a usage error', async () => {
    expect((await runCli(['QueryZone', '--dry-run', '--curl'])).code).toBe(2);
  });
});

describe('the built binary', () => {
  it('sets the exit status and keeps results on stdout, messages on stderr', () => {
    const ok = cli(['QueryVmInstance', 'name=vm1', '--dry-run']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).method).toBe('GET');
    expect(ok.stderr).toBe('');
    const bad = cli(['QueryVmInstance', '--dryrun']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/unknown option '--dryrun'\n\s+did you mean: --dry-run\?/);
    const help = cli(['sim', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^zstack-cli sim: /);
    expect(cli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('EOS and AC requests in --dry-run and --curl (secrets and tokens masked)', () => {
  it("EOS: LogIn is the seed's Keystone body with the password masked; the quota update is a PATCH with the token masked", async () => {
    const r = await runCli(['--provider', 'eos', 'LogIn', 'user_id=858634b407e845f14b02bcf369225dcd0', 'password=devstacker', 'project_name=admin', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    const req = JSON.parse(r.stdout);
    expect(req.method).toBe('POST');
    expect(req.url).toBe('http://localhost:5000/v3/auth/tokens');
    expect(req.body.auth.identity).toEqual({ methods: ['password'], password: { user: { id: '858634b407e845f14b02bcf369225dcd0', password: '********' } } });
    expect(req.body.auth.scope).toEqual({ project: { name: 'admin', domain: { name: 'Default' } } });
    expect(r.stdout).not.toContain('devstacker');
    const curl = await runCli(['--provider', 'eos', '-H', 'eos.example', 'UpdateDomainQuota', 'domain_id=d1', 'region=RegionOne', 'cores=100', 'router=3000', '--curl']);
    expect(curl.stdout.trim()).toBe(
      `curl -X PATCH -H 'Content-Type: application/json' -H 'X-Auth-Token: ********' -d '{"domain":{"region":"RegionOne","cores":100,"router":3000}}' http://eos.example:5000/v3/domain_quotas/d1`,
    );
    const pw = await runCli(['--provider', 'eos', 'UpdateUserPassword', 'user_id=u1', 'password=new_secretsecret', '--dry-run']);
    expect(JSON.parse(pw.stdout)).toMatchObject({ method: 'PATCH', url: 'http://localhost:5000/v3/users/u1', body: { user: { password: '********' } } });
  });

  it("AC: every parameter a header as the seed's curl shows it, empty email and phone sent, token and password masked", async () => {
    const r = await runCli(['--provider', 'ac', 'AddMemberUser', 'userName=stest', 'userFullName=stest', 'clusterIds=11112', 'password=stest@123', '--curl'], { AC_TOKEN: 'secret-token' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(
      "curl -X POST -H 'token: ********' -H 'userName: stest' -H 'userFullName: stest' -H 'clusterIds: 11112' -H 'password: ********' -H 'email;' -H 'mobilephoneNum;' https://localhost:65102/ac/openapi/v2/user/member",
    );
    expect(r.stdout).not.toContain('secret-token');
    const dry = JSON.parse((await runCli(['--provider', 'ac', 'AddMemberUser', 'userName=stest', 'userFullName=stest', 'clusterIds=11112,11113', 'email=a@b.c', '--dry-run'])).stdout);
    expect(dry).toEqual({
      method: 'POST',
      url: 'https://localhost:65102/ac/openapi/v2/user/member',
      headers: { token: '********', userName: 'stest', userFullName: 'stest', clusterIds: '11112,11113', email: 'a@b.c', mobilephoneNum: '' },
      body: null,
    });
  });
});
