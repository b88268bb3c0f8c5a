// JSON as the tool prints it: JSON.stringify's text, with the characters that could drive or reorder a terminal
// written as \u escapes — C1 controls and DEL, line and paragraph separators, bidirectional marks, embeddings,
// overrides and isolates (JSON.stringify escapes C0 controls itself and leaves these raw). Any JSON parser reads the
// same value (`jq` prints the character), and a server's name holding U+202E cannot show a reordered text on a screen.
// Pure; the tables and the value/csv/tsv formats escape such characters their own way (src/output/server-text.ts).

const HIDDEN = /[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** JSON.stringify(value, null, indent), those characters escaped. Outside strings JSON text is ASCII, so every one
 *  replaced is inside a string. */
export function jsonText(value: unknown, indent?: number): string {
  const text = JSON.stringify(value, null, indent) as string | undefined;
  return text === undefined ? (text as unknown as string) : text.replace(HIDDEN, escape);
}

/** The same characters in text that will be a YAML double-quoted scalar (`\uHHHH` is a YAML escape too). */
export const hasHidden = (text: string): boolean => text.search(HIDDEN) >= 0;
export const escapeHidden = (text: string): string => text.replace(HIDDEN, escape);
