// A management node that misbehaves on purpose: every request is answered with the fault it is set to (hang, drip,
// reset, HTML, escape sequences, huge and deep bodies, null, a bad job location, an expired session, ...). Used by
// test/integration/faults.test.ts; each fault is what a broken proxy, a crashed node or a hostile server can send.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault =
  /** Reads the request and never answers. */
  | 'hang'
  /** Answers 200 at once, then its body one byte every `dripMs` (forever). */
  | 'drip'
  /** Answers 200, half a JSON body, then closes the connection. */
  | 'reset'
  /** A 500 (a POST) or 502 (from a proxy) HTML error page. */
  | 'html'
  /** A ZStack API error whose description holds escape sequences (retitle the terminal, clear it, move the cursor). */
  | 'escapes'
  /** A ZStack API error whose description is `size` characters long. */
  | 'long'
  /** A 200 of `size` bytes, its length declared in Content-Length. */
  | 'huge'
  /** A 200 of `size` bytes, sent chunked (no length declared). */
  | 'huge-chunked'
  /** A query answer of one row of `size` characters. */
  | 'huge-row'
  /** A 200 whose JSON is nested `depth` levels deep. */
  | 'deep'
  /** A 200 whose body is `null`. */
  | 'null'
  /** A 202 whose job location is not a URL. */
  | 'bad-location'
  /** A 202 with a good job location whose polls are never answered. */
  | 'job-hang'
  /** A 503 ID.1001: the session expired. */
  | 'expired'
  /** A query answer whose row holds escape sequences in its name (and in a key). */
  | 'hostile-rows'
  /** An EOS (OpenStack) error record whose message holds escape sequences. */
  | 'eos-escapes'
  /** An AC answer with an unknown error code and escape sequences in `msg`. */
  | 'ac-escapes'
  /** Not HTTP at all. */
  | 'garbage';

export interface FaultyServer {
  port: number;
  fault: Fault;
  /** For drip: the pause between two bytes. */
  dripMs: number;
  /** For huge and long: how many bytes or characters. */
  size: number;
  /** For deep: how many levels. */
  depth: number;
  /** Requests seen (method and url). */
  seen: { method: string; url: string }[];
  close(): Promise<void>;
}

/** What a hostile server puts in its text: a new terminal title, a cleared screen, the cursor moved home, a bell, an
 *  8-bit CSI, a right-to-left override. */
export const HOSTILE_TEXT = 'boom\x1b]0;pwned\x07\x1b[2J\x1b[H\r\nzstack-cli: fake line\x9b31m\u202edesrever';

export async function faultyServer(fault: Fault = 'hang'): Promise<FaultyServer> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      fake.seen.push({ method: req.method ?? '', url: req.url ?? '' });
      answer(fake, req, res, timers);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    if (fake.fault === 'garbage') s.end('SSH-2.0-OpenSSH_9.6\r\n\x1b[2Jnot http at all\r\n\r\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const fake: FaultyServer = {
    port: (server.address() as AddressInfo).port,
    fault,
    dripMs: 50,
    size: 2 * 1024 * 1024,
    depth: 100_000,
    seen: [],
    close: () =>
      new Promise((r) => {
        for (const t of timers) clearInterval(t);
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
  return fake;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

function answer(fake: FaultyServer, req: IncomingMessage, res: ServerResponse, timers: Set<NodeJS.Timeout>): void {
  switch (fake.fault) {
    case 'hang':
    case 'garbage':
      return;
    case 'drip': {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const body = JSON.stringify({ inventories: [] }) + ' '.repeat(1_000_000);
      let i = 0;
      const t = setInterval(() => {
        if (res.destroyed || i >= body.length) {
          clearInterval(t);
          timers.delete(t);
          return void res.end();
        }
        res.write(body[i++]);
      }, fake.dripMs);
      timers.add(t);
      return;
    }
    case 'reset':
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
      res.write('{"inventories":[{"uuid":"a"},');
      setTimeout(() => res.socket?.destroy(), 10);
      return;
    case 'html': {
      const status = req.method === 'GET' ? 502 : 500;
      const title = status === 502 ? '502 Bad Gateway' : '500 Internal Server Error';
      res.writeHead(status, { 'Content-Type': 'text/html' });
      res.end(`<!DOCTYPE html>\n<html>\n<head><title>${title}</title></head>\n<body>\n<center><h1>${title}</h1></center>\n<hr><center>nginx/1.24.0</center>\n</body>\n</html>\n`);
      return;
    }
    case 'escapes':
      return json(res, 503, { error: { code: 'SYS.1000\x1b[31m', description: HOSTILE_TEXT, details: `details ${HOSTILE_TEXT}`, cause: { code: 'HOST.1001', description: HOSTILE_TEXT } } });
    case 'long':
      return json(res, 503, { error: { code: 'SYS.1000', description: `start ${'x'.repeat(fake.size)} end` } });
    case 'huge':
    case 'huge-chunked': {
      const head = '{"inventories":[';
      const row = '{"uuid":"00000000000000000000000000000000","name":"a row of a huge answer"},';
      const rows = Math.ceil((fake.size - head.length) / row.length);
      res.writeHead(200, { 'Content-Type': 'application/json', ...(fake.fault === 'huge' ? { 'Content-Length': String(head.length + rows * row.length + 1) } : {}) });
      res.write(head);
      let left = rows;
      const chunk = row.repeat(1000);
      const more = () => {
        while (left > 0 && !res.destroyed) {
          const n = Math.min(left, 1000);
          left -= n;
          const piece = n === 1000 ? chunk : row.repeat(n);
          const last = left === 0;
          if (!res.write(last ? `${piece.slice(0, -1)}]}` : piece)) return void res.once('drain', more);
        }
        res.end();
      };
      more();
      return;
    }
    case 'huge-row':
      return json(res, 200, `{"inventories":[{"uuid":"a","description":"${'x'.repeat(fake.size)}"}],"total":1}`);
    case 'deep':
      return json(res, 200, `{"inventories":${'['.repeat(fake.depth)}${']'.repeat(fake.depth)}}`);
    case 'null':
      return json(res, 200, 'null');
    case 'bad-location':
      if (req.method === 'GET') return json(res, 200, { inventories: [] });
      return json(res, 202, { location: 'api-jobs/\x1b[2Jnot a url' });
    case 'job-hang':
      if (req.method === 'GET') return;
      return json(res, 202, { location: `http://127.0.0.1:${fake.port}/zstack/v1/api-jobs/j1` });
    case 'expired':
      return json(res, 503, { error: { code: 'ID.1001', description: 'Session expired', details: 'the session has expired' } });
    case 'hostile-rows':
      return json(res, 200, { inventories: [{ uuid: 'a', name: HOSTILE_TEXT, 'key\x1b[2J': 'v' }] });
    case 'eos-escapes':
      return json(res, 401, { error: { code: 401, title: 'Unauthorized\x1b[2J', message: HOSTILE_TEXT } });
    case 'ac-escapes':
      return json(res, 200, { code: '99999\x1b[31m', msg: HOSTILE_TEXT, data: null });
  }
}
