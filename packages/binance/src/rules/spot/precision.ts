/** -1111 in words: the parameter the server named, its decimals against the symbol's precision. */
import { gridOf } from '../shared/grid.js';
import { precisionDraft, tooPrecise } from '../shared/precision.js';
import type { ExplanationDraft } from '../shared/types.js';
import type { SpotFacts } from './facts.js';
import { priceGrid, quantityGrid } from './grids.js';
import { spotDraft } from './verdict.js';

type Field = 'price' | 'quantity' | 'stopPrice' | 'icebergQty' | 'quoteOrderQty';
const FIELDS: readonly Field[] = ['price', 'quantity', 'quoteOrderQty', 'stopPrice', 'icebergQty'];

/** The parameter "Parameter 'quantity' has too much precision." names. */
function namedField(message: string | null | undefined): Field | null {
  const match = typeof message === 'string' ? /^Parameter '(\w{1,20})' has too much precision\.?$/.exec(message) : null;
  const name = match?.[1];
  return FIELDS.find((f) => f === name) ?? null;
}

export function precisionExplanation(
  facts: SpotFacts,
  code: number,
  message: string | null | undefined,
): ExplanationDraft | null {
  const symbol = facts.symbol;
  if (!symbol) return null;
  const named = namedField(message);
  for (const field of named ? [named] : FIELDS) {
    const sent = facts.order[field];
    const digits =
      field === 'quantity' || field === 'icebergQty' ? symbol.baseAssetPrecision : symbol.quoteAssetPrecision;
    if (!sent?.value || digits === null || !tooPrecise(sent.value, digits)) continue;
    const market = facts.order.type === 'MARKET';
    const grid =
      field === 'price' || field === 'stopPrice'
        ? priceGrid(symbol)
        : field === 'quoteOrderQty'
          ? gridOf(null, digits, null, null)
          : quantityGrid(symbol, field === 'quantity' && market);
    const draft = precisionDraft(field, sent.text, sent.value, digits, grid);
    return draft && spotDraft(facts, code, draft.key, field, draft.values, draft.suggestions);
  }
  return null;
}
