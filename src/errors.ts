// Errors are values with a kind. Exactly one place (exitCodeFor) turns a kind into a process exit code.

/** `timeout`: a time limit ran out: --timeout (the whole command), the limit of one request (a server that does not
 *  answer, or not whole), a job's or `wait`'s wait. `transport`: the server could not be reached or understood. */
export type ErrorKind = 'usage' | 'api' | 'transport' | 'auth' | 'timeout' | 'interrupted' | 'internal';

export class CliError extends Error {
  readonly kind: ErrorKind;
  /** Extra lines shown under the message (hints, valid values, cause chain). */
  readonly details: readonly string[];

  /** True when the user has been told already (a batch's failed lines): only the exit code is left to give. */
  readonly reported: boolean;

  constructor(kind: ErrorKind, message: string, details: readonly string[] = [], reported = false) {
    super(message);
    this.name = 'CliError';
    this.kind = kind;
    this.details = details;
    this.reported = reported;
  }
}

export const usageError = (message: string, details: readonly string[] = []): CliError =>
  new CliError('usage', message, details);

/** The documented exit codes (README "Exit codes"). */
export const EXIT = {
  ok: 0,
  api: 1,
  usage: 2,
  transport: 3,
  auth: 4,
  /** As coreutils `timeout` exits. */
  timeout: 124,
  interrupted: 130,
  internal: 70,
} as const;

/** Duck-typed, so an error thrown by a separately bundled module (the simulator, completion) still counts. */
export function isCliError(error: unknown): error is CliError {
  return error instanceof CliError || (error instanceof Error && error.name === 'CliError' && typeof (error as CliError).kind === 'string' && Array.isArray((error as CliError).details));
}

export function exitCodeFor(error: unknown): number {
  return isCliError(error) ? (EXIT[error.kind] ?? EXIT.internal) : EXIT.internal;
}
