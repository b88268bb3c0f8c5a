// How an error reaches the user, one-shot or in the shell: one line naming the problem, its details indented under
// it, and the stack only with --debug.
import { isCliError } from '../errors.js';
import type { Io } from './io.js';
import { localize } from './locale.js';
import { visible } from './server-text.js';

/** `inShell`: the error of a line typed in the interactive shell, whose hints name what to type there. */
export function reportError(io: Io, error: unknown, debug: boolean, inShell = false): void {
  if (isCliError(error)) {
    if (error.reported) return;
    // In the user's language before the hint is rewritten for the shell: the message ids are the program's words.
    const hint = (line: string) => (inShell ? forShell(localize(io, line)) : localize(io, line));
    // Server text is escaped where it is put into a message (src/output/server-text.ts); this is the net under it:
    // nothing an error says can drive the terminal.
    const message = hint(error.message);
    io.say('error', `zstack-cli: ${visible(message, true)}`);
    // A detail the message says already (a server's Chinese text, once the message is in Chinese too) is not repeated.
    for (const d of error.details.map(hint)) if (!sameWords(message, d)) io.say('error', `  ${visible(d, true)}`);
    if (debug && error.stack) io.say('debug', error.stack);
    return;
  }
  const e = error as Error;
  io.say('error', `zstack-cli: internal error: ${visible(e?.message ?? String(error), true)}`);
  if (debug && e?.stack) io.say('debug', e.stack);
  else io.say('error', '  run again with --debug for the stack trace');
}

/** Whether `detail` is already in `message`, spaces and the width of commas aside. */
const sameWords = (message: string, detail: string): boolean => {
  const words = (t: string) => t.replace(/[\s,，。.]/g, '');
  return words(detail) !== '' && words(message).includes(words(detail));
};

/** A hint as it reads inside the shell: `zstack-cli --profile lab LogInByAccount ...` becomes `LogInByAccount ...`
 *  (the shell's line runs on its profile already). Commands that run only on their own (sim, shell, completion)
 *  keep the program's name. */
export function forShell(line: string): string {
  return line.replace(/\bzstack-cli(?: --profile \S+| --sim)* (?!(?:sim|shell|completion)\b)(?=[A-Za-z])/g, '');
}
