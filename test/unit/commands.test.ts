// The command table drives the parser, help, completion and the shell: every command described there is reachable
// through each of them, and nothing is listed anywhere else.
import { describe, expect, it } from 'vitest';
import { HANDLERS } from '../../src/cli/handlers.js';
import { runOnce } from '../../src/cli/main.js';
import { COMMANDS, GLOBAL_OPTIONS, type CommandSpec } from '../../src/commands.js';
import { completeWords } from '../../src/complete/engine.js';
import { memoryIo } from '../../src/output/io.js';
import type { ShellSession } from '../../src/shell/shell.js';
import { catalog } from '../helpers/build.js';
import { runCli, tempHome } from '../helpers/cli.js';

/** Every command with its path, subcommands included. */
const all = (list: readonly CommandSpec[], path: string[] = []): Array<[string[], CommandSpec]> =>
  list.flatMap((c) => [[[...path, c.name], c] as [string[], CommandSpec], ...all(c.subcommands ?? [], [...path, c.name])]);
const leaves = all(COMMANDS).filter(([, c]) => !c.subcommands?.length);

describe('the command table', () => {
  it('has a handler for every command but help (read as --help), and no handler without a command', () => {
    const paths = leaves.map(([p]) => p.join(' ')).filter((p) => p !== 'help');
    expect(Object.keys(HANDLERS).sort()).toEqual(paths.sort());
  });

  it.each(all(COMMANDS).map(([p]) => [p.join(' ')]))('%s answers --help and help <command> alike', async (path) => {
    const words = path.split(' ');
    const viaOption = await runCli([...words, '--help']);
    expect(viaOption.code, viaOption.stderr).toBe(0);
    expect(viaOption.stdout).toMatch(new RegExp(`^zstack-cli ${path}: `));
    expect(viaOption.stdout).toMatch(/Usage:\n  zstack-cli /);
    expect((await runCli(['help', ...words])).stdout).toBe(viaOption.stdout);
  });

  it('global help lists the one-shot commands; the shell\'s help adds its built-ins and drops shell and sim', async () => {
    const oneShot = (await runCli(['help'])).stdout;
    for (const c of COMMANDS.filter((c) => c.scope !== 'shell')) expect(oneShot).toMatch(new RegExp(`\\n  ${c.name}\\b`));
    expect(oneShot).not.toMatch(/Shell built-ins/);
    const io = memoryIo({ env: tempHome() });
    const session: ShellSession = { results: [], history: [], exiting: false };
    expect(await runOnce(['help'], io, session)).toBe(0);
    expect(io.stdout()).toMatch(/Shell built-ins:\n  more \[N\]/);
    expect(io.stdout()).not.toMatch(/\n  sim\b/);
    for (const o of GLOBAL_OPTIONS) expect(oneShot).toContain(`--${o.name}`);
  });

  it('Tab offers every command where it runs, and each command\'s own options', () => {
    const first = (where: 'cli' | 'shell') => completeWords(catalog, [], '', { where }).candidates.map((c) => c.value);
    for (const c of COMMANDS) {
      expect(first('cli').includes(c.name), c.name).toBe(c.scope !== 'shell');
      expect(first('shell').includes(c.name), c.name).toBe(c.scope !== 'cli');
    }
    for (const [path, c] of all(COMMANDS)) {
      const offered = completeWords(catalog, path, '--', { where: c.scope === 'shell' ? 'shell' : 'cli' }).candidates.map((x) => x.value);
      for (const o of c.options ?? []) expect(offered, path.join(' ')).toContain(`--${o.name}`);
      expect(offered.includes('--profile'), path.join(' ')).toBe(c.globals === true);
      expect(offered).toContain('--help');
    }
  });

  it('shell built-ins refuse to run one-shot, and one-shot-only commands refuse to run in the shell, with a way forward', async () => {
    for (const name of ['more', 'save 1 x', 'history', 'use lab', 'exit']) {
      const r = await runCli(name.split(' '));
      expect(r.code, name).toBe(2);
      expect(r.stderr).toMatch(/works inside the interactive shell\n\s+start it with 'zstack-cli shell'/);
    }
    const io = memoryIo({ env: tempHome() });
    const session: ShellSession = { results: [], history: [], exiting: false };
    expect(await runOnce(['sim'], io, session)).toBe(2);
    expect(await runOnce(['shell'], io, session)).toBe(2);
    expect(io.stderr()).toMatch(/start `zstack-cli sim` in another terminal/);
    expect(io.stderr()).toMatch(/this is the shell already/);
  });

  it('unknown options and commands get a did-you-mean, on every parser', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['QueryVmInstance', '--dryrun'], /unknown option '--dryrun'\n\s+did you mean: --dry-run\?/],
      [['sim', '--prt', '1'], /unknown option '--prt'\n\s+did you mean: --port\?/],
      [['profile', 'list', '--debgu'], /unknown option '--debgu'\n\s+did you mean: --debug\?/],
      [['profile', 'lst'], /unknown command 'lst'\n\s+did you mean: list\?/],
      [['profil', 'list'], /unknown command 'profil'\n\s+did you mean: profile\?/],
      [['completion', 'tcsh'], /shell: 'tcsh' is not one of bash, zsh, fish/],
      [['profile'], /'profile' needs a command: add, use, list, show, remove/],
    ];
    for (const [argv, message] of cases) {
      const r = await runCli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
