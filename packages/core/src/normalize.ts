/**
 * The comparison form of a server message, built in one pass: letter case folded (ASCII), quotes
 * dropped, every white-space run one space, every digit run one `0`. Templates get the same form, so
 * matching is plain substring search, and each unit remembers where it came from in the original,
 * so values are cut from the server's own text. Linear in the length of the text, whatever it holds.
 */

/** Quotes real servers put around values, or leave out: backtick, single, double, typographic. */
export function isQuote(c: number): boolean {
  return c === 96 || c === 39 || c === 34 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d;
}

/** What `\s` matches in a JavaScript regular expression, on one character code. */
export function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A sentence's final stop, which servers often leave out: `.`, `。`, `!`, `！`. */
export function isStop(c: number): boolean {
  return c === 46 || c === 0x3002 || c === 33 || c === 0xff01;
}

export interface Normalized {
  /** The original text. */
  readonly source: string;
  /** The comparison form. */
  readonly text: string;
  /** Per unit of `text`: where its run starts in `source`. */
  readonly starts: Int32Array;
  /** Per unit of `text`: where its run ends in `source` (exclusive). */
  readonly ends: Int32Array;
}

const SPACE = 32;
const ZERO = 48;

/**
 * Builds the comparison form. `edges: 'trim'` drops white space at both ends and one final stop
 * (a whole message); `edges: 'keep'` keeps a leading or trailing space (a literal piece of a
 * template that sits next to a placeholder).
 */
export function normalize(source: string, edges: 'trim' | 'keep'): Normalized {
  const n = source.length;
  const units = new Uint16Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let count = 0;
  // The kind of the last unit: 0 none, 1 space, 2 digit run, 3 other.
  let last = 0;
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    if (isQuote(c)) continue;
    if (isSpace(c)) {
      if (last === 1) {
        ends[count - 1] = i + 1;
        continue;
      }
      if (last === 0 && edges === 'trim') continue;
      units[count] = SPACE;
      starts[count] = i;
      ends[count] = i + 1;
      count++;
      last = 1;
      continue;
    }
    if (isDigit(c)) {
      if (last === 2 && ends[count - 1] === i) {
        ends[count - 1] = i + 1;
        continue;
      }
      units[count] = ZERO;
      starts[count] = i;
      ends[count] = i + 1;
      count++;
      last = 2;
      continue;
    }
    units[count] = c >= 65 && c <= 90 ? c + 32 : c;
    starts[count] = i;
    ends[count] = i + 1;
    count++;
    last = 3;
  }
  if (edges === 'trim') {
    if (count > 0 && units[count - 1] === SPACE) count--;
    if (count > 0 && isStop(units[count - 1] ?? 0)) count--;
    if (count > 0 && units[count - 1] === SPACE) count--;
  }
  // fromCharCode over chunks: one call per unit builds a rope V8 must flatten, one call for all overflows the stack.
  let text = '';
  for (let i = 0; i < count; i += 8192)
    text += String.fromCharCode.apply(null, units.subarray(i, Math.min(count, i + 8192)) as unknown as number[]);
  return { source, text, starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
}
