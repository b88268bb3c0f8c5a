// Errors the simulator answers. ApiFailure becomes a 503 `{"error": ...}` (or a failed job); RestFailure a plain-text
// 400/404/405 raised before any API runs, as the real server's REST layer does.

/** Error codes, chosen after the real server's SysErrors / IdentityErrors / VmErrors numbering. */
export const CODES = {
  internal: 'SYS.1000',
  notFound: 'SYS.1003',
  operation: 'SYS.1006',
  invalidArgument: 'SYS.1007',
  authentication: 'ID.1000',
  invalidSession: 'ID.1001',
  permissionDenied: 'ID.1002',
  quotaExceeded: 'ID.1003',
  vmNotInCorrectState: 'VM.1010',
  ldap: 'LDAP.1000',
} as const;

export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    readonly description: string,
    readonly details: string,
    readonly wrapped?: ApiFailure,
  ) {
    super(details);
  }

  toJSON(): { error: Record<string, unknown> } {
    return { error: this.errorCode() };
  }

  private errorCode(): Record<string, unknown> {
    const e: Record<string, unknown> = { code: this.code, description: this.description, details: this.details };
    if (this.wrapped) e.cause = this.wrapped.errorCode();
    return e;
  }
}

export class RestFailure extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 405 | 500,
    message: string,
  ) {
    super(message);
  }
}

/** What the real server answers for an exception inside a service (an unknown query field, a failed SQL statement). */
export const internalError = (details: string): ApiFailure => new ApiFailure(CODES.internal, 'An internal error happened in system', details);
export const invalidArgument = (details: string): ApiFailure => new ApiFailure(CODES.invalidArgument, 'One or more API argument is invalid', details);
export const notFound = (what: string, uuid: string): ApiFailure =>
  new ApiFailure(CODES.notFound, 'Resource not found', `cannot find ${what}[uuid:${uuid}], it may have been deleted`);
export const permissionDenied = (details: string): ApiFailure => new ApiFailure(CODES.permissionDenied, 'Permission denied', details);
/** A real API the simulator has no model of: an API error that names it, never a 404. */
export const notModelled = (verb: string): ApiFailure =>
  new ApiFailure(CODES.internal, `${verb} is not simulated`, `the zstack-cli simulator does not model ${verb}; it answers every Query verb and the APIs listed in the README`);
