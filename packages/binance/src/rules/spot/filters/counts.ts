/**
 * The filters that cap how many orders of a kind an account has open: on the symbol (MAX_NUM_ORDERS
 * 最多订单数, MAX_NUM_ALGO_ORDERS 最多条件单数, MAX_NUM_ICEBERG_ORDERS 最多冰山单数,
 * MAX_NUM_ORDER_LISTS) and on the exchange (EXCHANGE_…), and MAX_NUM_ORDER_AMENDS for one order's
 * amendments. A new order fails when the count it joins is already at the limit; judged only when
 * the app passes its open orders. Order lists and amendments are not single new orders: those two
 * are explained when they come back, never judged before sending.
 */
import type { OpenOrderCounts } from '../extras.js';
import type { SpotFacts } from '../facts.js';
import { ALGO_TYPES } from '../order.js';
import type { CountFilterType, SpotFilter } from '../symbol.js';
import { spotDraft, type SpotVerdict } from '../verdict.js';

type CountFilter = Extract<SpotFilter, { type: CountFilterType }>;

interface CountRule {
  /** The sentence key, and the `…Reached` key used when the open count is unknown. */
  readonly key: string;
  /** Which of the app's counts the limit is about. */
  readonly count: keyof OpenOrderCounts | null;
  /** Whether a single new order joins this count. */
  readonly applies: (facts: SpotFacts) => boolean;
}

const isAlgo = (facts: SpotFacts) => ALGO_TYPES.has(facts.order.type ?? '');
const isIceberg = (facts: SpotFacts) => (facts.order.icebergQty?.value?.units ?? 0n) > 0n;
const always = () => true;
const never = () => false;

const RULES: Readonly<Record<CountFilterType, CountRule>> = {
  MAX_NUM_ORDERS: { key: 'maxNumOrders', count: 'orders', applies: always },
  MAX_NUM_ALGO_ORDERS: { key: 'maxNumAlgoOrders', count: 'algoOrders', applies: isAlgo },
  MAX_NUM_ICEBERG_ORDERS: { key: 'maxNumIcebergOrders', count: 'icebergOrders', applies: isIceberg },
  MAX_NUM_ORDER_LISTS: { key: 'maxNumOrderLists', count: 'orderLists', applies: never },
  MAX_NUM_ORDER_AMENDS: { key: 'maxNumOrderAmends', count: null, applies: never },
  EXCHANGE_MAX_NUM_ORDERS: { key: 'exchangeMaxNumOrders', count: 'exchangeOrders', applies: always },
  EXCHANGE_MAX_NUM_ALGO_ORDERS: { key: 'exchangeMaxNumAlgoOrders', count: 'exchangeAlgoOrders', applies: isAlgo },
  EXCHANGE_MAX_NUM_ICEBERG_ORDERS: {
    key: 'exchangeMaxNumIcebergOrders',
    count: 'exchangeIcebergOrders',
    applies: isIceberg,
  },
  EXCHANGE_MAX_NUM_ORDER_LISTS: { key: 'exchangeMaxNumOrderLists', count: 'exchangeOrderLists', applies: never },
};

function openCount(facts: SpotFacts, rule: CountRule): number | null {
  if (rule.count === null) return null;
  const value = facts.extras.openOrders[rule.count];
  return typeof value === 'number' ? value : null;
}

/**
 * The sentence: the open count against the limit when the app passed it (`withCount`), else the limit
 * alone (also when the app's count is stale: the exchange said the limit was reached).
 */
export function countDraft(filter: CountFilter, facts: SpotFacts, code: number, withCount = true) {
  const rule = RULES[filter.type];
  if (filter.max === null) return null;
  const open = withCount ? openCount(facts, rule) : null;
  const max = String(filter.max);
  return open === null
    ? spotDraft(facts, code, `${rule.key}Reached`, null, { max })
    : spotDraft(facts, code, rule.key, null, { max, open: String(open) });
}

/** Whether the app's count shows the limit reached (so a sentence may quote it). */
export function countAtLimit(filter: CountFilter, facts: SpotFacts): boolean {
  const open = openCount(facts, RULES[filter.type]);
  return filter.max !== null && open !== null && open >= filter.max;
}

/** Judged before sending: the order joins a count already at its limit. */
export function countFilter(filter: CountFilter, facts: SpotFacts): SpotVerdict | null {
  const rule = RULES[filter.type];
  const open = openCount(facts, rule);
  if (filter.max === null || open === null || !rule.applies(facts) || open < filter.max) return null;
  return { filter: filter.type, field: null, draft: (code) => countDraft(filter, facts, code) };
}
