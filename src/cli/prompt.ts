// Prompts take over the terminal for a moment (masked input) and hand it back.
import { CliError } from '../errors.js';
import type { Io } from '../output/io.js';

export async function askSecret(io: Io, message: string): Promise<string> {
  try {
    return await io.askSecret(message);
  } catch (e) {
    if ((e as Error).name === 'ExitPromptError' || (e as Error).name === 'AbortPromptError') throw new CliError('interrupted', 'interrupted');
    throw e;
  }
}
