// The interactive shell with LANG=zh_CN.UTF-8 in a real pseudo-terminal (tmux), as a person would use it: the
// banner, errors and hints, the masked password prompt, who logged in, result numbers, all in Chinese.
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, tempHome } from '../helpers/cli.js';
import { englishIn } from '../helpers/english.js';
import { hasTmux, TmuxSession } from '../helpers/tmux.js';

let session: TmuxSession | undefined;
afterEach(() => session?.kill());

describe.skipIf(!hasTmux)('the shell in Chinese (tmux)', () => {
  it('says everything in Chinese', async () => {
    const env = { ...tempHome(), PATH: process.env.PATH ?? '', NO_COLOR: '1', TERM: 'xterm', PAGER: 'cat', LANG: 'zh_CN.UTF-8' };
    const t = (session = new TmuxSession(`${process.execPath} ${BIN} --sim shell`, env));
    await t.waitFor(/zstack-cli 交互式命令行:Tab 补全,`help` 列出命令,Ctrl-D 退出。/);
    await t.waitFor(/\[sim\] admin@127\.0\.0\.1 >>> ?$/m);
    t.type('QueryVmInstanse');
    t.keys('Enter');
    await t.waitFor(/未知命令 'QueryVmInstanse'\n\s+您是否要输入:QueryVmInstance[\s\S]*>>> ?$/m);
    t.type('LogInByAccount accountName=admin');
    t.keys('Enter');
    await t.waitFor(/admin 的密码:/);
    t.type('password');
    t.keys('Enter');
    await t.waitFor(/已登录 http:\/\/127\.0\.0\.1:\d+\/zstack,用户 admin\(配置 'sim'\)[\s\S]*>>> ?$/m);
    t.type('QueryZone count=true');
    t.keys('Enter');
    // results keep the numbers of the lines that printed them
    await t.waitFor(/\[结果 3\][\s\S]*>>> ?$/m);
    t.type('more');
    t.keys('Enter');
    await t.waitFor(/^2  LogInByAccount accountName=admin  \(\d+ 行\)\n3  QueryZone count=true  \(3 行\)\n[\s\S]*>>> ?$/m);
    t.type('more 9');
    t.keys('Enter');
    await t.waitFor(/没有结果 9:结果以打印它们的命令行的编号保存\n {2}已保存:2, 3\(more 可列出\)[\s\S]*>>> ?$/m);
    t.type('name="unclosed');
    t.keys('Enter');
    await t.waitFor(/双引号没有闭合[\s\S]*>>> ?$/m);
    // everything but the commands typed and their JSON results
    const said = t
      .screen()
      .split('\n')
      .filter((l) => !/>>> /.test(l) && !/^\s*[{}"[\]]/.test(l))
      .join('\n');
    expect(englishIn(said), said).toEqual([]);
    t.type('exit');
    t.keys('Enter');
  });
});
