/**
 * The precision rule every product has (-1111): a number may have at most so many decimals (Spot's
 * `baseAssetPrecision` / `quoteAssetPrecision`, the futures' `pricePrecision` / `quantityPrecision`,
 * a count of digits). Trailing zeros do not count: `12.50` has one decimal place.
 */
import { decimalPlaces, formatDecimal, type Decimal } from './decimal.js';
import { gridOf, neighboursOf, type Grid } from './grid.js';
import type { SuggestionField } from './types.js';

export interface PrecisionDraft {
  readonly key: string;
  readonly values: Record<string, string>;
  readonly suggestions: { readonly field: SuggestionField; readonly value: string }[];
}

/** Whether `value` has more decimals than `digits` allows. */
export function tooPrecise(value: Decimal, digits: number | null): boolean {
  return digits !== null && decimalPlaces(value) > digits;
}

/**
 * The sentence for a value with too many decimals: `<field>TooPrecise` (or `<field>NotWhole` when no
 * decimals are allowed), with both valid neighbours, or `…One` when only one is valid; null when the
 * grid has none. `grid` is the field's full grid, so the neighbours pass the other rules too.
 */
export function precisionDraft(
  field: 'price' | 'quantity' | 'stopPrice' | 'icebergQty' | 'quoteOrderQty',
  text: string,
  value: Decimal,
  digits: number,
  grid: Grid = gridOf(null, digits, null, null),
): PrecisionDraft | null {
  const near = neighboursOf(value, grid);
  const [a, b] = near;
  if (!a) return null;
  const base = digits === 0 ? `${field}NotWhole` : `${field}TooPrecise`;
  const values = { [field]: text, decimals: String(decimalPlaces(value)), scale: String(digits) };
  if (!b)
    return {
      key: `${base}One`,
      values: { ...values, nearest: formatDecimal(a) },
      suggestions: [{ field, value: formatDecimal(a) }],
    };
  return {
    key: base,
    values: { ...values, below: formatDecimal(a), above: formatDecimal(b) },
    suggestions: [
      { field, value: formatDecimal(a) },
      { field, value: formatDecimal(b) },
    ],
  };
}

/** The nearest valid values of a grid, as the `…` / `…One` pair of keys and their values. */
export function nearestDraft(
  field: SuggestionField,
  key: string,
  value: Decimal,
  grid: Grid,
): { key: string; values: Record<string, string>; suggestions: { field: SuggestionField; value: string }[] } | null {
  const [a, b] = neighboursOf(value, grid);
  if (!a) return null;
  if (!b)
    return {
      key: `${key}One`,
      values: { nearest: formatDecimal(a) },
      suggestions: [{ field, value: formatDecimal(a) }],
    };
  return {
    key,
    values: { below: formatDecimal(a), above: formatDecimal(b) },
    suggestions: [
      { field, value: formatDecimal(a) },
      { field, value: formatDecimal(b) },
    ],
  };
}
