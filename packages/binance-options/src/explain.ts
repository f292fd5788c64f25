/**
 * `explainBinanceError(error, context, { lng })`: the rule behind a filter failure, with the symbol's
 * own numbers and one-click fixes. Binance says "Tick size precision is invalid."; with the order the
 * app sent and the symbol's exchangeInfo entry this says "Price 12306 is not a multiple of the tick
 * size 5: the nearest valid prices are 12305 and 12310" and suggests `{ field: 'price', value: '12305' }`.
 * Null whenever the context does not show the rule failing: everything then works as before.
 */
import { interpolate } from './interpolate.js';
import { supportedLanguageOf } from './namespace.js';
import type { ExplainContext, ExplanationDraft, ExplanationSuggestion } from './order-context.js';
import { readFacts } from './order-context.js';
import { explainCode } from './order-rules.js';
import { resolveBinanceError } from './resolve.js';
import { languageOf, textSource, type RawText } from './texts.js';

export interface LocalizedSuggestion extends ExplanationSuggestion {
  /** A button label in the trader's language: "Use 12305" / "改用 12305", "Turn off post-only". */
  readonly label: string;
}

export interface BinanceErrorExplanation {
  /** The code whose rule failed (for -2010, the code of the rule found in the request, e.g. -4029). */
  readonly code: number;
  /** The sentence's key under `explain.` in the `binanceOptions` namespace, e.g. `priceOffTick`. */
  readonly key: string;
  /** The order field the rule is about. */
  readonly field: ExplanationSuggestion['field'];
  /** The sentence's values: the trader's input as sent, the rule's numbers, the valid neighbours. */
  readonly values: Readonly<Record<string, string>>;
  /** The localized sentence. */
  readonly text: string;
  /** Fixes in order of preference: the nearest valid value first. */
  readonly suggestions: readonly LocalizedSuggestion[];
  /** The language tag the sentence was looked up in. */
  readonly lng: string;
}

export interface ExplainOptions {
  /** Language tag; default: the instance's language, else `en`. */
  readonly lng?: string;
  /** The app's i18next instance: its wording of `explain.*` wins; without it the shipped texts are used. */
  readonly i18n?: unknown;
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const FULL_WIDTH_PUNCTUATION = '，。：；！？、（）「」“”';
const CJK_THEN_LATIN = new RegExp(`([${CJK}])([A-Za-z0-9])`, 'g');
const LATIN_THEN_CJK = new RegExp(`([A-Za-z0-9%])([${CJK}])`, 'g');
const SPACE_BETWEEN_CJK = new RegExp(`([${CJK}]) +(?=[${CJK}])`, 'g');
const SPACE_AT_PUNCTUATION = new RegExp(` *([${FULL_WIDTH_PUNCTUATION}]) *`, 'g');

/**
 * Spacing at the seams where values meet Chinese text: one space between Chinese and Latin letters
 * or digits, none between Chinese characters or next to full-width punctuation.
 */
export function tidyCjkSpacing(text: string): string {
  return text.replace(CJK_THEN_LATIN, '$1 $2').replace(LATIN_THEN_CJK, '$1 $2').replace(SPACE_BETWEEN_CJK, '$1').replace(SPACE_AT_PUNCTUATION, '$1');
}

/** A draft in words: null when the language has no sentence for it (an app override removed it). */
export function localizeExplanation(found: ExplanationDraft, lng: string, raw: RawText): BinanceErrorExplanation | null {
  const template = raw(`explain.${found.key}`);
  if (template === null) return null;
  const values = { ...found.values, symbol: found.values['symbol'] || (raw('explain.thisContract') ?? '') };
  const zh = supportedLanguageOf(lng) === 'zh';
  const fill = (text: string, with_: Readonly<Record<string, string>>) => (zh ? tidyCjkSpacing(interpolate(text, with_)) : interpolate(text, with_));
  const useTemplate = raw('explain.suggest.value') ?? 'Use {{value}}';
  const suggestions = found.suggestions.map((s): LocalizedSuggestion => ({
    ...s,
    label: s.field === 'postOnly' ? (raw('explain.suggest.postOnlyOff') ?? 'Turn off post-only') : fill(useTemplate, { value: s.value }),
  }));
  return { code: found.code, key: found.key, field: found.field, values: found.values, text: fill(template, values), suggestions, lng };
}

/**
 * Explains `code` with texts from a template source: `raw(key)` returns the template of a
 * `binanceOptions` key (placeholders left in) or null. formatBinanceError passes its own lookup; a UI
 * kit passes its i18n instance's, so that it needs neither `resources` nor i18next here. Never throws.
 */
export function explainWith(code: number | null, context: unknown, lng: string, raw: RawText): BinanceErrorExplanation | null {
  if (code === null || context === undefined || context === null) return null;
  try {
    const found = explainCode(code, readFacts(context));
    return found ? localizeExplanation(found, lng, raw) : null;
  } catch {
    return null;
  }
}

function codeOf(error: unknown): number | null {
  if (typeof error === 'number') return Number.isInteger(error) ? error : null;
  try {
    const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
    if (typeof code === 'number' && Number.isInteger(code)) return code;
  } catch {
    // A throwing getter: resolve it the long way, which is total.
  }
  return resolveBinanceError(error).code;
}

/**
 * Explains a Binance error with what the app knows about the request. `error` is a resolved or
 * formatted error, a raw `{code, msg}` body or anything `resolveBinanceError` reads; `context` holds
 * the order sent, the symbol's `optionSymbols[]` entry and optionally the top of the book. Explained
 * codes: -1111, -2010 (cause found in the request), -4001, -4002, -4003, -4004, -4005, -4013, -4029,
 * -4030, -6038, -6039, -6046, -6047, -6054. Never throws.
 */
export function explainBinanceError(error: unknown, context: ExplainContext | null | undefined, options?: ExplainOptions): BinanceErrorExplanation | null {
  try {
    const opts: unknown = options;
    const read = (key: string): unknown => (typeof opts === 'object' && opts !== null ? (opts as Record<string, unknown>)[key] : undefined);
    const i18n = read('i18n');
    const lng = languageOf(read('lng'), i18n);
    return explainWith(codeOf(error), context, lng, textSource(lng, i18n));
  } catch {
    return null;
  }
}
