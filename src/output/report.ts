// How an error reaches the user, one-shot or in the shell: one line naming the problem, its details indented under
// it, and the stack only with --debug.
import { isCliError } from '../errors.js';
import type { Io } from './io.js';

export function reportError(io: Io, error: unknown, debug: boolean): void {
  if (isCliError(error)) {
    if (error.reported) return;
    io.say('error', `zstack-cli: ${error.message}`);
    for (const d of error.details) io.say('error', `  ${d}`);
    if (debug && error.stack) io.say('debug', error.stack);
    return;
  }
  const e = error as Error;
  io.say('error', `zstack-cli: internal error: ${e?.message ?? String(error)}`);
  if (debug && e?.stack) io.say('debug', e.stack);
  else io.say('error', '  run again with --debug for the stack trace');
}
