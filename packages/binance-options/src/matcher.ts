/**
 * Recovers the variant and named values of a server message by matching it against the document's
 * templates. Real servers differ from the document: backticks become single quotes or vanish, the
 * final period goes missing, white space and letter case vary, and literal numbers in the text
 * (the 1000ms of -1021) are concrete. The patterns tolerate all of that.
 */
import { ERROR_CODES, type ErrorCodeInfo } from './catalog.js';

export interface VariantMatch {
  readonly key: string;
  readonly values: Readonly<Record<string, string>>;
}

interface CompiledVariant {
  readonly key: string;
  readonly params: readonly string[];
  readonly exact: string;
  /** The literal text around the placeholders (quotes hugging a placeholder removed). */
  readonly segments: readonly string[];
  /** Names the values found, in order; one object shape per variant keeps this off V8's slow path. */
  readonly toValues: (found: readonly string[]) => Record<string, string>;
  readonly pattern: RegExp;
}

const QUOTES = "`'\"";
const QUOTE_CLASS = "[`'\"]";

function escapeLiteral(text: string): string {
  let out = '';
  for (const part of text.split(/(\s+|\d+|[`'"])/)) {
    if (part === '') continue;
    if (/^\s+$/.test(part)) out += '\\s+';
    else if (/^\d+$/.test(part)) out += '\\d+';
    else if (QUOTES.includes(part)) out += `${QUOTE_CLASS}?`;
    else out += part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return out;
}

/** Builds the tolerant pattern for one template. Exported for tests. */
export function templatePattern(server: string): RegExp {
  let text = server.trim();
  const endsWithStop = /[.。!！]$/.test(text);
  if (endsWithStop) text = text.slice(0, -1);
  const pieces = text.split('%s');
  let source = '^\\s*';
  pieces.forEach((piece, index) => {
    let literal = piece;
    // A quote hugging the placeholder is matched by the placeholder's own quote group below.
    if (index < pieces.length - 1 && QUOTES.includes(literal.slice(-1))) literal = literal.slice(0, -1);
    if (index > 0 && QUOTES.includes(literal.charAt(0))) literal = literal.slice(1);
    source += escapeLiteral(literal);
    if (index < pieces.length - 1) {
      // Same quote (or none) on both sides; the value itself may contain quotes and spaces.
      source += `(?<q${index}>${QUOTE_CLASS}?)(?<v${index}>.+?)\\k<q${index}>`;
    }
  });
  source += endsWithStop ? '[.。!！]?\\s*$' : '\\s*$';
  return new RegExp(source, 'is');
}

function segmentsOf(server: string): string[] {
  const pieces = server.split('%s');
  return pieces.map((piece, index) => {
    let literal = piece;
    if (index < pieces.length - 1 && QUOTES.includes(literal.slice(-1))) literal = literal.slice(0, -1);
    if (index > 0 && QUOTES.includes(literal.charAt(0))) literal = literal.slice(1);
    return literal;
  });
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
    toValues: valuesFactory(variant.params),
    pattern: templatePattern(variant.server),
  }));
}

/**
 * The strict path: the document's literal text exactly, any quote (or none) around each value, an
 * optional final period. Finds what the tolerant pattern finds, with string searches instead of a
 * backtracking regex; anything else falls through to the pattern.
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

const compiled = new Map<number, CompiledVariant[]>();

function variantsOf(info: ErrorCodeInfo): CompiledVariant[] {
  let list = compiled.get(info.code);
  if (!list) {
    list = compile(info);
    compiled.set(info.code, list);
  }
  return list;
}

const NO_VALUES: Readonly<Record<string, string>> = Object.freeze({});

function tryVariant(variant: CompiledVariant, message: string): VariantMatch | null {
  if (message === variant.exact && variant.params.length === 0) return { key: variant.key, values: NO_VALUES };
  const match = variant.pattern.exec(message);
  if (!match) return null;
  if (variant.params.length === 0) return { key: variant.key, values: NO_VALUES };
  const groups = match.groups ?? {};
  return { key: variant.key, values: variant.toValues(variant.params.map((_name, index) => groups[`v${index}`] ?? '')) };
}

/** The variant of `info` that `message` is an instance of, with its values; `null` when none fits. */
export function matchVariant(info: ErrorCodeInfo, message: string): VariantMatch | null {
  const variants = variantsOf(info);
  // Cheapest first: exact text, then the strict segments, then the tolerant patterns.
  for (const variant of variants) {
    if (variant.params.length === 0 && message === variant.exact) return { key: variant.key, values: NO_VALUES };
  }
  for (const variant of variants) {
    if (variant.params.length === 0) continue;
    const values = matchSegments(variant, message);
    if (values) return { key: variant.key, values };
  }
  for (const variant of variants) {
    const match = tryVariant(variant, message);
    if (match) return match;
  }
  return null;
}

export interface CodeMatch extends VariantMatch {
  readonly info: ErrorCodeInfo;
}

/**
 * Every code whose templates fit a bare message (no code given), in document order. Several codes
 * share a text ("Invalid underlying" is -1128 and -6003), so the caller gets all of them.
 */
export function matchAnyCode(message: string): CodeMatch[] {
  const found: CodeMatch[] = [];
  for (const info of ERROR_CODES) {
    const match = matchVariant(info, message);
    if (match) found.push({ info, ...match });
  }
  return found;
}
