/**
 * `@exchange-errors/binance/rules/futures`: the order rules of Binance's futures, one rule set per
 * product (the codes differ): USDⓈ-M (`/fapi/`), COIN-M (`/dapi/`) and Portfolio Margin (`/papi/`,
 * whose UM and CM orders follow the USDⓈ-M and COIN-M entries). The facts are `{ order, symbolInfo,
 * markPrice?, book?, balance?, leverage? }`, `symbolInfo` being the symbol's exchangeInfo entry as served.
 */
import { explainerOf } from '../shared/explainer.js';
import type { OrderFailure, OrderRules } from '../shared/types.js';
import { checkFuturesFacts } from './check.js';
import { COINM_CODES, PM_CODES, USDM_CODES, type FuturesCodes } from './codes.js';
import { explainFutures } from './explain.js';
import { readFuturesFacts } from './facts.js';

export type { OrderFailure, OrderField, OrderRules } from '../shared/types.js';
export type { FuturesOrderDraft } from './order.js';

function rulesOf(codes: FuturesCodes): OrderRules {
  return {
    explain: explainerOf(readFuturesFacts, (code, _answer, facts) => explainFutures(code, facts, codes)),
    check(facts: unknown): readonly OrderFailure[] {
      try {
        return checkFuturesFacts(readFuturesFacts(facts), codes);
      } catch {
        return [];
      }
    },
  };
}

/** USDⓈ-M futures (`POST /fapi/v1/order`). */
export const usdmRules: OrderRules = /* @__PURE__ */ rulesOf(USDM_CODES);
/** COIN-M futures (`POST /dapi/v1/order`): quantities count contracts of `contractSize`. */
export const coinmRules: OrderRules = /* @__PURE__ */ rulesOf(COINM_CODES);
/** Portfolio Margin (`POST /papi/v1/um/order`, `/papi/v1/cm/order`). */
export const pmRules: OrderRules = /* @__PURE__ */ rulesOf(PM_CODES);
