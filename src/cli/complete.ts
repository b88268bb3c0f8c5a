// `zstack-cli __complete <words...>` (run by the shell scripts on every Tab) and `zstack-cli completion <shell>`.
// Start-up matters here more than anywhere: this module's static imports are the engine, the catalog and the cache;
// the full program runs only in the background cache refresh, as a child process.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { getCatalog } from '../catalog/index.js';
import type { Catalog } from '../catalog/catalog.js';
import { CachedValues, cachePath, liveValuesFrom, refreshCache, spawnRefresh } from '../complete/cache.js';
import { completeScan, scanWords, splitLine, type Candidate, type Completion, type ValueSource } from '../complete/engine.js';
import { COMPLETION_SCRIPTS } from '../complete/scripts.js';
import { findCommand } from '../commands.js';
import { usageError } from '../errors.js';
import type { Io } from '../output/io.js';
import type { ShellCompletion } from '../shell/shell.js';
import { readConfig, type ConfigFile } from '../session/config.js';
import { quoteWord } from '../util/quote.js';
import { profileCatalog, profileNameFor, SIM_PROFILE } from './context.js';

const DIRECTIVE_NO_SPACE = 2;
const DIRECTIVE_NO_FILES = 4;
/** First word of the background refresh (`zstack-cli __complete --refresh-cache <profile> <Inventory>`). */
const REFRESH = '--refresh-cache';
/** How long the first Tab for an inventory waits for its very first fetch (later ones use the cache at once). */
const FIRST_FETCH_WAIT_MS = 400;

export interface CompleteRunOptions {
  /** How to start the CLI for a background refresh; default: this process's node and script when it is zstack-cli. */
  refreshCommand?: readonly string[] | null;
  firstFetchWaitMs?: number;
  /** Where the line is typed: after `zstack-cli` (default) or in the interactive shell. */
  where?: 'cli' | 'shell';
  /** The provider the caller was started with (the shell's --provider), unless the words name one. */
  provider?: string;
  /** The shell's kept results, newest first (for `more` and `save`). */
  results?: () => readonly { n: number; line: string }[];
}

function defaultRefreshCommand(profile: string): string[] | undefined {
  const script = process.argv[1];
  // Only a real zstack-cli process knows how to re-run itself (not a test runner or the interactive shell's host).
  if (!script || !/^zstack-cli(\.m?js)?$/.test(basename(script))) return undefined;
  return [process.execPath, script, '__complete', REFRESH, profile];
}

const clean = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');

interface Answer {
  candidates: Candidate[];
  directive: number;
}

/** The answer from what is cached now, for the profile the words choose (--sim, --profile, else the caller's);
 *  a refresh of stale values is started in the background. `awaited` names the inventories with nothing cached yet
 *  whose first fetch was just started, and `again` answers once more. */
function answerNow(all: readonly string[], env: Io['env'], profileOption: string | undefined, options: CompleteRunOptions) {
  const scan = scanWords(all.slice(0, -1));
  const current = all.length ? all[all.length - 1] : '';
  const option = scan.sim ? SIM_PROFILE : scan.profile ?? profileOption;
  let config: ConfigFile;
  try {
    config = readConfig(env);
  } catch {
    config = { profiles: Object.create(null) }; // a damaged config must not break Tab
  }
  const profile = profileNameFor(option, env, config);
  const catalog = profileCatalog(env, config, profile, scan.provider ?? options.provider);
  const withResults = (values: CachedValues): ValueSource =>
    options.results ? { uuids: (inv) => values.uuids(inv), profiles: () => values.profiles(), catalogs: () => values.catalogs(), results: options.results } : values;
  const compute = (values: CachedValues): Answer => fromCompletion(completeScan(catalog, scan, current, { values: withResults(values), where: options.where }));
  const values = new CachedValues(env, profile);
  const answer = compute(values);
  const again = () => compute(new CachedValues(env, profile));
  const command = options.refreshCommand === undefined ? defaultRefreshCommand(profile) : options.refreshCommand ?? undefined;
  const stale = [...values.stale].filter((inv) => queryVerbOf(catalog, inv));
  const started = command ? stale.filter((inv) => spawnRefresh(env, profile, inv, command)) : [];
  return { answer, again, profile, catalog, awaited: started.filter((inv) => values.missing.has(inv)) };
}

async function answerFor(all: readonly string[], env: Io['env'], profileOption: string | undefined, options: CompleteRunOptions): Promise<{ answer: Answer; catalog: Catalog }> {
  const now = answerNow(all, env, profileOption, options);
  if (!now.awaited.length) return now;
  // Nothing cached yet: give the first fetch a moment, so the very first Tab can already show UUIDs.
  const deadline = Date.now() + (options.firstFetchWaitMs ?? FIRST_FETCH_WAIT_MS);
  while (Date.now() < deadline && !now.awaited.every((inv) => existsSync(cachePath(env, now.profile, inv)))) {
    await new Promise((r) => setTimeout(r, 20));
  }
  return { answer: now.again(), catalog: now.catalog };
}

/** Answers one `__complete` request on io.out (see the protocol in completions/zstack-cli.bash). */
export async function runComplete(all: string[], io: Io, options: CompleteRunOptions = {}): Promise<void> {
  if (all[0] === REFRESH) return runRefresh(all[1], all[2], io);
  const { answer } = await answerFor(all, io.env, undefined, options);
  const lines = answer.candidates.map((c) => (c.description ? `${clean(c.value)}\t${clean(c.description)}` : clean(c.value)));
  lines.push(`:${answer.directive}`);
  io.out(lines.join('\n'));
}

/** Tab inside a `#` comment: nothing (the comment is the user's own text). */
const inCommentNothing = (): ShellCompletion => ({ completions: [], replaced: '', listing: [] });

/** For the interactive shell (src/shell/shell.ts): what readline gets and what a listing shows. */
export async function completeForShell(line: string, env: Io['env'], profile: string | undefined, options: CompleteRunOptions = {}): Promise<ShellCompletion> {
  const { words, current, currentStart, inComment } = splitLine(line);
  if (inComment) return inCommentNothing();
  const { answer, catalog } = await answerFor([...words, current], env, profile, options);
  return shellForm(line, currentStart, current, answer, catalog);
}

/** The same, at once, from the cache as it is (a refresh still starts in the background). The interactive shell
 *  needs this: while an asynchronous completion is pending, readline lets a quick second Tab reach the line. */
export function completeForShellNow(line: string, env: Io['env'], profile: string | undefined, options: CompleteRunOptions = {}): ShellCompletion {
  const { words, current, currentStart, inComment } = splitLine(line);
  if (inComment) return inCommentNothing();
  const now = answerNow([...words, current], env, profile, options);
  return shellForm(line, currentStart, current, now.answer, now.catalog);
}

/** Candidates quoted for the shell's splitter; a lone candidate that completes a word carries its trailing space.
 *  The listing shows each candidate without what is typed up to the word's last `=` or `,` (a UUID, not
 *  `uuid=` again), with its description (a resource's name beside its UUID, what a parameter is), in the engine's
 *  order (required parameters first, resources by name); commands and verbs, hundreds of them, by name alone and
 *  alphabetically. */
function shellForm(line: string, currentStart: number, current: string, answer: Answer, catalog: Catalog): ShellCompletion {
  const completions = answer.candidates.map((c) => quoteWord(c.value));
  if (completions.length === 1 && !(answer.directive & DIRECTIVE_NO_SPACE)) completions[0] += ' ';
  const typed = current.slice(0, Math.max(current.lastIndexOf('='), current.lastIndexOf(',')) + 1);
  const shown = (value: string) => (value.startsWith(typed) ? value.slice(typed.length) : value);
  const verbs = verbNames(catalog);
  const listing = answer.candidates.every((c) => verbs.has(c.value) || findCommand(c.value))
    ? answer.candidates.map((c) => ({ text: c.value })).sort((a, b) => alphabetically(a.text, b.text))
    : answer.candidates.map((c) => ({ text: shown(c.value), note: c.description }));
  return { completions, replaced: line.slice(currentStart), listing };
}

const alphabetically = (a: string, b: string): number => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
};

function fromCompletion(r: Completion): Answer {
  return { candidates: r.candidates, directive: (r.files ? 0 : DIRECTIVE_NO_FILES) | (r.noSpace ? DIRECTIVE_NO_SPACE : 0) };
}

// Built once per catalog: every listing asks whether its candidates are verbs.
const verbSets = new WeakMap<Catalog, ReadonlySet<string>>();
function verbNames(catalog: Catalog): ReadonlySet<string> {
  let set = verbSets.get(catalog);
  if (!set) verbSets.set(catalog, (set = new Set(catalog.verbNames())));
  return set;
}

const queryVerbOf = (catalog: Catalog, inventory: string) => {
  const verb = catalog.inventory(inventory)?.query;
  return verb ? catalog.find(verb) : undefined;
};

/** The detached background refresh: runs the inventory's query verb through this same zstack-cli script (a child
 *  process rather than an import, so the full program stays out of this bundle), for this profile. */
async function runRefresh(profile: string | undefined, inventory: string | undefined, io: Io): Promise<void> {
  const catalog = getCatalog();
  const api = inventory ? queryVerbOf(catalog, inventory) : undefined;
  const inv = inventory ? catalog.inventory(inventory) : undefined;
  const script = process.argv[1];
  if (!profile || !inventory || !api || !inv || !script) return;
  const fields = ['uuid', 'name'].filter((f) => inv.fields.some((x) => x.name === f));
  const args = [script, '--profile', profile, api.name, `fields=${fields.join(',')}`, 'limit=1000'];
  await refreshCache(io.env, profile, inventory, async () => {
    const { execFile } = process.getBuiltinModule('node:child_process') as typeof import('node:child_process');
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, args, { env: { ...io.env }, timeout: 30_000, maxBuffer: 64 << 20 }, (e, out) => (e ? reject(e) : resolve(out))),
    );
    return liveValuesFrom(JSON.parse(stdout));
  });
}

/** The script `zstack-cli completion <shell>` prints. */
export function completionScript(shell: string): string {
  if (shell === 'bash' || shell === 'zsh' || shell === 'fish') return COMPLETION_SCRIPTS[shell];
  throw usageError(shell ? `no completion script for '${shell}'` : 'completion: name the shell', [
    'usage: zstack-cli completion bash|zsh|fish',
    'bash: source <(zstack-cli completion bash)   zsh: source <(zstack-cli completion zsh)   fish: zstack-cli completion fish | source',
  ]);
}
