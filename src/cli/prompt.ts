// Prompts take over the terminal for a moment (masked input) and hand it back.
import { CliError } from '../errors.js';

export async function askPassword(message: string): Promise<string> {
  const { password } = await import('@inquirer/prompts');
  try {
    return await password({ message, mask: '*' });
  } catch (e) {
    if ((e as Error).name === 'ExitPromptError' || (e as Error).name === 'AbortPromptError') throw new CliError('interrupted', 'interrupted');
    throw e;
  }
}
