// How many terminal columns text takes: East Asian wide and fullwidth characters (Chinese, Japanese, Korean,
// fullwidth forms) take two, combining marks, zero-width and control characters none, colour codes none. The same
// ranges as the is-fullwidth-code-point package that cli-table3 measures its cells with (through string-width), so
// help and tables agree; a function of a few lines rather than that library on the start-up path of help.

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;

function isWide(c: number): boolean {
  return (
    c >= 0x1100 &&
    (c <= 0x115f ||
      c === 0x2329 ||
      c === 0x232a ||
      (c >= 0x2e80 && c <= 0x3247 && c !== 0x303f) ||
      (c >= 0x3250 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0xa4c6) ||
      (c >= 0xa960 && c <= 0xa97c) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe10 && c <= 0xfe19) ||
      (c >= 0xfe30 && c <= 0xfe6b) ||
      (c >= 0xff01 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1b000 && c <= 0x1b001) ||
      (c >= 0x1f200 && c <= 0x1f251) ||
      (c >= 0x20000 && c <= 0x3fffd))
  );
}

const isZeroWidth = (c: number): boolean => c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200f) || (c >= 0xfe00 && c <= 0xfe0f);

/** The display width of `text` in terminal columns. */
export function displayWidth(text: string): number {
  // Plain ASCII (most text): its length.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let width = 0;
  for (const ch of text.replace(ANSI, '')) {
    const c = ch.codePointAt(0)!;
    width += isZeroWidth(c) ? 0 : isWide(c) ? 2 : 1;
  }
  return width;
}

/** `text` padded with spaces to `width` columns (as it is when it is wider already). */
export const padEnd = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
