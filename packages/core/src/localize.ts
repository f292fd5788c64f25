/**
 * An explanation in words: a product's rules find the rule behind a rejection (a draft: a sentence key
 * and its values) and this puts it in the trader's language with the product's texts. Shared by every
 * product with order rules, so that their sentences, fix labels and Chinese spacing read alike. No
 * texts of its own: `raw` reads them from the app's i18next instance or the product's shipped texts,
 * so an app's own wording of any sentence wins.
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
  /** The order field the rule is about; null for a limit of the account (open orders, position). */
  readonly field: string | null;
  /** Values for the sentence; `symbol` is '' when unknown (the sentence then says `explain.thisSymbol`). */
  readonly values: Readonly<Record<string, string>>;
  readonly suggestions: readonly Fix[];
  /** A second sentence after the first (COIN-M: what one contract is worth). */
  readonly note?: { readonly key: string; readonly values: Readonly<Record<string, string>> };
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const FULL_WIDTH_PUNCTUATION = '，。：；！？、（）「」“”';
const CJK_THEN_LATIN = new RegExp(`([${CJK}])([A-Za-z0-9])`, 'g');
const LATIN_THEN_CJK = new RegExp(`([A-Za-z0-9%×])([${CJK}])`, 'g');
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
    .replace(SPACE_AT_PUNCTUATION, '$1')
    .trim();
}

/** A value left empty (an asset the entry does not name) leaves no double space or space before a stop. */
function tidyLatin(text: string): string {
  return text
    .replace(/ {2,}/g, ' ')
    .replace(/ ([.,:;)])/g, '$1')
    .replace(/\( /g, '(')
    .trim();
}

/**
 * A draft in words, null when the language has no sentence for it (an app override removed it). A
 * fix's label is `explain.suggest.<field>` ("Turn off post-only") where the product has one, else
 * `explain.suggest.value` ("Use {{value}}").
 */
export function localizeExplanation(draft: ExplanationDraft, lng: string, raw: RawText): Explanation | null {
  const template = raw(`explain.${draft.key}`);
  if (template === null) return null;
  const tidy = supportedLanguageOf(lng) === 'zh' ? tidyCjkSpacing : tidyLatin;
  const fill = (text: string, values: Readonly<Record<string, string>>) => tidy(interpolate(text, values));
  const values = { ...draft.values, symbol: draft.values['symbol'] || (raw('explain.thisSymbol') ?? '') };
  let text = fill(template, values);
  const note = draft.note ? raw(`explain.${draft.note.key}`) : null;
  if (draft.note && note) text = tidy(`${text} ${fill(note, { ...values, ...draft.note.values })}`);
  const suggestions = draft.suggestions.map((s): Suggestion => ({
    ...s,
    label: fill(raw(`explain.suggest.${s.field}`) ?? raw('explain.suggest.value') ?? 'Use {{value}}', {
      value: s.value,
    }),
  }));
  return { code: draft.code, key: draft.key, field: draft.field, values: draft.values, text, suggestions, lng };
}
