/** The futures order checks in the exchange's order: the parameters, then the price, quantity and notional rules. */
import type { OrderFailure } from '../shared/types.js';
import type { FuturesCodes } from './codes.js';
import type { FuturesFacts } from './facts.js';
import { parameterFailures } from './params.js';
import { marketBandVerdict, notionalVerdict, priceVerdict, quantityVerdict, stopBandVerdict } from './rules.js';
import type { FuturesVerdict } from './verdict.js';

/**
 * Every rule's verdict on the numbers, in order. The rules on the order as a whole (its notional, its
 * price against the book or its stop) are judged only on a price and a quantity that pass their own.
 */
export function numberVerdicts(facts: FuturesFacts, codes: FuturesCodes): FuturesVerdict[] {
  const own = [priceVerdict(facts), quantityVerdict(facts)].filter((v): v is FuturesVerdict => v !== null);
  if (own.length > 0) return own;
  return [notionalVerdict(facts, codes), marketBandVerdict(facts, codes), stopBandVerdict(facts, codes)].filter(
    (v): v is FuturesVerdict => v !== null,
  );
}

/** The facts with every parameter that already failed taken out: no rule judges a value it cannot read. */
function withoutFailed(facts: FuturesFacts, failed: ReadonlySet<string>): FuturesFacts {
  if (failed.size === 0) return facts;
  const order: Record<string, unknown> = { ...facts.order };
  for (const field of failed) if (field in order) order[field] = undefined;
  return { ...facts, order: order as unknown as FuturesFacts['order'] };
}

export function checkFuturesFacts(facts: FuturesFacts, codes: FuturesCodes): OrderFailure[] {
  const out = parameterFailures(facts);
  const failed = new Set(out.map((f) => f.field).filter((f): f is NonNullable<typeof f> => f !== null));
  if (!facts.symbol || failed.has('type') || failed.has('side')) return out;
  for (const verdict of numberVerdicts(withoutFailed(facts, failed), codes)) out.push(verdict.failure);
  return out;
}
