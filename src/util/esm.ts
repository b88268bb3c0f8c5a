// The ESM-only packages (conf, @inquirer/prompts) are loaded with import(). bin/zstack-cli compiles the bundles with a
// V8 code cache, and Node 20 cannot run import() in code that came from such a cache ("A dynamic import callback was
// not specified"): the launcher lends its own import(), which Node's loader runs as usual. Without the launcher
// (tests, the sources) import() is used directly.
const LENT = Symbol.for('zstack-cli.import');

export function importEsm<T>(specifier: string): Promise<T> {
  const lent = (globalThis as Record<symbol, unknown>)[LENT] as ((s: string) => Promise<unknown>) | undefined;
  return (lent ? lent(specifier) : import(specifier)) as Promise<T>;
}
