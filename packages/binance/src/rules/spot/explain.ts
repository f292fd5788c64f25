/**
 * Why Spot answered a code, from what the app knows: the filter the answer names ("Filter failure:
 * LOT_SIZE", under -1013 or -2010) judged with the symbol's numbers, the precision -1111 names, or
 * the balance "insufficient balance" is about. Without the answer's text (an engine that passes only
 * the code), a filter failure is the first filter the order fails, as the exchange runs them.
 */
import type { ExplainedAnswer } from '@exchange-errors/core';
import { filterNamed } from '../shared/explainer.js';
import type { ExplanationDraft } from '../shared/types.js';
import { FILTER_OF_VARIANT } from './answers.js';
import { balanceDraft } from './balance.js';
import { filterVerdicts, filtersOf } from './check.js';
import type { SpotFacts } from './facts.js';
import type { SpotFilter } from './symbol.js';
import { countAtLimit, countDraft } from './filters/counts.js';
import { judgeFilter } from './filters/index.js';
import { percentPriceUnjudged } from './filters/percent-price.js';
import { maxPositionUnjudged } from './filters/position.js';
import { precisionExplanation } from './precision.js';

/** What can be said of a failed filter the app's facts cannot show failing: what the rule is. */
function unjudged(
  filter: SpotFilter,
  facts: SpotFacts,
  code: number,
  verdict: null | undefined,
): ExplanationDraft | null {
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
      return countDraft(filter, facts, code, countAtLimit(filter, facts));
    default:
      return null;
  }
}

/**
 * The explanation of one named filter: the verdict of the first filter of that name the order fails;
 * else, since the exchange says it failed (the app's average price, balances or counts are missing or
 * already stale), what the rule is.
 */
function explainFilter(name: string, facts: SpotFacts, code: number): ExplanationDraft | null {
  let fallback: ExplanationDraft | null = null;
  for (const filter of filtersOf(facts)) {
    if (filter.type !== name) continue;
    const verdict = judgeFilter(filter, facts);
    if (verdict) return verdict.draft(code);
    fallback ??= unjudged(filter, facts, code, verdict);
  }
  return fallback;
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
