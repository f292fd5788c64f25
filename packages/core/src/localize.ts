/**
 * An explanation in words: a product's rules find the rule behind a rejection (a draft: a sentence key
 * and its values) and this puts it in the trader's language with the product's texts. Shared by every
 * product with order rules, so that their sentences, fix labels and Chinese spacing read alike.
 */
import type { Explanation, Fix, Suggestion } from './explanation.js';
import { interpolate } from './interpolate.js';
import { supportedLanguageOf } from './languages.js';
import type { RawText } from './texts.js';

/** An explanation before localization: a key under `explain.` with its values. */
export interface ExplanationDraft {
  /** The code whose rule this is (for a catch-all rejection, the rule found in the request). */
  readonly code: number;
  readonly key: string;
  readonly field: string;
  /** Values for the sentence; `symbol` is '' when unknown (the sentence then says "this contract"). */
  readonly values: Readonly<Record<string, string>>;
  readonly suggestions: readonly Fix[];
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
  return text
    .replace(CJK_THEN_LATIN, '$1 $2')
    .replace(LATIN_THEN_CJK, '$1 $2')
    .replace(SPACE_BETWEEN_CJK, '$1')
    .replace(SPACE_AT_PUNCTUATION, '$1');
}

/** A draft in words: null when the language has no sentence for it (an app override removed it). */
export function localizeExplanation(found: ExplanationDraft, lng: string, raw: RawText): Explanation | null {
  const template = raw(`explain.${found.key}`);
  if (template === null) return null;
  const values = { ...found.values, symbol: found.values['symbol'] || (raw('explain.thisContract') ?? '') };
  const zh = supportedLanguageOf(lng) === 'zh';
  const fill = (text: string, with_: Readonly<Record<string, string>>) =>
    zh ? tidyCjkSpacing(interpolate(text, with_)) : interpolate(text, with_);
  const useTemplate = raw('explain.suggest.value') ?? 'Use {{value}}';
  const suggestions = found.suggestions.map((s): Suggestion => ({
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
