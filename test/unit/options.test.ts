// The verb path's option reader against node:util's parseArgs (the reader it replaced) as the oracle, on every
// well-formed command line, and its own messages for the ill-formed ones.
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readOptions } from '../../src/cli/options.js';
import { GLOBAL_OPTIONS } from '../../src/commands.js';
import { CliError } from '../../src/errors.js';

const oracle = (argv: string[]) => {
  const options = Object.fromEntries(
    GLOBAL_OPTIONS.map((o) => [o.name, { type: o.value ? ('string' as const) : ('boolean' as const), ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) }]),
  );
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  return { values: { ...values }, words: positionals };
};

const failure = (argv: string[]) => {
  try {
    readOptions(argv, GLOBAL_OPTIONS);
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    expect((e as CliError).kind).toBe('usage');
    return `${(e as CliError).message}\n${(e as CliError).details.join('\n')}`;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
};

describe('readOptions', () => {
  it('reads every well-formed command line as parseArgs does (property)', () => {
    const valued = GLOBAL_OPTIONS.filter((o) => o.value);
    const flags = GLOBAL_OPTIONS.filter((o) => !o.value);
    const value = fc.stringMatching(/^[a-z0-9=.,:>]{1,8}$/);
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9=.<>!?~]{0,10}$/);
    const piece = fc.oneof(
      word.map((w) => [w]),
      fc.constantFrom(...flags).map((o) => [`--${o.name}`]),
      fc.tuple(fc.constantFrom(...valued), value, fc.boolean()).map(([o, v, inline]) => (inline ? [`--${o.name}=${v}`] : [`--${o.name}`, v])),
      fc.tuple(fc.constantFrom(...valued.filter((o) => o.short)), value, fc.boolean()).map(([o, v, joined]) => (joined ? [`-${o.short}${v}`] : [`-${o.short}`, v])),
      fc.subarray(flags.filter((o) => o.short), { minLength: 1 }).map((os) => [`-${os.map((o) => o.short).join('')}`]),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.option(fc.array(fc.oneof(word, fc.constant('--x'), fc.constant('-')), { maxLength: 3 })), (pieces, tail) => {
        const argv = [...pieces.flat(), ...(tail ? ['--', ...tail] : [])];
        expect(readOptions(argv, GLOBAL_OPTIONS)).toEqual(oracle(argv));
      }),
      { numRuns: 500 },
    );
  });

  it('worked examples: anywhere on the line, joined shorts, repeated columns, the last of a repeated value', () => {
    expect(readOptions(['QueryVmInstance', '-Hhost1', 'name=vm1', '-p', '8081', '--dry-run', '-c', 'uuid', '-cname', '-o', 'json', '-o', 'value'], GLOBAL_OPTIONS)).toEqual({
      values: { host: 'host1', port: '8081', 'dry-run': true, column: ['uuid', 'name'], output: 'value' },
      words: ['QueryVmInstance', 'name=vm1'],
    });
    expect(readOptions(['-hV', 'X'], GLOBAL_OPTIONS).values).toEqual({ help: true, version: true });
    expect(readOptions(['-', 'a', '--', '--dry-run', '-p'], GLOBAL_OPTIONS)).toEqual({ values: {}, words: ['-', 'a', '--dry-run', '-p'] });
    expect(readOptions(['--query=-x', '--context-path='], GLOBAL_OPTIONS).values).toEqual({ query: '-x', 'context-path': '' });
  });

  it('says what is wrong with an option, and what was meant', () => {
    expect(failure(['QueryVmInstance', '--dryrun'])).toMatch(/^unknown option '--dryrun'\ndid you mean: --dry-run\?/);
    expect(failure(['--dryrun=1'])).toMatch(/^unknown option '--dryrun'\n/);
    expect(failure(['-x'])).toMatch(/^unknown option '-x'\nrun 'zstack-cli help'/);
    expect(failure(['-hx'])).toMatch(/^unknown option '-x'/);
    expect(failure(['QueryZone', '-p'])).toMatch(/^option -p, --port <port> needs a value\nrun 'zstack-cli help'/);
    expect(failure(['--page-size', '-5'])).toMatch(/^option --page-size <n> needs a value\na value that begins with '-' follows an '=': --page-size=-5/);
    expect(failure(['-o', '--dry-run'])).toBe("option -o, --output <format> needs a value\nrun 'zstack-cli help' for the options");
    expect(failure(['QueryVmInstance', '-p', '-o', 'json'])).toBe("option -p, --port <port> needs a value\nrun 'zstack-cli help' for the options");
    expect(failure(['--host', '--'])).toMatch(/^option -H, --host <host> needs a value\nrun/);
    expect(failure(['--debug=yes'])).toMatch(/^option --debug does not take a value/);
  });
});
