/**
 * What one Spot rule says about an order: it fails, on which parameter, and (asked lazily, only when a
 * rejection is explained) the draft of its sentence with the symbol's numbers.
 */
import { formatDecimal, type Decimal } from '../shared/decimal.js';
import type { ExplanationDraft, OrderField, SuggestionField } from '../shared/types.js';
import { symbolName, type SpotFacts } from './facts.js';

export interface SpotVerdict {
  /** The filter that failed (`LOT_SIZE`), as the exchange names it in `Filter failure: NAME`. */
  readonly filter: string;
  readonly field: OrderField | null;
  /** The sentence, for the code the exchange answered (-1013, or -2010 on some paths). */
  readonly draft: (code: number) => ExplanationDraft | null;
}

export const str: (value: Decimal) => string = formatDecimal;

/** A draft with the names every Spot sentence may use: the symbol and its two assets. */
export function spotDraft(
  facts: SpotFacts,
  code: number,
  key: string,
  field: SuggestionField | null,
  values: Readonly<Record<string, string>>,
  suggestions: readonly { readonly field: SuggestionField; readonly value: string }[] = [],
): ExplanationDraft {
  return {
    code,
    key,
    field,
    values: {
      symbol: symbolName(facts),
      baseAsset: facts.symbol?.baseAsset ?? '',
      quoteAsset: facts.symbol?.quoteAsset ?? '',
      ...values,
    },
    suggestions,
  };
}

/** One suggestion per value, for one field. */
export function suggest(
  field: SuggestionField,
  ...values: (Decimal | null)[]
): { field: SuggestionField; value: string }[] {
  return values.filter((v): v is Decimal => v !== null).map((v) => ({ field, value: str(v) }));
}
