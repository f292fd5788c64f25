/**
 * Bybit's Chinese page often gives a message in English and then in Chinese in one table cell
 * (`Failed to switch 無法切換`, `Pledge token is error.質押權杖錯誤。`, `broker invalid.  broker 不合法`).
 * This finds where the Chinese starts, by general rules on the text alone, so that the pairing can
 * read the cell as an English-then-Chinese pair. Its rules:
 * - the Chinese part is the text from a Han character on that reads as Chinese (its Han characters at
 *   least as many as its English words), and the part before it is English (no Han character) of two
 *   words or more (`limit-maker` is one word, so `limit-maker訂單被拒` is one Chinese message);
 * - a Latin word glued to that Han character goes with the Chinese when it is a code name or an
 *   acronym (`settleCoin不是`, `UTA升級中`), with the English otherwise (`can used報價失敗`);
 * - one Latin word after a sentence end or a wide gap goes with the Chinese (`invalid.  broker 不合法`);
 * - a Chinese part that is wholly in brackets (`… constraints (現貨)`) is a note inside an English
 *   message, not a translation: the cell is not split.
 * One pass to count, one to find: linear in the cell's length whatever it holds.
 */
import { countHan } from './script.js';

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[A-Za-z0-9_]/;
const MAX_TOKEN = 64;
const OPENING = new Set(['(', '（']);
const CLOSING: Readonly<Record<string, string>> = { '(': ')', '（': '）' };

export interface MixedCell {
  readonly english: string;
  readonly chinese: string;
}

export type MixedReading =
  { readonly kind: 'split'; readonly parts: MixedCell } | { readonly kind: 'whole'; readonly reason: string } | null;

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z]/.test(char);
}

/** A word starts at `i`: a letter not preceded by a letter, nor by a hyphen glued to one (`limit-maker` is one word). */
function startsWord(chars: readonly string[], i: number): boolean {
  if (!isLetter(chars[i]) || isLetter(chars[i - 1])) return false;
  return !(chars[i - 1] === '-' && isLetter(chars[i - 2]));
}

function countWords(text: string): number {
  const chars = [...text];
  let count = 0;
  for (let i = 0; i < chars.length; i++) if (startsWord(chars, i)) count++;
  return count;
}

/** A code name or an acronym: an upper-case letter after the first (`settleCoin`, `UTA`, `APR`). */
function isIdentifierLike(word: string): boolean {
  return /[A-Z]/.test(word.slice(1)) || (word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word));
}

/** Start of the Latin word ending at `end` (exclusive), or `end` when none. */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < MAX_TOKEN && WORD_CHAR.test(text[i - 1] ?? '')) i--;
  return i;
}

/** Start of the token (no blank, no Han: a word, a code name, a `{{placeholder}}`) ending at `end`. */
function tokenStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < MAX_TOKEN && text[i - 1] !== ' ' && !HAN.test(text[i - 1] ?? '')) i--;
  return i;
}

/**
 * Where the Chinese part of a cell starts, or null when the cell is one language. `whole` when the cell
 * mixes both but is one message (a Chinese note in brackets).
 */
export function readMixedCell(text: string): MixedReading {
  const chars = [...text];
  if (!chars.some((c) => HAN.test(c))) return null;
  // Han characters and word starts after each index, and before it: one pass each way.
  const n = chars.length;
  const hanAfter = new Array<number>(n + 1).fill(0);
  const wordsAfter = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    const c = chars[i] ?? '';
    hanAfter[i] = (hanAfter[i + 1] ?? 0) + (HAN.test(c) ? 1 : 0);
    wordsAfter[i] = (wordsAfter[i + 1] ?? 0) + (startsWord(chars, i) ? 1 : 0);
  }
  let hanBefore = 0;
  let wordsBefore = 0;
  let first = -1;
  for (let i = 0; i < n; i++) {
    const c = chars[i] ?? '';
    if (HAN.test(c)) {
      const han = hanAfter[i] ?? 0;
      const words = wordsAfter[i] ?? 0;
      if (han >= words && wordsBefore >= 2 && hanBefore === 0) {
        first = i;
        break;
      }
      hanBefore++;
    }
    if (startsWord(chars, i)) wordsBefore++;
  }
  if (first < 0) return { kind: 'whole', reason: 'no English part of two words or more before the Chinese' };
  const flat = chars.join('');
  // Code-unit offset of the Han character (chars may hold astral characters).
  let start = chars.slice(0, first).join('').length;
  const glued = wordStart(flat, start);
  if (glued < start && isIdentifierLike(flat.slice(glued, start))) start = glued;
  // One token after a sentence end or a gap of two blanks belongs to the Chinese sentence.
  let blanksEnd = start;
  while (blanksEnd > 0 && flat[blanksEnd - 1] === ' ') blanksEnd--;
  const token = tokenStart(flat, blanksEnd);
  if (token < blanksEnd && !flat.slice(token, blanksEnd).endsWith('.')) {
    let gap = token;
    while (gap > 0 && flat[gap - 1] === ' ') gap--;
    const blanks = token - gap;
    if (blanks >= 2 || (blanks >= 1 && flat[gap - 1] === '.')) start = token;
  }
  if (OPENING.has(flat[start - 1] ?? '')) start--;
  const english = flat.slice(0, start).trim();
  const chinese = flat.slice(start).trim();
  const open = chinese[0] ?? '';
  if (
    OPENING.has(open) &&
    chinese.endsWith(CLOSING[open] ?? '') &&
    chinese.indexOf(CLOSING[open] ?? '') === chinese.length - 1
  ) {
    return { kind: 'whole', reason: `the Chinese is a note in brackets: ${chinese}` };
  }
  if (countWords(english) < 2 || countHan(chinese) === 0) {
    return { kind: 'whole', reason: 'no English part of two words or more before the Chinese' };
  }
  return { kind: 'split', parts: { english, chinese } };
}
