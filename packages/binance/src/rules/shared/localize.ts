/**
 * A draft in words: the sentence of its key under `explain.` in the product's namespace, filled with
 * its values, and a label for each fix. No texts of its own: `raw` reads them from the app's i18next
 * instance or the product's shipped texts, so an app's own wording of any sentence wins.
 */
import {
  interpolate,
  supportedLanguageOf,
  type BinanceErrorExplanation,
  type LocalizedSuggestion,
  type RawText,
} from '@exchange-errors/binance-core';
import type { ExplanationDraft } from './types.js';

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const FULL_WIDTH_PUNCTUATION = '，。：；！？、（）「」“”';
const CJK_THEN_LATIN = new RegExp(`([${CJK}])([A-Za-z0-9])`, 'g');
const LATIN_THEN_CJK = new RegExp(`([A-Za-z0-9%×])([${CJK}])`, 'g');
const SPACE_BETWEEN_CJK = new RegExp(`([${CJK}]) +(?=[${CJK}])`, 'g');
const SPACE_AT_PUNCTUATION = new RegExp(` *([${FULL_WIDTH_PUNCTUATION}]) *`, 'g');

/**
 * Spacing where values meet Chinese: one space between Chinese and Latin letters or digits, none
 * between Chinese characters or beside full-width punctuation (the house style of every zh text).
 */
export function tidyChinese(text: string): string {
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

/** The draft in the language `lng`; null when the texts lack its sentence (an app removed it). */
export function localize(draft: ExplanationDraft, lng: string, raw: RawText): BinanceErrorExplanation | null {
  const template = raw(`explain.${draft.key}`);
  if (template === null) return null;
  const zh = supportedLanguageOf(lng) === 'zh';
  const tidy = zh ? tidyChinese : tidyLatin;
  const fill = (text: string, values: Readonly<Record<string, string>>) => tidy(interpolate(text, values));
  const values = { ...draft.values, symbol: draft.values['symbol'] || (raw('explain.thisSymbol') ?? '') };
  let text = fill(template, values);
  const note = draft.note && raw(`explain.${draft.note.key}`);
  if (draft.note && note) text = tidy(`${text} ${fill(note, { ...values, ...draft.note.values })}`);
  const suggestions = draft.suggestions.map((s): LocalizedSuggestion => ({
    ...s,
    label: fill(raw(`explain.suggest.${s.field}`) ?? raw('explain.suggest.value') ?? 'Use {{value}}', {
      value: s.value,
    }),
  }));
  return {
    code: draft.code,
    key: draft.key,
    field: draft.field,
    values: draft.values,
    text,
    suggestions,
    lng,
  };
}
