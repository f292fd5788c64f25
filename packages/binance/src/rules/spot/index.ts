/**
 * `@exchange-errors/binance/rules/spot`: Spot's order rules (`POST /api/v3/order`), as an engine plugs
 * them in. The facts are `{ order, symbolInfo, avgPrice?, book?, openOrders?, balance?, exchangeFilters?,
 * myFilters? }`, `symbolInfo` being the symbol's entry of `GET /api/v3/exchangeInfo` as served.
 */
import { explainerOf } from '../shared/explainer.js';
import type { OrderFailure, OrderRules } from '../shared/types.js';
import { checkSpotFacts } from './check.js';
import { explainSpot } from './explain.js';
import { readSpotFacts } from './facts.js';

export type { OrderFailure, OrderField, OrderRules } from '../shared/types.js';
export type { SpotOrderDraft } from './order.js';

/** Spot's rules: `check` (every failed check, the exchange's answer first) and `explain` (core's Explainer). */
export const spotRules: OrderRules = {
  explain: /* @__PURE__ */ explainerOf(readSpotFacts, explainSpot),
  check(facts: unknown): readonly OrderFailure[] {
    try {
      return checkSpotFacts(readSpotFacts(facts));
    } catch {
      return [];
    }
  },
};
