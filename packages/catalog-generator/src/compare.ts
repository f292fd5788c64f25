/**
 * How an English line on a zh page is matched to the en document's message. The two pages come from
 * different scrapes and years, so the same message can differ in quotes (`'%s'` / `` `%s` ``), a final
 * period, a doubled blank, full-width punctuation, an extra sentence, a machine-translated word
 * (`Too many 参数 sent`), or one word (`5.0` / `one`). Each kind of difference is named, so the pairing
 * can trust the first few and flag the last.
 */
import { hasHan } from './script.js';

const FULL_WIDTH: Readonly<Record<string, string>> = {
  '。': '.',
  '，': ',',
  '！': '!',
  '：': ':',
  '；': ';',
  '（': '(',
  '）': ')',
  '％': '%',
  '？': '?',
};
const DROPPED = new Set(["'", '`', '"', '‘', '’', '“', '”']);
const TRAILING = new Set(['.', '!', ';', ',', ':', ' ']);

/** Lower case, quotes dropped, full-width punctuation as ASCII, blanks collapsed, final punctuation dropped. */
export function comparable(text: string): string {
  let out = '';
  let blank = false;
  for (const raw of text.toLowerCase()) {
    const char = FULL_WIDTH[raw] ?? raw;
    if (DROPPED.has(char)) continue;
    if (/\s/.test(char)) {
      blank = out !== '';
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    out += char;
  }
  let end = out.length;
  while (end > 0 && TRAILING.has(out[end - 1] ?? '')) end--;
  return out.slice(0, end);
}

function wordsOf(text: string): string[] {
  return text.split(' ').filter((word) => word !== '');
}

/** `a` starts with `b` and the next character is not part of a word. */
function isWordPrefix(a: string, b: string): boolean {
  if (b.length === 0 || b.length >= a.length || !a.startsWith(b)) return false;
  return !/[\p{L}\p{N}_%]/u.test(a[b.length] ?? '');
}

/** Same words, where a word written in Chinese on the zh page stands for any one English word. */
function garbledEqual(zhLine: string, en: string): boolean {
  const zh = wordsOf(zhLine);
  const english = wordsOf(en);
  if (zh.length !== english.length) return false;
  return zh.every((word, i) => word === english[i] || hasHan(word));
}

/**
 * A symbolic name machine-"translated" word by word: `TOO_MANY_参数` for `TOO_MANY_PARAMETERS`. The
 * underscores survive, so the words are split on them: at least one is now Chinese, at least one is
 * still the English one, and the others are the same. (`SBE 没有开启` for `SBE_DISABLED` is a
 * Chinese name written by a person, not a garbled one.)
 */
export function isGarbledName(zh: string, en: string): boolean {
  const zhWords = zh.split('_');
  const enWords = en.split('_');
  if (zhWords.length < 2 || zhWords.length !== enWords.length) return false;
  let translated = 0;
  let kept = 0;
  for (let i = 0; i < zhWords.length; i++) {
    const word = zhWords[i] ?? '';
    if (word === enWords[i]) kept++;
    else if (hasHan(word)) translated++;
    else return false;
  }
  return translated > 0 && kept > 0;
}

const MAX_TYPO_WORD = 32;

/** Edit distance, for two short words only (callers bound the length). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/**
 * The same words but for misspellings: `max mum orders` / `max num orders`, `pstop price` / `stop price`.
 * Each differing pair of letter words is at most two edits apart; a changed number or value
 * (`5.0` / `one`) is not a typo but another text.
 */
function typoEqual(a: string, b: string): boolean {
  const left = wordsOf(a);
  const right = wordsOf(b);
  if (left.length !== right.length) return false;
  let differences = 0;
  for (let i = 0; i < left.length; i++) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    if (x === y) continue;
    differences++;
    if (x.length > MAX_TYPO_WORD || y.length > MAX_TYPO_WORD || !/^[a-z]+$/.test(x) || !/^[a-z]+$/.test(y))
      return false;
    if (editDistance(x, y) > 2) return false;
  }
  return differences > 0 && differences * 4 <= left.length;
}

/** Sørensen–Dice over the two word sets: 1 for the same words, 0 for none in common. */
export function wordSimilarity(a: string, b: string): number {
  const left = new Set(wordsOf(a));
  const right = new Set(wordsOf(b));
  if (left.size + right.size === 0) return 1;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return (2 * shared) / (left.size + right.size);
}

/**
 * How an English line matched: the same text; one text plus more; Chinese words in place of English;
 * the same words but misspelt; or merely close (another text, e.g. another number).
 */
export type LineMatch = 'exact' | 'prefix' | 'garbled' | 'typo' | 'similar';

export const SIMILARITY_THRESHOLD = 0.6;

/**
 * Fuzzy matching compares a line with every unmatched message of its code; real codes have at most a
 * handful. Past this many, only exact matches are tried, so a hostile code with 100,000 items costs
 * linear time rather than 10^10 comparisons.
 */
export const MAX_FUZZY_CANDIDATES = 64;

/**
 * Matches the English lines of a zh page to one code's en messages, each message at most once, trying
 * the strictest kind of match first: exact (a map lookup), then one a prefix of the other, Chinese words
 * in place of English ones, misspellings, and finally word similarity.
 */
export class LineMatcher {
  private readonly forms: string[];
  private readonly used: boolean[];
  /** Indices per comparable form, and how many of them from the front are already used. */
  private readonly exact = new Map<string, { indices: number[]; head: number }>();
  private open: number;

  constructor(texts: readonly string[]) {
    this.forms = texts.map(comparable);
    this.open = texts.length;
    this.used = texts.map(() => false);
    this.forms.forEach((form, index) => {
      const entry = this.exact.get(form) ?? { indices: [], head: 0 };
      entry.indices.push(index);
      this.exact.set(form, entry);
    });
  }

  match(line: string): { index: number; how: LineMatch } | undefined {
    const target = comparable(line);
    const same = this.exact.get(target);
    while (same && same.head < same.indices.length && this.used[same.indices[same.head] ?? 0]) same.head++;
    const exact = same?.indices[same.head];
    if (exact !== undefined) return this.take(exact, 'exact');
    if (this.open > MAX_FUZZY_CANDIDATES) return undefined;
    const open = this.forms.flatMap((text, index) => (this.used[index] ? [] : [{ index, text }]));
    const prefix = open
      .filter((c) => isWordPrefix(target, c.text) || isWordPrefix(c.text, target))
      .sort((a, b) => b.text.length - a.text.length)[0];
    if (prefix) return this.take(prefix.index, 'prefix');
    const garbled = hasHan(target) ? open.find((c) => garbledEqual(target, c.text)) : undefined;
    if (garbled) return this.take(garbled.index, 'garbled');
    const typo = open.find((c) => typoEqual(target, c.text));
    if (typo) return this.take(typo.index, 'typo');
    let best: { index: number; score: number } | undefined;
    for (const c of open) {
      const score = wordSimilarity(target, c.text);
      if (score >= SIMILARITY_THRESHOLD && (!best || score > best.score)) best = { index: c.index, score };
    }
    return best && this.take(best.index, 'similar');
  }

  private take(index: number, how: LineMatch): { index: number; how: LineMatch } {
    this.used[index] = true;
    this.open--;
    return { index, how };
  }
}
