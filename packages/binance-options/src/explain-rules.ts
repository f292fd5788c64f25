/**
 * The Options order rules in words: `explainWith(code, context, lng, raw)` finds the rule behind a
 * rejection in what the app knows (the order, the symbol's exchangeInfo entry, the book) and puts it
 * in the trader's language with the texts `raw` reads. No texts of its own and no resolver: the React
 * kit loads it as a chunk of its own (`binanceOptions.loadExplainer`), only when an app passes context.
 */
import {
  interpolate,
  supportedLanguageOf,
  type BinanceErrorExplanation,
  type Explainer,
  type LocalizedSuggestion,
  type RawText,
} from '@exchange-errors/core';
import type { ExplanationDraft } from './order-context.js';
import { readFacts } from './order-context.js';
import { explainCode } from './order-rules.js';

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
  return text
    .replace(CJK_THEN_LATIN, '$1 $2')
    .replace(LATIN_THEN_CJK, '$1 $2')
    .replace(SPACE_BETWEEN_CJK, '$1')
    .replace(SPACE_AT_PUNCTUATION, '$1');
}

/** A draft in words: null when the language has no sentence for it (an app override removed it). */
export function localizeExplanation(
  found: ExplanationDraft,
  lng: string,
  raw: RawText,
): BinanceErrorExplanation | null {
  const template = raw(`explain.${found.key}`);
  if (template === null) return null;
  const values = { ...found.values, symbol: found.values['symbol'] || (raw('explain.thisContract') ?? '') };
  const zh = supportedLanguageOf(lng) === 'zh';
  const fill = (text: string, with_: Readonly<Record<string, string>>) =>
    zh ? tidyCjkSpacing(interpolate(text, with_)) : interpolate(text, with_);
  const useTemplate = raw('explain.suggest.value') ?? 'Use {{value}}';
  const suggestions = found.suggestions.map((s): LocalizedSuggestion => ({
    ...s,
    label:
      s.field === 'postOnly'
        ? (raw('explain.suggest.postOnlyOff') ?? 'Turn off post-only')
        : fill(useTemplate, { value: s.value }),
  }));
  return {
    code: found.code,
    key: found.key,
    field: found.field,
    values: found.values,
    text: fill(template, values),
    suggestions,
    lng,
  };
}

/** For formatBinanceError: explain `code` with the texts it already looks up. */
export const explainWith: Explainer = (code, context, lng, raw) => {
  if (code === null || context === undefined || context === null) return null;
  try {
    const found = explainCode(code, readFacts(context));
    return found ? localizeExplanation(found, lng, raw) : null;
  } catch {
    return null;
  }
};
