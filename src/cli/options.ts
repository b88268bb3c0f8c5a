// The options of an API verb's command line, read from the registry's table (GLOBAL_OPTIONS), wherever they stand:
// `--name`, `--name value`, `--name=value`, `-x value`, `-xvalue`, `-hV` (short flags together), `--` (only words
// after it). Pure: words in, values and words out, or a usage error (exit 2) that names the option.
// The built-in commands read theirs with commander (src/cli/program.ts); this is the verb path, which every API call
// takes, and node:util's parseArgs cost it a millisecond of start-up to load and run once.
import type { OptionSpec } from '../commands.js';
import { usageError } from '../errors.js';
import { suggest } from '../util/suggest.js';

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

const SEE_OPTIONS = "run 'zstack-cli help' for the options";

/** Reads `argv` against `specs`: the values by long name (a flag is true; an option given more than once keeps its
 *  last value, or every value when it is `multiple`) and the other words in order. */
export function readOptions(argv: readonly string[], specs: readonly OptionSpec[]): { values: OptionValues; words: string[] } {
  const values: OptionValues = {};
  const words: string[] = [];
  const set = (spec: OptionSpec, value: string | true) => {
    if (spec.multiple && typeof value === 'string') ((values[spec.name] as string[] | undefined) ?? (values[spec.name] = [] as string[])).push(value);
    else values[spec.name] = value;
  };
  /** The value of `spec` written as the next word: refused when it is missing or looks like an option itself. */
  const nextValue = (spec: OptionSpec, i: number): string => {
    const value = argv[i];
    if (value === undefined || (value.length > 1 && value.startsWith('-'))) {
      // The next word is an option of its own (or `--`): the value is missing. Else it may be a value that begins
      // with '-', which goes after an '='.
      const option = value === undefined || value === '--' || specs.some((o) => value === `--${o.name}` || value.startsWith(`--${o.name}=`) || (o.short && value.startsWith(`-${o.short}`)));
      throw usageError(`option ${label(spec)} needs a value`, [...(option ? [] : [`a value that begins with '-' follows an '=': --${spec.name}=${value}`]), SEE_OPTIONS]);
    }
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const name = eq < 0 ? word.slice(2) : word.slice(2, eq);
      const spec = specs.find((o) => o.name === name);
      if (!spec) throw unknownOption(`--${name}`, specs);
      if (spec.value === undefined) {
        if (eq >= 0) throw usageError(`option --${name} does not take a value`, [SEE_OPTIONS]);
        set(spec, true);
      } else set(spec, eq >= 0 ? word.slice(eq + 1) : nextValue(spec, ++i));
    } else if (word.length > 1 && word.startsWith('-')) {
      // Short options together: flags, then perhaps one that takes the rest of the word (or the next word) as its value.
      for (let k = 1; k < word.length; k++) {
        const spec = specs.find((o) => o.short === word[k]);
        if (!spec) throw unknownOption(`-${word[k]}`, specs);
        if (spec.value === undefined) {
          set(spec, true);
          continue;
        }
        set(spec, k + 1 < word.length ? word.slice(k + 1) : nextValue(spec, ++i));
        break;
      }
    } else words.push(word);
  }
  return { values, words };
}

const label = (spec: OptionSpec): string => `${spec.short ? `-${spec.short}, ` : ''}--${spec.name}${spec.value ? ` <${spec.value}>` : ''}`;

function unknownOption(written: string, specs: readonly OptionSpec[]) {
  const near = written.startsWith('--') ? suggest(written, specs.map((o) => `--${o.name}`)) : [];
  return usageError(`unknown option '${written}'`, [...(near.length ? [`did you mean: ${near.join(', ')}?`] : []), SEE_OPTIONS]);
}
