// What keeps one request from taking a simulator down: a cap on the request body (read without buffering past it),
// and long work (a scan of a million generated rows, a reply of a million rows) done in slices, so other clients are
// served in between, memory holds one slice, and a closing simulator stops it at the next slice. Shared by the ZStack
// simulator and the EOS and AC simulators.
import type { IncomingMessage } from 'node:http';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** The largest request body a simulator reads (10 MiB); a bigger one is answered 413 (`maxBodyBytes` changes it). */
export const DEFAULT_MAX_BODY_BYTES = 10 * 2 ** 20;

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the request body is larger than the simulator's limit of ${limit} bytes`);
  }
}

/** The request body as UTF-8 text; rejects with BodyTooLarge as soon as the declared length or the bytes received
 *  pass `limit`. What arrives after that is read and dropped, never kept: the client, still sending, gets the 413 and
 *  keeps its connection (cutting it while it sends could lose the answer). */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > limit) {
      reject(new BodyTooLarge(limit));
      return;
    }
    let chunks: Buffer[] | undefined = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (!chunks) return;
      if (size <= limit) chunks.push(c);
      else {
        chunks = undefined;
        reject(new BodyTooLarge(limit));
      }
    });
    req.on('end', () => chunks && resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Work done in slices: the generator yields (undefined) where it may pause, or a piece of the reply to write. */
export type Work<T, Piece = never> = Generator<Piece | undefined, T, void>;

/** Rows looked at between two points where work may pause. */
export const SLICE_ROWS = 1024;

/** How long work runs before other clients get their turn. */
const SLICE_MS = 10;

/** Runs work to its end at once (no other client is served meanwhile): for small work and tests. */
export function finish<T>(work: Work<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** Runs work in slices of about 10 ms, letting the event loop serve others in between; `write` takes each piece of
 *  the reply (and may wait for the client to read). Throws the signal's reason once it is aborted (the simulator is
 *  closing, or the client went away). */
export async function drive<T, Piece>(work: Work<T, Piece>, signal: AbortSignal, write?: (piece: Piece) => void | Promise<void>): Promise<T> {
  let since = performance.now();
  try {
    for (;;) {
      const step = work.next();
      if (step.done) return step.value;
      if (step.value !== undefined) await write?.(step.value);
      if (performance.now() - since >= SLICE_MS) {
        await nextTurn();
        since = performance.now();
      }
      signal.throwIfAborted();
    }
  } finally {
    work.return(undefined as never);
  }
}
