// How long a request may take and how large an answer may be: the documented defaults (README "Exit codes"), the
// ways to change them, and how a message names the limit that ran out. Pure.
import { usageError } from '../errors.js';

/** One request (connect, headers and the whole body, retries included) without --timeout, seconds. */
export const DEFAULT_REQUEST_TIMEOUT_S = 300;
/** The largest answer read whole (a query's rows read as they arrive are never held whole: this bounds each row). */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** JSON nested deeper than this is refused: renderers recurse, and no API answers more than a few dozen levels. */
export const MAX_JSON_DEPTH = 512;

/** A point in time a request must end by, the limit it comes from (`--timeout 3 (the whole command)`: messages say
 *  "... ran out") and what to do about it. */
export interface TimeLimit {
  /** ms since the epoch. */
  at: number;
  label: string;
  hint: string;
}

/** What bounds the requests of one command: --timeout (the whole command), the query's `timeout=`, and
 *  ZSTACK_REQUEST_TIMEOUT (each request); without any of them, the default for one request. */
export interface Limits {
  /** The whole command's end (--timeout). */
  deadline?: TimeLimit;
  /** Each request's own limit, ms. */
  request?: { ms: number; label: string; hint: string };
  /** The largest answer held whole, bytes. */
  maxResponseBytes: number;
}

export function commandDeadline(timeoutSec: number, startedAt = Date.now()): TimeLimit {
  return { at: startedAt + timeoutSec * 1000, label: `--timeout ${timeoutSec} (the whole command)`, hint: 'raise --timeout SECONDS, or check the server' };
}

/** The limits of a command's requests, from its deadline, the query's `timeout=` and the environment. */
export function limitsFor(env: Readonly<Record<string, string | undefined>>, deadline: TimeLimit | undefined, queryTimeoutSec?: number): Limits {
  const maxResponseBytes = env.ZSTACK_MAX_RESPONSE ? parseSize(env.ZSTACK_MAX_RESPONSE, 'ZSTACK_MAX_RESPONSE') : DEFAULT_MAX_RESPONSE_BYTES;
  let request: Limits['request'];
  if (queryTimeoutSec !== undefined) request = { ms: queryTimeoutSec * 1000, label: `timeout=${queryTimeoutSec} (one request)`, hint: 'raise timeout=SECONDS, or check the server' };
  else if (env.ZSTACK_REQUEST_TIMEOUT) {
    const s = Number(env.ZSTACK_REQUEST_TIMEOUT);
    if (!/^\d+$/.test(env.ZSTACK_REQUEST_TIMEOUT) || s < 1) throw usageError(`ZSTACK_REQUEST_TIMEOUT: '${env.ZSTACK_REQUEST_TIMEOUT}' is not a number of seconds`);
    request = { ms: s * 1000, label: `ZSTACK_REQUEST_TIMEOUT=${s} (one request)`, hint: 'raise ZSTACK_REQUEST_TIMEOUT (seconds for one request), or check the server' };
  } else if (!deadline) {
    request = {
      ms: DEFAULT_REQUEST_TIMEOUT_S * 1000,
      label: `the default limit of ${DEFAULT_REQUEST_TIMEOUT_S} s for one request`,
      hint: 'raise it with --timeout SECONDS (the whole command) or ZSTACK_REQUEST_TIMEOUT=SECONDS (each request), or check the server',
    };
  }
  return { ...(deadline ? { deadline } : {}), ...(request ? { request } : {}), maxResponseBytes };
}

/** The limit a request that starts now must end by: the earlier of its own and the command's. */
export function requestDeadline(limits: Partial<Limits>, now: number): TimeLimit {
  const own = limits.request ?? { ms: DEFAULT_REQUEST_TIMEOUT_S * 1000, label: `the default limit of ${DEFAULT_REQUEST_TIMEOUT_S} s for one request`, hint: 'check the server' };
  const mine = { at: now + own.ms, label: own.label, hint: own.hint };
  return limits.deadline && limits.deadline.at < mine.at ? limits.deadline : mine;
}

const UNITS: Readonly<Record<string, number>> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** `65536`, `512K`, `64M`, `1G` (a trailing B or iB is allowed): bytes. */
export function parseSize(text: string, where: string): number {
  const m = /^(\d+)\s*([KMG]?)(?:i?B)?$/i.exec(text.trim());
  const bytes = m ? Number(m[1]) * UNITS[m[2].toUpperCase()] : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw usageError(`${where}: '${text}' is not a size (bytes, or a number with K, M or G: 64M)`);
  return bytes;
}

/** Seconds for people (messages add the unit): 0.9, 12. */
export const formatSeconds = (ms: number): string => String(ms < 9950 ? Math.round(ms / 100) / 10 : Math.round(ms / 1000));

/** A size for people: 64 MiB, 512 KiB, 1000 bytes. */
export function formatSize(bytes: number): string {
  for (const [unit, n] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]] as const) if (bytes >= n && bytes % n === 0) return `${bytes / n} ${unit}`;
  return `${bytes} bytes`;
}
