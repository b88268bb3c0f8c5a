// Shared by the EOS and AC simulator tests: raw HTTP over node:http (no client code: the simulators are checked as
// an independent oracle of the wire contract), temporary state files, and the state-file checks both share.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { CliError } from '../../src/errors.js';
import type { ProviderSimOptions, RunningProviderSim } from '../../src/sim/provider-sim.js';

export interface HttpAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  // Replies are checked field by field in the tests.
  body: any;
}

/** One request; `headers` are sent as given (names as spelt, empty values too), `body` as JSON unless it is a string. */
export function http(port: number, method: string, path: string, opts: { headers?: Record<string, string>; body?: unknown } = {}): Promise<HttpAnswer> {
  const payload = opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  const headers: Record<string, string> = { ...opts.headers };
  if (payload !== undefined) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(payload)) });
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON: the text itself
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** A state file path in a fresh temporary directory (the file itself does not exist yet). */
export function tempStateFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'zstack-cli-provider-sim-')), 'sim', 'state.json');
}

/** The error a promise rejects with (undefined when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => undefined,
    (e: unknown) => e,
  );
}

type Start = (opts: ProviderSimOptions) => Promise<RunningProviderSim>;

/** A state file as a simulator writes it at its first start, and its parsed content (to damage or adjust). */
export async function seededStateFile(start: Start): Promise<{ file: string; state: any }> {
  const file = tempStateFile();
  await (await start({ port: 0, stateFile: file })).close();
  return { file, state: JSON.parse(readFileSync(file, 'utf8')) };
}

/** Each damaged content in turn: starting on it is a CliError saying "damaged", and the file is left as it was. */
export async function expectDamagedRefused(start: Start, file: string, damages: readonly string[]): Promise<void> {
  for (const damage of damages) {
    writeFileSync(file, damage);
    const err = await rejection(start({ port: 0, stateFile: file }));
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).message).toMatch(/damaged/);
    expect(readFileSync(file, 'utf8')).toBe(damage);
  }
}

/** While one simulator owns a state file, a second one is refused, or runs read-only when asked: `change` (a
 *  successful change through the copy) leaves the file as it was. */
export async function expectBusyFile(start: Start, change: (copy: RunningProviderSim) => Promise<void>): Promise<void> {
  const file = tempStateFile();
  const owner = await start({ port: 0, stateFile: file });
  try {
    expect(((await rejection(start({ port: 0, stateFile: file }))) as CliError).message).toMatch(/in use/);
    const copy = await start({ port: 0, stateFile: file, busyState: 'readOnly' });
    try {
      expect(copy.readOnly).toBe(true);
      const before = readFileSync(file, 'utf8');
      await change(copy);
      expect(readFileSync(file, 'utf8')).toBe(before);
    } finally {
      await copy.close();
    }
  } finally {
    await owner.close();
  }
}
