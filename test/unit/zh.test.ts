// Chinese: every message of src/ has its Chinese (found statically, so a new message cannot slip through), the
// table's placeholders, help with no English left, and columns measured in display width.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../src/catalog/index.js';
import { COMMANDS, resolveCommand } from '../../src/commands.js';
import { commandHelp, globalHelp, verbHelp } from '../../src/output/help.js';
import { hasMessage, translate } from '../../src/output/zh.js';
import { displayWidth, padEnd } from '../../src/util/width.js';
import { englishIn } from '../helpers/english.js';
import { scanMessages } from '../helpers/messages.js';

describe('every message has its Chinese', () => {
  const found = scanMessages();

  it('finds the messages of src/ (usageError, CliError, io.say, prompts, progress, localize)', () => {
    const ids = new Set(found.map((m) => m.id));
    // one of each kind, so a scanner that stops finding them fails here rather than passing everything
    for (const id of ["unknown command '{0}'", 'did you mean: {0}?', 'waiting for job {0} ({1} s)', 'Password for {0}:', '[result {0}]', 'zstack-cli shell: Tab completes, `help` lists commands, Ctrl-D exits.', 'not logged in', '(no rows)', 'to send it anyway (a newer server may know it), add --allow-unknown']) {
      expect(ids, id).toContain(id);
    }
    expect(ids.size).toBeGreaterThan(250);
  });

  it('has an entry in src/output/zh.ts for each (add the Chinese of a new message there)', () => {
    const missing = found.filter((m) => !hasMessage(m.id)).map((m) => `${m.file}:${m.line}  ${JSON.stringify(m.id)}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('leaves no English in the Chinese of an entry, filled with values', () => {
    const sample = (id: string) => id.replace(/\{(\d+)\}/g, (_, n) => `'v${n}'`);
    const left = [...new Set(found.map((m) => m.id))].flatMap((id) => englishIn(translate(sample(id))).map((e) => `${id}: ${e}`));
    expect(left).toEqual([]);
  });
});

describe('the translation', () => {
  const cases: Record<string, Array<[string, string]>> = {
    'fills the values in, in the order the Chinese wants': [
      ["unknown command 'FooBar'", "未知命令 'FooBar'"],
      ["'DeleteDomain' is an EasyStack EOS API, and this command speaks ZStack (provider zstack)", "'DeleteDomain' 是 EasyStack EOS 的 API,而此命令对接的是 ZStack(provider zstack)"],
    ],
    'translates a value that is a message of its own, but not a value the user typed': [
      ["cannot read /tmp/x: ENOENT: no such file or directory, open '/tmp/x'", "无法读取 /tmp/x:ENOENT:文件或目录不存在(open '/tmp/x')"],
      ["no profile named 'no operator at all'", "没有名为 'no operator at all' 的配置"],
    ],
    'chooses among English words given as values': [
      ['unclosed single quote', '单引号没有闭合'],
      ['log in again: zstack-cli --profile lab LogInByAccount accountName=admin', '重新登录:zstack-cli --profile lab LogInByAccount accountName=admin'],
      ["run 'zstack-cli help profile add' for its arguments and options", "运行 'zstack-cli help profile add' 查看其参数和选项"],
    ],
    'splits values that stand side by side where the entry says so': [
      ['waiting for VmInstance abc: state=Starting (want Running), cpuNum=1 (want 3) 1.2 s', '正在等待 VmInstance abc:state=Starting(目标 Running),cpuNum=1(目标 3) 1.2 秒'],
      ['  3  QueryZone count=true  (12 lines)', '  3  QueryZone count=true  (12 行)'],
    ],
    'works line by line and field by field (tab-separated lists); leaves unknown text alone': [
      ['zstack-cli: no results yet\n  did you mean: more?', 'zstack-cli: 还没有结果\n  您是否要输入:more?'],
      ['* lab\thttp://10.0.0.1:8080/zstack\tnot logged in', '* lab\thttp://10.0.0.1:8080/zstack\t未登录'],
      ['SYS.1000: an operation failed', 'SYS.1000: an operation failed'],
    ],
  };
  for (const [what, pairs] of Object.entries(cases)) {
    it(what, () => {
      for (const [english, chinese] of pairs) expect(translate(english)).toBe(chinese);
    });
  }
});

describe('help in Chinese', () => {
  const zh = { chinese: true, contextPath: 'zstack' };

  it('global help and every built-in command have no English line', () => {
    const texts = [globalHelp(catalogOf('zstack'), '0.1.0', { chinese: true }), globalHelp(catalogOf('zstack'), '0.1.0', { chinese: true, where: 'shell' })];
    for (const provider of ['eos', 'ac'] as const) texts.push(globalHelp(catalogOf(provider), '0.1.0', { chinese: true, provider }));
    const walk = (path: string[]) => {
      const r = resolveCommand(path)!;
      texts.push(commandHelp(r.path, r.spec, true));
      for (const sub of r.spec.subcommands ?? []) walk([...path, sub.name]);
    };
    for (const c of COMMANDS) walk([c.name]);
    expect(texts.flatMap(englishIn)).toEqual([]);
  });

  it('lists subcommands by their names, aligned (help profile)', () => {
    const lines = commandHelp(['profile'], resolveCommand(['profile'])!.spec, true).split('\n');
    expect(lines).toContain(`  ${'add <name> [settings...]'.padEnd(34)}创建配置或更新其设置`);
    expect(lines).toContain(`  ${'list'.padEnd(34)}列出配置及各自的登录身份`);
  });

  it('verb help of every verb (ZStack, EOS, AC) has no English line', () => {
    const left: string[] = [];
    for (const provider of ['zstack', 'eos', 'ac'] as const) {
      const catalog = catalogOf(provider);
      for (const verb of catalog.verbNames()) left.push(...englishIn(verbHelp(catalog, catalog.find(verb)!, zh)).map((e) => `${verb}: ${e}`));
    }
    expect(left.slice(0, 60)).toEqual([]);
  });

  it('shows the Chinese of the seed, a title made from the verb otherwise, and says where the English is', () => {
    const catalog = catalogOf('zstack');
    expect(verbHelp(catalog, catalog.find('CreateVmInstance')!, zh).split('\n')[0]).toBe('CreateVmInstance: 创建云主机');
    const ack = verbHelp(catalog, catalog.find('AckAlarmData')!, zh);
    expect(ack.split('\n')[0]).toBe('AckAlarmData: 确认 AlarmData');
    expect(ack).not.toContain('Ack alarm data');
    expect(ack).toContain('LC_ALL=C zstack-cli help AckAlarmData');
  });

  it('aligns the columns by display width', () => {
    const catalog = catalogOf('zstack');
    const lines = verbHelp(catalog, catalog.find('CreateVmInstance')!, zh).split('\n');
    // each parameter's description starts in the same column (name 26, type 9, flags 20), Chinese flags or not
    const described = lines.filter((l) => /^ {2}\w{1,23} +\w+ +(必填|可选)\S* {2,}[\u4e00-\u9fff]/.test(l));
    expect(described.length).toBeGreaterThan(10);
    for (const l of described) {
      const desc = l.search(/(?<=(必填|可选)[^ ]* +)\S/);
      expect(displayWidth(l.slice(0, desc)), l).toBe(2 + 26 + 9 + 20);
    }
    for (const l of globalHelp(catalog, '0.1.0', { chinese: true }).split('\n').filter((x) => /^ {2}-/.test(x))) {
      expect(displayWidth(l.slice(0, l.search(/[\u4e00-\u9fff(]/))), l).toBeGreaterThanOrEqual(28);
    }
  });
});

describe('display width', () => {
  it('counts wide characters twice, colour codes and combining marks not at all', () => {
    const widths = { abc: 3, 云主机: 6, '必填, 保密': 10, '\x1b[31m错误\x1b[39m': 4, 'e\u0301': 1, ＡＢ: 4 };
    for (const [text, width] of Object.entries(widths)) expect(displayWidth(text), text).toBe(width);
    expect(padEnd('可选', 6)).toBe('可选  ');
  });

  it('agrees with string-width, which cli-table3 measures its cells with', () => {
    const stringWidth = createRequire(import.meta.url)('string-width') as (s: string) => number;
    for (const s of ['云主机名称', 'name 名称', '한국어', 'ｶﾀｶﾅ', 'カタカナ', '(全角)', '「引号」', 'Ωmega', 'tab\there', '\x1b[1mbold\x1b[22m 粗体']) {
      expect(displayWidth(s), s).toBe(stringWidth(s));
    }
  });
});
