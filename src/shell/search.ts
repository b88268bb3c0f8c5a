// Ctrl-R in the shell: reverse incremental search through the history, as in bash. Node's readline has none, so while
// a search is on, its key handling is set aside and this one reads the keys; the match found becomes the line.
import type { Interface } from 'node:readline';

interface Key {
  name?: string;
  ctrl?: boolean;
  meta?: boolean;
  sequence?: string;
}

type KeyListener = (s: string | undefined, key: Key | undefined) => void;

/** Adds Ctrl-R to a terminal readline interface. `lines`: the history, newest first. Answers the detach function. */
export function addReverseSearch(rl: Interface, input: NodeJS.ReadableStream, output: NodeJS.WritableStream, lines: readonly string[]): () => void {
  let search: { query: string; at: number; set: KeyListener[] } | undefined;

  const find = (query: string, from: number): number => {
    for (let i = from; i < lines.length; i++) if (lines[i].includes(query)) return i;
    return -1;
  };
  const render = () => {
    if (!search) return;
    const match = search.at >= 0 ? lines[search.at] : '';
    const label = search.at >= 0 || !search.query ? 'reverse-i-search' : 'failing reverse-i-search';
    output.write(`\r\x1b[K(${label})\`${search.query}': ${match}`);
  };
  /** Leaves the search: readline gets the keys back; `line` (the match, when taken) replaces the line. */
  const leave = (line: string | undefined) => {
    if (!search) return;
    for (const l of search.set) input.on('keypress', l);
    search = undefined;
    output.write('\r\x1b[K');
    rl.prompt(true);
    if (line !== undefined) {
      rl.write(null, { ctrl: true, name: 'e' });
      rl.write(null, { ctrl: true, name: 'u' });
      rl.write(line);
    }
  };

  const onKey: KeyListener = (s, key) => {
    if (!search) {
      if (key?.ctrl && key.name === 'r') {
        const set = input.listeners('keypress').filter((l) => l !== onKey) as KeyListener[];
        for (const l of set) input.removeListener('keypress', l);
        search = { query: '', at: -1, set };
        render();
      }
      return;
    }
    const match = search.at >= 0 ? lines[search.at] : undefined;
    if (key?.ctrl && key.name === 'r') {
      const next = find(search.query, search.at + 1);
      if (next >= 0) search.at = next;
      return render();
    }
    if ((key?.ctrl && (key.name === 'g' || key.name === 'c')) || key?.name === 'escape') return leave(undefined);
    if (key?.name === 'backspace') {
      search.query = search.query.slice(0, -1);
      search.at = search.query ? find(search.query, 0) : -1;
      return render();
    }
    if (key?.name === 'return' || key?.name === 'enter') {
      leave(match);
      rl.write(null, { name: 'return' });
      return;
    }
    if (s && s.length === 1 && s >= ' ' && !key?.ctrl && !key?.meta) {
      search.query += s;
      search.at = find(search.query, Math.max(0, search.at));
      return render();
    }
    // Any other key (arrows, Ctrl-A, Ctrl-E, Tab): take the match and let readline have the key.
    leave(match);
    rl.write(s ?? null, key as Parameters<Interface['write']>[1]);
  };

  input.prependListener('keypress', onKey);
  return () => {
    if (search) for (const l of search.set) input.on('keypress', l);
    search = undefined;
    input.removeListener('keypress', onKey);
  };
}
