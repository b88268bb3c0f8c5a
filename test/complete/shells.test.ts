// The committed completion scripts in real shells, against the built binary (on PATH through a temp-dir symlink).
// bash is driven the way readline drives it (COMP_LINE/COMP_POINT/COMP_WORDS/COMP_CWORD/COMP_TYPE, then the function
// that `complete -p` names; COMPREPLY read back). zsh runs interactively under zpty and gets a real Tab; fish answers
// `complete -C`. zsh and fish are skipped, with the reason in the test name, where they are not installed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCache } from '../../src/complete/cache.js';
import { BIN, tempHome } from '../helpers/cli.js';

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

describe(`zsh${skipReason('zsh')}`, () => {
  /** Types each line into an interactive zsh, presses Tab, and reads back the edited line. */
  function zsh(lines: string[]): string[] {
    const r = spawnSync('zsh', ['-f', join(HERE, 'drive-zsh.zsh'), ...lines], { encoding: 'utf8', env: { ...env, COMPLETIONS, TERM: 'xterm' }, timeout: 60000 });
    return r.stdout.split('\n').slice(0, lines.length).map((l) => l.trimEnd());
  }

  it.skipIf(!has('zsh'))('loads and completes in an interactive zsh', () => {
    expect(zsh(['zstack-cli QueryVmInstance state=Ru', 'zstack-cli QueryVmInstance vmNics.l3', 'zstack-cli --profile lab QueryVmInstance uuid=a'])).toEqual([
      'zstack-cli QueryVmInstance state=Running',
      'zstack-cli QueryVmInstance vmNics.l3Network',
      `zstack-cli --profile lab QueryVmInstance uuid=${VM}`,
    ]);
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
    expect(fish('zstack-cli QueryVmInstance vmNics.l3')).toEqual(['vmNics.l3Network.\trelated L3Network', 'vmNics.l3NetworkUuid=\tstring']);
    expect(fish('zstack-cli --profile lab QueryVmInstance uuid=')).toEqual([`uuid=${VM}\tweb-1`]);
  });
});
