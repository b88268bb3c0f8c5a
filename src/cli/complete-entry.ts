// Bundle entry for `zstack-cli __complete ...`: the completion engine and the catalog, nothing heavier.
import { processIo } from '../output/io.js';
import { runComplete } from './complete.js';

export { runComplete };

export async function run(argv: string[]): Promise<void> {
  await runComplete(argv, processIo());
}
