// The committed completion scripts in real shells, against the built binary (on PATH through a temp-dir symlink).
// bash is driven the way readline drives it (COMP_LINE/COMP_POINT/COMP_WORDS/COMP_CWORD/COMP_TYPE, then the function
// that `complete -p` names; COMPREPLY read back). zsh runs interactively under zpty and gets a real Tab; fish answers
// `complete -C`; a real bash in tmux shows its listing order. zsh and fish are skipped, with the reason in the test name, where they are not installed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCache } from '../../src/complete/cache.js';
import { BIN, tempHome } from '../helpers/cli.js';
import { hasTmux, TmuxSession } from '../helpers/tmux.js';

const COMPLETIONS = new URL('../../completions/', import.meta.url).pathname;
const HERE = new URL('.', import.meta.url).pathname;
const has = (shell: string): boolean => spawnSync(shell, ['-c', 'exit 0'], { stdio: 'ignore' }).status === 0;
const skipReason = (shell: string): string => (has(shell) ? '' : ` [SKIPPED: ${shell} is not installed; apt-get install -y ${shell}]`);

let env: Record<string, string>;
const VM = 'aaaa1111aaaa1111aaaa1111aaaa1111';

beforeAll(() => {
  const bin = mkdtempSync(join(tmpdir(), 'zstack-cli-bin-'));
  symlinkSync(BIN, join(bin, 'zstack-cli'));
  const home = tempHome();
  // A fresh cache, so that no background refresh (and no server) is involved.
  writeCache(home, 'lab', 'VmInstance', [{ uuid: VM, name: 'web-1' }]);
  mkdirSync(join(home.HOME, 'fish'), { recursive: true });
  env = { ...home, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1', TERM: 'dumb', LANG: 'C.UTF-8' };
});

interface BashReply {
  reply: string[];
  nospace: boolean;
}

/** Completes each line (cursor at the end, or at `|`) in one bash that sourced completions/zstack-cli.bash. */
function bash(lines: string[], compType = 9): BashReply[] {
  const r = spawnSync('bash', ['--norc', '--noprofile', join(HERE, 'drive-bash.sh'), ...lines], {
    encoding: 'utf8',
    env: { ...env, COMPLETIONS, TYPE: String(compType) },
    timeout: 30000,
  });
  expect(r.stderr).toBe('');
  return r.stdout
    .split('\x1e')
    .slice(0, -1)
    .map((rec) => {
      const [nospace, ...reply] = rec.split('\x1f').slice(0, -1);
      return { reply, nospace: nospace === '1' };
    });
}

describe('bash', () => {
  it('registers a function for zstack-cli', () => {
    const r = spawnSync('bash', ['--norc', '-c', `source ${COMPLETIONS}/zstack-cli.bash; complete -p zstack-cli`], { encoding: 'utf8', env });
    expect(r.stdout).toMatch(/complete .*-F _zstack_cli zstack-cli/);
  });

  it('completes typical lines', () => {
    const [verb, stateRu, nics, dir, fields, gt, uuid, mid, quoted, given] = bash([
      'zstack-cli QueryVmI',
      'zstack-cli QueryVmInstance state=Ru',
      'zstack-cli QueryVmInstance vmNics.',
      'zstack-cli QueryVmInstance sortDirection=',
      'zstack-cli QueryVmInstance fields=uuid,na',
      'zstack-cli QueryVmInstance cpuNum\\>',
      'zstack-cli --profile lab QueryVmInstance uuid=',
      'zstack-cli QueryVmInstance state=Ru| limit=1',
      `zstack-cli CreateAccount 'description=a b' na`,
      'zstack-cli CreateAccount name=x ',
    ]);
    expect(verb.reply).toContain('QueryVmInstance');
    expect(verb.reply.every((v: string) => v.startsWith('QueryVmI'))).toBe(true);
    // bash splits words at `=`: the reply holds only what follows it, and `state=Ru` becomes `state=Running`.
    expect(stateRu).toEqual({ reply: ['Running'], nospace: false });
    expect(nics.reply).toEqual(expect.arrayContaining(['vmNics.ip=', 'vmNics.l3Network.', 'vmNics.__systemTag__=']));
    expect(nics.nospace).toBe(true);
    expect(dir.reply).toEqual(['asc', 'desc']);
    expect(fields).toEqual({ reply: ['uuid,name'], nospace: true });
    // `>` is shell syntax: the candidates come back escaped.
    expect(gt.reply).toEqual(['cpuNum\\>', 'cpuNum\\>=']);
    expect(uuid.reply).toEqual([VM]);
    expect(mid.reply).toEqual(['Running']);
    expect(quoted.reply).toEqual(['name=']);
    expect(given.reply).not.toContain('name=');
    expect(given.reply).toContain('password=');
  });

  it('shows descriptions when listing (second Tab)', () => {
    const [listing] = bash(['zstack-cli CreateAccount '], 63);
    expect(listing.reply[0]).toMatch(/^name= +-- .*\(required\)$/);
  });
});

/** What the engine answers for these words (the last one is being completed): the candidates, in its order. */
function engine(...words: string[]): string[] {
  const r = spawnSync('zstack-cli', ['__complete', ...words], { encoding: 'utf8', env });
  return r.stdout.split('\n').filter((l) => l && !l.startsWith(':')).map((l) => l.split('\t')[0]);
}

describe(`bash in a terminal${hasTmux ? '' : ' [SKIPPED: tmux is not installed]'}`, () => {
  it.skipIf(!hasTmux)('lists required parameters first (Tab Tab)', async () => {
    const t = new TmuxSession('bash --norc --noprofile -i', { ...env, PS1: '$ ', TERM: 'xterm' });
    try {
      t.type(`source ${COMPLETIONS}/zstack-cli.bash; clear`);
      t.keys('Enter');
      await t.waitFor(/^\$ ?$/m);
      t.type('zstack-cli CreateAccount ');
      t.keys('Tab', 'Tab');
      const screen = await t.waitFor(/userTags=/);
      // readline lays the list out in columns, top to bottom: the first column starts with name= and password=.
      const rows = screen.split('\n').filter((l) => / -- /.test(l));
      expect(rows[0]).toMatch(/^name= +-- Account name \(required\)/);
      expect(rows[1]).toMatch(/^password= +-- .*\(required\)/);
    } finally {
      t.kill();
    }
  });
});

describe(`zsh${skipReason('zsh')}`, () => {
  interface ZshReply {
    /** The command line after the Tab presses. */
    line: string;
    /** The values zsh listed, in the order shown. */
    listed: string[];
  }

  /** Types each line into an interactive zsh and presses Tab (at its Tab characters, else once at the end); reads
   *  back the edited line and what zsh listed. */
  function zsh(lines: string[]): ZshReply[] {
    const r = spawnSync('zsh', ['-f', join(HERE, 'drive-zsh.zsh'), ...lines], { encoding: 'utf8', env: { ...env, COMPLETIONS, TERM: 'xterm' }, timeout: 60000 });
    const replies: ZshReply[] = [];
    for (const l of r.stdout.split('\n')) {
      if (l.startsWith('LINE: ')) replies.push({ line: l.slice(6).trimEnd(), listed: [] });
      // `value  -- description` one per line, or values in columns.
      else if (l.startsWith('LIST: ')) replies[replies.length - 1].listed.push(...l.slice(6).split(' -- ')[0].trim().split(/\s+/));
    }
    expect(replies).toHaveLength(lines.length);
    return replies;
  }

  it.skipIf(!has('zsh'))('loads and completes in an interactive zsh', () => {
    const replies = zsh(['zstack-cli QueryVmInstance state=Ru', 'zstack-cli QueryVmInstance vmNics.l3', 'zstack-cli --profile lab QueryVmInstance uuid=a', 'zstack-cli queryvmi']);
    expect(replies.map((r) => r.line)).toEqual([
      'zstack-cli QueryVmInstance state=Running',
      'zstack-cli QueryVmInstance vmNics.l3Network',
      `zstack-cli --profile lab QueryVmInstance uuid=${VM}`,
      'zstack-cli QueryVmInstance',
    ]);
  });

  it.skipIf(!has('zsh'))('offers the verbs that contain the word typed, as bash and fish do', () => {
    const [vm] = zsh(['zstack-cli VmInst\t\t']);
    // Every candidate has `VmInstance` in it: zsh fills that in, and the second Tab lists them all.
    expect(vm.line).toBe('zstack-cli VmInstance');
    expect(vm.listed).toEqual(engine('VmInst'));
    expect(vm.listed).toEqual(expect.arrayContaining(['CloneVmInstance', 'StartVmInstance', 'QueryVmInstance']));
  });

  it.skipIf(!has('zsh'))("lists in the engine's order: required parameters first, candidates that share a description not regrouped", () => {
    const [account, query, dir] = zsh(['zstack-cli CreateAccount ', 'zstack-cli QueryVmInstance ', 'zstack-cli QueryVmInstance sortDirection=']);
    expect(account.listed.slice(0, 2)).toEqual(['name=', 'password=']);
    expect(account.listed).toEqual(engine('CreateAccount', ''));
    // Many fields are described as just `string` or `long`; they stay where the engine put them.
    expect(query.listed).toEqual(engine('QueryVmInstance', ''));
    expect(dir.listed).toEqual(['sortDirection=asc', 'sortDirection=desc']);
  });
});

describe(`fish${skipReason('fish')}`, () => {
  function fish(line: string): string[] {
    const r = spawnSync('fish', ['--no-config', '-c', `source ${COMPLETIONS}/zstack-cli.fish; complete -C${JSON.stringify(line)}`], {
      encoding: 'utf8',
      env: { ...env, XDG_CONFIG_HOME: join(env.HOME, 'fish') },
      timeout: 30000,
    });
    return r.stdout.split('\n').filter(Boolean);
  }

  it.skipIf(!has('fish'))('loads and answers complete -C with descriptions', () => {
    expect(fish('zstack-cli QueryVmInstance state=Ru')).toEqual(['state=Running']);
    expect(fish('zstack-cli QueryVmInstance vmNics.l3')).toEqual(['vmNics.l3NetworkUuid=\tstring', 'vmNics.l3Network.\trelated L3Network']);
    expect(fish('zstack-cli --profile lab QueryVmInstance uuid=')).toEqual([`uuid=${VM}\tweb-1`]);
  });

  it.skipIf(!has('fish'))("keeps the engine's order (required parameters first) instead of sorting", () => {
    const account = fish('zstack-cli CreateAccount ').map((l) => l.split('\t')[0]);
    expect(account.slice(0, 2)).toEqual(['name=', 'password=']);
    expect(account).toEqual(engine('CreateAccount', ''));
    expect(fish('zstack-cli QueryVmInstance ').map((l) => l.split('\t')[0])).toEqual(engine('QueryVmInstance', ''));
    expect(fish('zstack-cli VmInst').map((l) => l.split('\t')[0])).toEqual(engine('VmInst'));
  });
});
