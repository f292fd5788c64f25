/**
 * Spot's order checks in the exchange's order: the parameters, the precisions and what the symbol
 * takes at all, then the symbol's filters in the order its exchangeInfo entry lists them, then the
 * exchange's and the account's filters. A filter the facts cannot judge (it needs an average price or
 * open-order counts the app did not pass) is skipped: the exchange may still refuse for it.
 */
import type { OrderFailure } from '../shared/types.js';
import { filterFailure } from './answers.js';
import type { SpotFacts } from './facts.js';
import { judgeFilter } from './filters/index.js';
import { SPOT_ORDER_TYPES } from './order.js';
import { parameterFailures, precisionFailures, symbolFailures } from './params.js';
import type { SpotFilter } from './symbol.js';
import type { SpotVerdict } from './verdict.js';

const TYPES: ReadonlySet<string> = new Set(SPOT_ORDER_TYPES);

/** Every filter that applies, in the order they run. */
export function filtersOf(facts: SpotFacts): readonly SpotFilter[] {
  if (!facts.symbol) return [];
  return [...facts.symbol.filters, ...facts.extras.exchangeFilters, ...facts.extras.assetFilters];
}

/** The filters' verdicts on the order, in order, skipping the parameters already failed. */
export function filterVerdicts(facts: SpotFacts, failed: ReadonlySet<string> = new Set()): SpotVerdict[] {
  if (facts.order.type === undefined || !TYPES.has(facts.order.type)) return [];
  const out: SpotVerdict[] = [];
  for (const filter of filtersOf(facts)) {
    const verdict = judgeFilter(filter, facts);
    if (verdict && !(verdict.field !== null && failed.has(verdict.field))) out.push(verdict);
  }
  return out;
}

export function checkSpotFacts(facts: SpotFacts): OrderFailure[] {
  const out = parameterFailures(facts);
  const failed = new Set<string>();
  const note = (list: readonly OrderFailure[]) => {
    for (const f of list) if (f.field !== null) failed.add(f.field);
  };
  note(out);
  const precision = precisionFailures(facts, failed);
  note(precision);
  const symbol = symbolFailures(facts, failed);
  note(symbol);
  out.push(...precision, ...symbol);
  for (const verdict of filterVerdicts(withoutFailed(facts, failed), failed))
    out.push(filterFailure(verdict.filter, verdict.field));
  return out;
}

/** The facts with every parameter that already failed taken out: no filter judges a value it cannot read. */
function withoutFailed(facts: SpotFacts, failed: ReadonlySet<string>): SpotFacts {
  if (failed.size === 0) return facts;
  const order: Record<string, unknown> = { ...facts.order };
  for (const field of failed) if (field in order) order[field] = undefined;
  return { ...facts, order: order as unknown as SpotFacts['order'] };
}
