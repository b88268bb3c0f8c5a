// The output formats by name: light enough for option checking on every start (the renderers are in format.ts).
import { usageError } from '../errors.js';
import { OUTPUT_FORMATS } from '../session/settings.js';

export const FORMATS = OUTPUT_FORMATS;
export type Format = (typeof FORMATS)[number];

export function checkFormat(text: string, where: string): Format {
  if ((FORMATS as readonly string[]).includes(text)) return text as Format;
  throw usageError(`${where}: '${text}' is not an output format`, [`formats: ${FORMATS.join(', ')}`]);
}
