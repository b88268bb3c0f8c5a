// A query reply read as it arrives: `{"inventories": [row, row, ...], "total": N, "schema": {...}}` handed over row by
// row, so a reply of a million rows never becomes one string (V8 refuses strings beyond ~500 MB) or one tree of
// objects. Pure: text in, rows out.

export interface RowSplitter {
  /** Feeds the next piece of the body; answers the rows it completed. */
  push(text: string): unknown[];
  /** The reply without its rows (`{"inventories": [], "total": N}`), once the body is complete. */
  end(): Record<string, unknown>;
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** What a hostile reply cannot make the splitter do: nest deeper than `maxDepth` (a SyntaxError) or hold more than
 *  `maxChars` characters of one row, or of the object without its rows (a RangeError). */
export interface SplitLimits {
  maxDepth: number;
  maxChars: number;
}

/** Splits the elements of the top-level `key` array out of a JSON object as text comes in. The values of the `drop`
 *  keys (a node's `schema`, as long as the rows) are replaced by null; everything else of the object is small and
 *  parsed at the end. Invalid JSON surfaces as a SyntaxError. */
export function rowSplitter(key = 'inventories', drop: readonly string[] = [], limits: SplitLimits = { maxDepth: Infinity, maxChars: Infinity }): RowSplitter {
  let rest = ''; // the object without the rows and the dropped values
  let depth = 0; // containers open before the character being read
  let inString = false;
  let escaped = false;
  let keyText: string | null = null; // the text of a string at depth 1 (a key, or a value)
  let lastString = ''; // the last string completed at depth 1 since its last ',' or '{'
  let afterColon = false; // at depth 1, between a key's ':' and its value
  let mode: 'object' | 'rows' | 'drop' = 'object';
  let element: string | null = null; // the text of the row being read (mode 'rows'), or null between rows
  let scalar = false; // that row is a bare number, true, false or null
  return {
    push(text) {
      const rows: unknown[] = [];
      let from = 0; // start of the run of `text` not yet copied
      const take = (i: number) => {
        if (element !== null) element += text.slice(from, i);
        else if (mode === 'object') rest += text.slice(from, i);
        from = i;
        if ((element?.length ?? 0) > limits.maxChars || rest.length > limits.maxChars) throw new RangeError(`more than ${limits.maxChars} characters in one part of the reply`);
      };
      const finishRow = (i: number) => {
        take(i);
        rows.push(JSON.parse(element!));
        element = null;
        scalar = false;
      };
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (scalar) {
          if (c !== ',' && c !== ']' && !isSpace(c)) continue;
          finishRow(i);
        }
        if (inString) {
          if (escaped) escaped = false;
          else if (c === '\\') escaped = true;
          else if (c === '"') {
            inString = false;
            if (keyText !== null) lastString = keyText;
            keyText = null;
            if (element !== null && depth === 2) finishRow(i + 1); // a row that is a string
            continue;
          }
          if (keyText !== null) keyText += c;
          continue;
        }
        if (mode === 'rows' && element === null && depth === 2) {
          // Between rows: separators are dropped; `]` ends the rows; anything else starts a row.
          if (c === ',' || isSpace(c)) {
            from = i + 1;
            continue;
          }
          if (c === ']') {
            mode = 'object';
            depth = 1;
            from = i; // the closing bracket goes back into `rest`
            continue;
          }
          from = i;
          element = '';
          if (c !== '{' && c !== '[' && c !== '"') {
            scalar = true;
            continue;
          }
        }
        if (c === '"') {
          inString = true;
          escaped = false;
          keyText = depth === 1 ? '' : null;
        } else if (c === '{' || c === '[') {
          if (depth === 1 && afterColon && mode === 'object') {
            if (c === '[' && lastString === key) {
              take(i + 1);
              mode = 'rows';
            } else if (drop.includes(lastString)) {
              take(i);
              rest += 'null';
              mode = 'drop';
            }
          }
          if (++depth > limits.maxDepth) throw new SyntaxError(`nested more than ${limits.maxDepth} levels deep`);
        } else if (c === '}' || c === ']') {
          depth--;
          if (element !== null && depth === 2) finishRow(i + 1);
          else if (mode === 'drop' && depth === 1) {
            mode = 'object';
            from = i + 1;
          }
        }
        if (depth === 1 && mode === 'object') {
          if (c === ':') afterColon = true;
          else if (c === ',') {
            afterColon = false;
            lastString = '';
          }
        }
        if (c === '{' && depth === 1) lastString = '';
      }
      take(text.length);
      return rows;
    },
    end() {
      if (mode !== 'object' || depth !== 0 || inString) throw new SyntaxError('the reply ended in the middle of its JSON');
      return JSON.parse(rest) as Record<string, unknown>;
    },
  };
}
