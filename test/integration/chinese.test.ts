// The CLI with LANG=zh_CN.UTF-8, in process against the simulator: errors, hints, warnings, prompts, progress,
// built-in commands, a shell session and tables say everything in Chinese; names, verbs, options and values stay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim, type RunningSim } from '../../src/sim/index.js';
import { displayWidth } from '../../src/util/width.js';
import { runCli, tempHome } from '../helpers/cli.js';
import { englishIn } from '../helpers/english.js';

let sim: RunningSim;
let home: Record<string, string>;
let at: string[];
const ZH = { LANG: 'zh_CN.UTF-8' };

beforeAll(async () => {
  sim = await startSim({ port: 0, data: { kind: 'demo' }, sim: { jobDelayMs: 300 } });
  home = { ...tempHome(), ...ZH };
  at = ['-H', '127.0.0.1', '-p', String(sim.port)];
});
afterAll(() => sim.close());

const zh = (args: string[], opts: Parameters<typeof runCli>[2] = {}, env: Record<string, string> = {}) => runCli(args, { ...home, ...env }, opts);

/** Each command fails (or not) as it would in English, and says so with no English sentence left. */
async function expectChinese(args: string[], code: number, opts: Parameters<typeof runCli>[2] = {}) {
  const r = await zh(args, opts);
  expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(code);
  expect(r.stderr, args.join(' ')).toMatch(/[\u4e00-\u9fff]/);
  expect(englishIn(r.stderr), `${args.join(' ')}\n${r.stderr}`).toEqual([]);
  return r;
}

describe('LANG=zh_CN.UTF-8', () => {
  it('errors and their hints: grammar, values, options, profiles, built-in commands', async () => {
    // each refused before anything is sent (exit 2)
    const lines = `
FooBar
QueryVmInstanse
--bogus QueryZone
QueryZone --timeout
QueryVmInstance state=Runing --sim
QueryVmInstance stat=Running --sim
QueryVmInstance cpuNum>four --sim
QueryVmInstance sortDirection=up --sim
CreateVmInstance --sim
DestroyVmInstance uuid=not-a-uuid --sim
StartVmInstance uuid=4d45e6c7787733979415760d2077fca0 bogus=1 --sim
QueryZone -o xml --sim
QueryZone --query [? --sim
QueryZone --dry-run --curl
QueryZone --all limit=5 --sim
CreateZone name=@/nonexistent/file --sim
CreateAccount name=x --password-stdin --sim
LogInByAccount accountName=admin -H 127.0.0.1 -p 1
DeleteDomain domain_id=x
profile add lab port=99999
profile add lab hots=1.2.3.4
profile use nope
profile remove sim
profile
profile add
completion tcsh
call FETCH /zones
call GET zones
job wait not/a/job
more
sim --port 99999999
catalog remove nothing
batch /nonexistent/commands.txt
wait VmInstanc uuid=4d45e6c7787733979415760d2077fca0 state=Running --sim
wait VmInstance uuid=4d45e6c7787733979415760d2077fca0 --sim
wait VmInstance uuid=4d45e6c7787733979415760d2077fca0 vmNics.ip=1 --sim`
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' '));
    for (const args of lines) await expectChinese(args, 2);
  });

  it('not logged in, the server unreachable', async () => {
    const fresh = { ...tempHome(), ...ZH };
    const r = await runCli(['QueryZone', ...at], fresh);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('未登录');
    expect(englishIn(r.stderr)).toEqual([]);
    const down = await runCli(['QueryZone', '-H', '127.0.0.1', '-p', '1', '--sim'], fresh);
    expect(englishIn(down.stderr), down.stderr).toEqual([]);
    const refused = await runCli(['LogInByAccount', 'accountName=admin', 'password=password', '-H', '127.0.0.1', '-p', '1'], fresh);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('连接被拒绝');
    expect(englishIn(refused.stderr), refused.stderr).toEqual([]);
  });

  it('asks for the password in Chinese, says who logged in, and shows progress while a job runs', async () => {
    const login = await zh(['LogInByAccount', 'accountName=admin', ...at], { tty: true, secrets: ['password'] });
    expect(login.code, login.stderr).toBe(0);
    expect(login.stderr).toContain('admin 的密码: ********');
    expect(login.stderr).toMatch(/已登录 http:\/\/127\.0\.0\.1:\d+\/zstack,用户 admin\(配置 'default'\)/);
    expect(englishIn(login.stderr)).toEqual([]);
    const progress: string[] = [];
    const zone = await zh(['CreateZone', 'name=区域一号', 'description=测试用的区域', ...at], {
      tty: true,
      onIo: (io) => Object.assign(io, { progress: (t: string | undefined) => void (t && progress.push(t)) }),
    });
    expect(zone.code, zone.stderr).toBe(0);
    expect(progress.length).toBeGreaterThan(0);
    for (const p of progress) expect(p).toMatch(/^正在等待任务 [0-9a-f]{32}\(\d+\.\d 秒\)$/);
    const noWait = await zh(['CreateZone', 'name=z2', '--no-wait', ...at]);
    expect(noWait.stderr).toMatch(/^任务已提交;等待结果:zstack-cli job wait http/);
  });

  it('tables align Chinese text by display width and say "no rows" in Chinese', async () => {
    const r = await zh(['QueryZone', '-o', 'table', '-c', 'name,description,state', ...at]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('区域一号');
    expect(r.stdout).toContain('测试用的区域'); // not cut short: measured as 12 columns, not 6 characters
    const widths = new Set(r.stdout.trimEnd().split('\n').map(displayWidth));
    expect(widths.size, r.stdout).toBe(1);
    const none = await zh(['QueryZone', 'name=nothing-here', '-o', 'table', ...at]);
    expect(none.stdout.trim()).toBe('(没有数据)');
    const nested = await zh(['QueryVmInstance', 'limit=1', '-o', 'table', '-c', 'name,vmNics', ...at]);
    expect(nested.stdout).toMatch(/\d+ 项/);
  });

  it('the words of profile list, profile add and catalog list are Chinese; data stays as it is', async () => {
    expect((await expectChinese(['profile', 'add', 'lab', 'host=10.0.0.1'], 0)).stderr).toContain("配置 'lab' 已保存(http://10.0.0.1:8080/zstack)");
    const list = await zh(['profile', 'list']);
    expect(list.stdout).toContain('  lab\thttp://10.0.0.1:8080/zstack\t未登录');
    expect(list.stdout).toContain('  sim\t内置模拟器\t已登录:admin');
    expect(englishIn(list.stdout)).toEqual([]);
    const catalogs = await zh(['catalog', 'list']);
    expect(catalogs.stdout).toMatch(/^ {2}内置\t\d+ 个 API,\d+ 个资源类型\t来自 /);
    const show = await zh(['profile', 'show', 'lab']);
    expect(JSON.parse(show.stdout)).toMatchObject({ name: 'lab', host: '10.0.0.1' });
  });

  it('a shell session (commands piped in) reports in Chinese, with hints for inside the shell', async () => {
    const r = await zh(['shell', ...at], { input: 'QueryZone count=true\nmore 7\n' });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^zstack-cli: 没有结果 7:结果以打印它们的命令行的编号保存\n {2}已保存:[\d, ]+\(more 可列出\)\n$/);
    const quote = await zh(['shell', ...at], { input: "QueryZone name='zone 1\n" });
    expect(quote.stderr).toBe('zstack-cli: 单引号没有闭合\n');
    const expired = await zh(['shell', '--profile', 'lab'], { input: 'QueryZone\n' });
    expect(expired.code).toBe(4);
    expect(expired.stderr).toContain('请先登录:LogInByAccount accountName=admin'); // what to type inside the shell
    const history = await zh(['history']);
    expect(history.stderr).toContain("'history' 只能在交互式命令行中使用");
    expect(englishIn(history.stderr)).toEqual([]);
  });

  it('English stays English', async () => {
    const r = await runCli(['FooBar'], { ...home, LANG: 'en_US.UTF-8' });
    expect(r.stderr).toContain("unknown command 'FooBar'");
    const c = await runCli(['FooBar'], { ...home, LANG: 'zh_CN.UTF-8', LC_ALL: 'C' });
    expect(c.stderr).toContain("unknown command 'FooBar'");
  });
});
