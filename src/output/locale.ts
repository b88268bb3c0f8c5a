// Chinese for a Chinese locale (LANG, LC_ALL or LC_MESSAGES zh*): the one place where messages change language.
// The code speaks English; the English text of a message is its id in src/output/zh.ts, loaded (a bundle of its
// own) only when the locale asks for it. Each command's Io is localized once (cli/main runOnce): its messages,
// warnings, progress and prompts pass through the table on their way out. Results on stdout are data and never do;
// the few outputs meant for people only (profile list, catalog list) ask for it with `localize`.
import { wantsChinese, type Io } from './io.js';

const TRANSLATE = Symbol.for('zstack-cli.translate');

type Translate = (text: string) => string;
const translatorOf = (io: Io): Translate | undefined => (io as unknown as Record<symbol, Translate | undefined>)[TRANSLATE];

/** The Io that says everything in the user's language: `io` itself unless the locale is Chinese. */
export async function localized(io: Io): Promise<Io> {
  if (translatorOf(io) || !wantsChinese(io.env)) return io;
  const { translate } = await import('./zh.js');
  return Object.assign(Object.create(io) as Io, {
    [TRANSLATE]: translate,
    say: (level: Parameters<Io['say']>[0], text: string) => io.say(level, translate(text)),
    err: (text: string) => io.err(translate(text)),
    progress: (text: string | undefined) => io.progress(text === undefined ? undefined : translate(text)),
    askSecret: (message: string) => io.askSecret(translate(message)),
  });
}

/** Text for people in the language of a localized Io (as it is for any other). */
export const localize = (io: Io, text: string): string => translatorOf(io)?.(text) ?? text;
