/**
 * Recovers the variant and named values of a server message by matching it against the document's
 * templates. Real servers differ from the document: backticks become single quotes or vanish, the
 * final period goes missing, white space and letter case vary, literal numbers in the text (the
 * 1000ms of -1021) are concrete, and some servers append their own detail (`…, request ip: 1.2.3.4`).
 *
 * Every step is a forward scan or a substring search over a comparison form of the message (see
 * normalize.ts): no regular expression ever runs over server text, and nothing backtracks across
 * placeholders, so the time grows linearly with the message. Messages longer than
 * MAX_MATCHED_LENGTH are not matched at all.
 */
import type { Catalog, ErrorCodeInfo } from './catalog.js';
import { isQuote, isStop, normalize, type Normalized } from './normalize.js';

export interface VariantMatch {
  readonly key: string;
  readonly values: Readonly<Record<string, string>>;
  /** What the server added after the template's text (`request ip: 1.2.3.4`), or null. */
  readonly detail: string | null;
}

/**
 * Longest message worth matching against the templates. Binance's texts are under 300 characters
 * with their values; anything far longer is not one of them, and reading it costs the trader's tab.
 */
export const MAX_MATCHED_LENGTH = 4096;

interface CompiledVariant {
  readonly key: string;
  readonly params: readonly string[];
  readonly exact: string;
  /** The literal text around the placeholders, as the document has it (quotes hugging a placeholder removed). */
  readonly segments: readonly string[];
  /** The same pieces in comparison form; the last one without its final stop. */
  readonly pieces: readonly string[];
  /** Names the values found, in order; one object shape per variant keeps this off V8's slow path. */
  readonly toValues: (found: readonly string[]) => Record<string, string>;
}

const QUOTES = '`\'"';

function segmentsOf(server: string): string[] {
  const pieces = server.split('%s');
  return pieces.map((piece, index) => {
    let literal = piece;
    if (index < pieces.length - 1 && QUOTES.includes(literal.slice(-1))) literal = literal.slice(0, -1);
    if (index > 0 && QUOTES.includes(literal.charAt(0))) literal = literal.slice(1);
    return literal;
  });
}

function piecesOf(server: string): string[] {
  let text = server.trim();
  if (text.length > 0 && isStop(text.charCodeAt(text.length - 1))) text = text.slice(0, -1).trimEnd();
  return text.split('%s').map((piece) => normalize(piece, 'keep').text);
}

function valuesFactory(params: readonly string[]): (found: readonly string[]) => Record<string, string> {
  const [a = '', b = '', c = ''] = params;
  switch (params.length) {
    case 1:
      return (found) => ({ [a]: found[0] ?? '' });
    case 2:
      return (found) => ({ [a]: found[0] ?? '', [b]: found[1] ?? '' });
    case 3:
      return (found) => ({ [a]: found[0] ?? '', [b]: found[1] ?? '', [c]: found[2] ?? '' });
    default:
      return (found) => Object.fromEntries(params.map((name, i) => [name, found[i] ?? '']));
  }
}

function compile(info: ErrorCodeInfo): CompiledVariant[] {
  return info.variants.map((variant) => ({
    key: variant.key,
    params: variant.params,
    exact: variant.server,
    segments: segmentsOf(variant.server),
    pieces: piecesOf(variant.server),
    toValues: valuesFactory(variant.params),
  }));
}

/**
 * The fast path: the document's literal text exactly, any quote (or none) around each value, an
 * optional final period. Plain string searches; anything else goes to the tolerant path.
 */
function matchSegments(variant: CompiledVariant, message: string): Record<string, string> | null {
  const { segments, params } = variant;
  const head = segments[0] ?? '';
  // slice + === compares as a block; startsWith/endsWith walk characters (measured 3× slower on V8 12).
  if (message.slice(0, head.length) !== head) return null;
  let pos = head.length;
  const found: string[] = [];
  const last = params.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = message.charCodeAt(pos);
    const quoted = code === 96 /* ` */ || code === 39 /* ' */ || code === 34; /* " */
    const char = quoted ? message.charAt(pos) : '';
    const start = quoted ? pos + 1 : pos;
    const next = segments[i + 1] ?? '';
    let end: number;
    if (i === last) {
      // The rest is the value, its closing quote, and the final text with or without its period.
      let tail = next.length;
      if (message.slice(message.length - tail) !== next) {
        tail -= 1;
        if (next.charAt(tail) !== '.' || message.slice(message.length - tail) !== next.slice(0, tail)) return null;
      }
      end = message.length - tail;
      if (quoted && message.charAt(--end) !== char) return null;
    } else {
      // The first place where the closing quote (if any) and the next text follow.
      end = message.indexOf(next, start + 1);
      while (end >= 0 && quoted && message.charAt(end - 1) !== char) end = message.indexOf(next, end + 1);
      if (end < 0) return null;
      pos = end + next.length;
      if (quoted) end -= 1;
    }
    if (end <= start) return null;
    found.push(message.slice(start, end));
  }
  return variant.toValues(found);
}

/* -------------------------------------------------------------------------------------------------
 * The tolerant path, on the comparison form
 * -----------------------------------------------------------------------------------------------*/

/** The quote that opens the value starting at unit `a` (the outermost one), or 0. */
function openingQuote(m: Normalized, a: number): number {
  const start = m.starts[a] ?? 0;
  const floor = a > 0 ? (m.ends[a - 1] ?? 0) : 0;
  let i = start;
  while (i > floor && isQuote(m.source.charCodeAt(i - 1))) i--;
  return i < start ? m.source.charCodeAt(i) : 0;
}

/** The quote that closes a value right before unit `b` (the outermost one), or 0. O(1): only quotes sit between units. */
function closingQuote(m: Normalized, b: number): number {
  const at = m.starts[b] ?? m.source.length;
  return b > 0 && at > (m.ends[b - 1] ?? 0) ? m.source.charCodeAt(at - 1) : 0;
}

/**
 * The server's own text of the value in units [a, b): the quotes right around it are a wrapper when
 * the same quote opens and closes it, and part of the value otherwise.
 */
function cut(m: Normalized, a: number, b: number): string {
  const { source, starts, ends } = m;
  const start = starts[a] ?? 0;
  const end = ends[b - 1] ?? start;
  const floor = a > 0 ? (ends[a - 1] ?? 0) : 0;
  const ceiling = b < starts.length ? (starts[b] ?? source.length) : source.length;
  let open = start;
  while (open > floor && isQuote(source.charCodeAt(open - 1))) open--;
  let close = end;
  while (close < ceiling && isQuote(source.charCodeAt(close))) close++;
  if (open < start && close > end && source.charCodeAt(open) === source.charCodeAt(close - 1)) {
    return source.slice(open + 1, close - 1);
  }
  return source.slice(open, close);
}

/**
 * Where the literal after a value starting at unit `from` begins: the first occurrence whose closing
 * quote matches the value's opening quote, else the first occurrence. Each candidate is checked in
 * O(1), and the search only moves forward.
 */
function findLiteral(m: Normalized, literal: string, from: number): number {
  const first = m.text.indexOf(literal, from + 1);
  if (first < 0) return -1;
  const open = openingQuote(m, from);
  for (let at = first; at >= 0; at = m.text.indexOf(literal, at + 1)) {
    if (closingQuote(m, at) === open) return at;
  }
  return first;
}

const SEPARATORS = new Set([...',;:.!?([{-|/–—，；：。（'].map((c) => c.charCodeAt(0)));

const CLOSERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '（': '）' };

/** A server's own addition starts at `at`: punctuation (after at most one space) begins it. */
function separatorAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (SEPARATORS.has(c)) return true;
  return c === 32 && SEPARATORS.has(text.charCodeAt(at + 1));
}

/** The server's addition from unit `at` on, without the punctuation that joins it. */
function detailFrom(m: Normalized, at: number): string | null {
  const start = m.starts[at];
  if (start === undefined) return null;
  let i = start;
  const { source } = m;
  let opener = '';
  while (
    i < source.length &&
    (SEPARATORS.has(source.charCodeAt(i)) || source.charCodeAt(i) <= 32 || isQuote(source.charCodeAt(i)))
  ) {
    const c = source.charAt(i++);
    if (c in CLOSERS) opener = c;
  }
  let detail = source.slice(i).trim();
  // `(trace 7f3a)`: the bracket that opened the addition closes it.
  const closer = CLOSERS[opener];
  if (closer !== undefined && detail.endsWith(closer)) detail = detail.slice(0, -1).trimEnd();
  return detail === '' ? null : detail;
}

function hasWord(piece: string): boolean {
  for (let i = 0; i < piece.length; i++) if (piece.charCodeAt(i) > 32) return true;
  return false;
}

const NO_VALUES: Readonly<Record<string, string>> = Object.freeze({});

/**
 * One template against the comparison form of a message. Each value ends at the first occurrence of
 * the literal after it (as a lazy pattern would), the last literal ends the message; with
 * `withDetail`, the last literal may instead be followed by the server's own addition.
 */
function matchNormalized(variant: CompiledVariant, m: Normalized, withDetail: boolean): VariantMatch | null {
  const { pieces } = variant;
  const text = m.text;
  const head = pieces[0] ?? '';
  if (text.slice(0, head.length) !== head) return null;
  const count = variant.params.length;
  if (count === 0) {
    if (text.length === head.length) return { key: variant.key, values: NO_VALUES, detail: null };
    if (withDetail && hasWord(head) && separatorAt(text, head.length))
      return { key: variant.key, values: NO_VALUES, detail: detailFrom(m, head.length) };
    return null;
  }
  const spans: number[] = [];
  let pos = head.length;
  for (let i = 1; i < count; i++) {
    const literal = pieces[i] ?? '';
    const at = findLiteral(m, literal, pos);
    if (at < 0) return null;
    spans.push(pos, at);
    pos = at + literal.length;
  }
  const tail = pieces[count] ?? '';
  const end = text.length - tail.length;
  let detail: string | null = null;
  if (end > pos && text.slice(end) === tail) {
    spans.push(pos, end);
  } else {
    if (!withDetail || !hasWord(tail)) return null;
    let at = text.indexOf(tail, pos + 1);
    while (at >= 0 && !separatorAt(text, at + tail.length)) at = text.indexOf(tail, at + 1);
    if (at < 0) return null;
    spans.push(pos, at);
    detail = detailFrom(m, at + tail.length);
  }
  const found: string[] = [];
  for (let i = 0; i < spans.length; i += 2) found.push(cut(m, spans[i] ?? 0, spans[i + 1] ?? 0));
  return { key: variant.key, values: variant.toValues(found), detail };
}

/* -------------------------------------------------------------------------------------------------
 * Entry points
 * -----------------------------------------------------------------------------------------------*/

// By entry, not by code: the same code is a different error in another product's catalog.
const compiled = new WeakMap<ErrorCodeInfo, CompiledVariant[]>();

function variantsOf(info: ErrorCodeInfo): CompiledVariant[] {
  let list = compiled.get(info);
  if (!list) {
    list = compile(info);
    compiled.set(info, list);
  }
  return list;
}

/** Exact text or the document's literal text: the common case, with no allocation beyond the values. */
function matchFast(variants: readonly CompiledVariant[], message: string): VariantMatch | null {
  for (const variant of variants) {
    if (variant.params.length === 0 && message === variant.exact)
      return { key: variant.key, values: NO_VALUES, detail: null };
  }
  for (const variant of variants) {
    if (variant.params.length === 0) continue;
    const values = matchSegments(variant, message);
    if (values) return { key: variant.key, values, detail: null };
  }
  return null;
}

function matchTolerant(variants: readonly CompiledVariant[], m: Normalized, withDetail: boolean): VariantMatch | null {
  for (const variant of variants) {
    const match = matchNormalized(variant, m, withDetail);
    if (match) return match;
  }
  return null;
}

/**
 * A message that is the leading sentence(s) of a template without values: the document adds an
 * explanation the server leaves out (Bybit's 10003 "API key is invalid." for "API key is invalid.
 * Check whether the key and domain are matched, …", 10006 "Too many visits"). Only for a code given
 * with the message, after every whole match and every match with the server's addition failed.
 */
function matchLeadingSentence(variants: readonly CompiledVariant[], m: Normalized): VariantMatch | null {
  const text = m.text;
  if (!hasWord(text)) return null;
  for (const variant of variants) {
    if (variant.params.length > 0) continue;
    const head = variant.pieces[0] ?? '';
    if (head.length > text.length && head.slice(0, text.length) === text && isStop(head.charCodeAt(text.length)))
      return { key: variant.key, values: NO_VALUES, detail: null };
  }
  return null;
}

/** The variant of `info` that `message` is an instance of, with its values; `null` when none fits. */
export function matchVariant(info: ErrorCodeInfo, message: string): VariantMatch | null {
  return message.length > MAX_MATCHED_LENGTH ? null : matchVariantUncapped(info, message);
}

/** matchVariant at any length: what the benchmark runs to show the matching itself is linear. */
export function matchVariantUncapped(info: ErrorCodeInfo, message: string): VariantMatch | null {
  const variants = variantsOf(info);
  const fast = matchFast(variants, message);
  if (fast) return fast;
  const m = normalize(message, 'trim');
  return matchTolerant(variants, m, false) ?? matchTolerant(variants, m, true) ?? matchLeadingSentence(variants, m);
}

export interface CodeMatch extends VariantMatch {
  readonly info: ErrorCodeInfo;
}

/**
 * Every code whose templates fit a bare message (no code given), in document order. Several codes
 * share a text ("Invalid underlying" is -1128 and -6003), so the caller gets all of them. Whole
 * matches win; only when there is none do templates followed by a server's addition count.
 */
export function matchAnyCode(catalog: Catalog, message: string): CodeMatch[] {
  if (message.length > MAX_MATCHED_LENGTH) return [];
  const m = normalize(message, 'trim');
  const whole: CodeMatch[] = [];
  for (const info of catalog.codes) {
    const variants = variantsOf(info);
    const match = matchFast(variants, message) ?? matchTolerant(variants, m, false);
    if (match) whole.push({ info, ...match });
  }
  if (whole.length > 0) return whole;
  const withDetail: CodeMatch[] = [];
  for (const info of catalog.codes) {
    const match = matchTolerant(variantsOf(info), m, true);
    if (match) withDetail.push({ info, ...match });
  }
  return withDetail;
}
