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

function compile(info: ErrorCodeInfo): CompiledVariant[] {
  return info.variants.map((variant) => ({
    key: variant.key,
    params: variant.params,
    exact: variant.server,
    pattern: templatePattern(variant.server),
  }));
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
  const values: Record<string, string> = {};
  const groups = match.groups ?? {};
  variant.params.forEach((name, index) => {
    values[name] = groups[`v${index}`] ?? '';
  });
  return { key: variant.key, values };
}

/** The variant of `info` that `message` is an instance of, with its values; `null` when none fits. */
export function matchVariant(info: ErrorCodeInfo, message: string): VariantMatch | null {
  const variants = variantsOf(info);
  // Exact text first: the common case costs one string comparison per variant.
  for (const variant of variants) {
    if (variant.params.length === 0 && message === variant.exact) return { key: variant.key, values: NO_VALUES };
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
