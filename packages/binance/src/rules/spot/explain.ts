/**
 * Why Spot answered a code, from what the app knows: the filter the answer names ("Filter failure:
 * LOT_SIZE", under -1013 or -2010) judged with the symbol's numbers, the precision -1111 names, or
 * the balance "insufficient balance" is about. Without the answer's text (an engine that passes only
 * the code), a filter failure is the first filter the order fails, as the exchange runs them.
 */
import type { ExplainedAnswer } from '@exchange-errors/binance-core';
import { filterNamed } from '../shared/explainer.js';
import type { ExplanationDraft } from '../shared/types.js';
import { FILTER_OF_VARIANT } from './answers.js';
import { balanceDraft } from './balance.js';
import { filterVerdicts, filtersOf } from './check.js';
import type { SpotFacts } from './facts.js';
import { countDraft } from './filters/counts.js';
import { judgeFilter } from './filters/index.js';
import { percentPriceUnjudged } from './filters/percent-price.js';
import { maxPositionUnjudged } from './filters/position.js';
import { precisionExplanation } from './precision.js';

/** The explanation of one named filter: its verdict, or what can be said without one. */
function explainFilter(name: string, facts: SpotFacts, code: number): ExplanationDraft | null {
  for (const filter of filtersOf(facts)) {
    if (filter.type !== name) continue;
    const verdict = judgeFilter(filter, facts);
    if (verdict) return verdict.draft(code);
    // The exchange says the rule failed; the app's facts cannot show it (no average price, no
    // balances, counts that are already stale): say what the rule is.
    switch (filter.type) {
      case 'PERCENT_PRICE':
      case 'PERCENT_PRICE_BY_SIDE':
        return verdict === undefined ? percentPriceUnjudged(filter, facts, code) : null;
      case 'MAX_POSITION':
        return maxPositionUnjudged(filter, facts, code);
      case 'MAX_NUM_ORDERS':
      case 'MAX_NUM_ALGO_ORDERS':
      case 'MAX_NUM_ICEBERG_ORDERS':
      case 'MAX_NUM_ORDER_LISTS':
      case 'MAX_NUM_ORDER_AMENDS':
      case 'EXCHANGE_MAX_NUM_ORDERS':
      case 'EXCHANGE_MAX_NUM_ALGO_ORDERS':
      case 'EXCHANGE_MAX_NUM_ICEBERG_ORDERS':
      case 'EXCHANGE_MAX_NUM_ORDER_LISTS':
        return countDraft(filter, facts, code, false);
      default:
        return null;
    }
  }
  return null;
}

const FILTER_CODES = new Set([-1013, -2010]);

export function explainSpot(
  code: number,
  answer: ExplainedAnswer | undefined,
  facts: SpotFacts,
): ExplanationDraft | null {
  if (!facts.symbol) return null;
  if (code === -1111) return precisionExplanation(facts, code, answer?.message);
  if (!FILTER_CODES.has(code)) return null;
  const variant = answer?.variant ?? null;
  if (variant === 'insufficientBalance') return balanceDraft(facts, code);
  const named = (variant !== null ? FILTER_OF_VARIANT[variant] : undefined) ?? filterNamed(answer?.message);
  if (named) return explainFilter(named, facts, code);
  // The answer named something else (a restriction, a matching-engine message): no filter to blame.
  if (answer && (variant !== null || answer.message !== null)) return null;
  for (const verdict of filterVerdicts(facts)) {
    const draft = verdict.draft(code);
    if (draft) return draft;
  }
  return null;
}
