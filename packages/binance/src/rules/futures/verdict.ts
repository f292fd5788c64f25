/**
 * What one futures rule says about an order: the answer the exchange would give (code, variant,
 * values) and, asked lazily when a rejection is explained, the draft of its sentence. On COIN-M every
 * sentence about a quantity says what one contract is worth: an order there counts contracts.
 */
import { formatDecimal, type Decimal } from '../shared/decimal.js';
import type { ExplanationDraft, OrderFailure, SuggestionField } from '../shared/types.js';
import { contractName, type FuturesFacts } from './facts.js';

export interface FuturesVerdict {
  readonly failure: OrderFailure;
  readonly draft: (code: number) => ExplanationDraft | null;
}

export const str: (value: Decimal) => string = formatDecimal;

export function futuresDraft(
  facts: FuturesFacts,
  code: number,
  key: string,
  field: SuggestionField | null,
  values: Readonly<Record<string, string>>,
  suggestions: readonly { readonly field: SuggestionField; readonly value: string }[] = [],
  aboutQuantity = false,
): ExplanationDraft {
  const symbol = facts.symbol;
  const contractSize = symbol?.contractSize;
  return {
    code,
    key,
    field,
    values: {
      symbol: contractName(facts),
      baseAsset: symbol?.baseAsset ?? '',
      quoteAsset: symbol?.quoteAsset ?? '',
      marginAsset: symbol?.marginAsset ?? symbol?.quoteAsset ?? '',
      ...values,
    },
    suggestions,
    ...(aboutQuantity && contractSize
      ? { note: { key: 'contractWorth', values: { contractSize: str(contractSize) } } }
      : {}),
  };
}

export function suggest(
  field: SuggestionField,
  ...values: (Decimal | null)[]
): { field: SuggestionField; value: string }[] {
  return values.filter((v): v is Decimal => v !== null).map((v) => ({ field, value: str(v) }));
}
