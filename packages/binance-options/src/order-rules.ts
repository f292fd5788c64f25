/**
 * Binance Options' order rules, evaluated on what an app already has (see order-context.ts). One
 * evaluator per rule, in the order the exchange runs them; `explain.ts` asks one rule why a code came
 * back, `validate.ts` runs them all before sending. Filter semantics follow Binance's filter
 * documentation (https://developers.binance.com/docs/binance-spot-api-docs/filters):
 * `price % tickSize == 0` and `quantity % stepSize == 0` counted from zero, and a filter value of 0
 * turns that rule off.
 */
import {
  addDecimal,
  ceilQuotient,
  ceilToStep,
  commonStep,
  compareDecimal,
  decimalPlaces,
  floorToStep,
  formatDecimal,
  isMultipleOf,
  isNegative,
  subtractDecimal,
  unitOfScale,
  type Decimal,
} from './decimal.js';
import type { Fix } from '@exchange-errors/core';
import type { ExplanationDraft, Facts, OrderField, SentNumber, SymbolRules } from './order-context.js';

/* ------------------------------------------------------------------ the valid grid */

type Side = 'price' | 'quantity';

interface Grid {
  readonly step: Decimal | null;
  readonly low: Decimal | null;
  readonly high: Decimal | null;
}

/** The values that pass every rule of one side: multiples of `step` in `[low, high]`. */
function gridOf(rules: SymbolRules, side: Side): Grid {
  const tick = side === 'price' ? rules.tickSize : rules.stepSize;
  const scale = side === 'price' ? rules.priceScale : rules.quantityScale;
  const places = scale === null ? null : unitOfScale(scale);
  const step = tick && places ? commonStep(tick, places) : (tick ?? places);
  const min = side === 'price' ? rules.minPrice : rules.minQty;
  let max = side === 'price' ? rules.maxPrice : rules.maxQty;
  if (side === 'quantity' && rules.maxOrderQty && (!max || compareDecimal(rules.maxOrderQty, max) < 0))
    max = rules.maxOrderQty;
  // Without a minimum, the smallest positive value on the grid: a price or quantity of 0 helps nobody.
  const lowBound = min ?? step;
  const low = lowBound && step ? ceilToStep(lowBound, step) : lowBound;
  const high = max && step ? floorToStep(max, step) : max;
  if (low && high && compareDecimal(low, high) > 0) return { step, low: null, high: null };
  return { step, low, high };
}

function within(value: Decimal, grid: Grid): boolean {
  return (
    (!grid.low || compareDecimal(value, grid.low) >= 0) &&
    (!grid.high || compareDecimal(value, grid.high) <= 0) &&
    value.units > 0n
  );
}

/** The valid values on either side of `value`, closest first; none when the grid is unknown. */
function neighbours(value: Decimal, grid: Grid): Decimal[] {
  if (!grid.step) return [];
  const out: Decimal[] = [];
  for (const candidate of [floorToStep(value, grid.step), ceilToStep(value, grid.step)]) {
    if (candidate && within(candidate, grid) && !out.some((o) => compareDecimal(o, candidate) === 0))
      out.push(candidate);
  }
  if (out.length === 0) {
    // Off the grid *and* out of range (e.g. 0.001 with a minimum of 0.01): the nearest bound.
    if (grid.low && compareDecimal(value, grid.low) < 0) out.push(grid.low);
    else if (grid.high && compareDecimal(value, grid.high) > 0) out.push(grid.high);
  }
  return out;
}

/* ------------------------------------------------------------------ evaluators */

/** What one rule says about the order: it fails (with an explanation when the numbers allow one). */
export interface Verdict {
  readonly code: number;
  readonly field: OrderField;
  readonly draft: ExplanationDraft | null;
}

interface RuleEvaluator {
  readonly code: number;
  readonly field: Side;
  readonly evaluate: (facts: Facts) => Verdict | null;
}

const str = formatDecimal;

function valueOf(facts: Facts, side: Side): SentNumber | undefined {
  return side === 'price' ? facts.order.price : facts.order.quantity;
}

function symbolOf(facts: Facts): string {
  return facts.order.symbol ?? facts.rules.symbol ?? '';
}

function draft(
  facts: Facts,
  code: number,
  side: Side,
  key: string,
  values: Record<string, string>,
  suggested: readonly Decimal[],
): ExplanationDraft {
  return {
    code,
    key,
    field: side,
    values: { symbol: symbolOf(facts), [side]: valueOf(facts, side)?.text ?? '', ...values },
    suggestions: suggested.map((value) => ({ field: side, value: str(value) })),
  };
}

/** `priceOffTick` / `priceOffTickOne`: the sentence with both neighbours or the one that is valid. */
function withNeighbours(
  facts: Facts,
  code: number,
  side: Side,
  key: string,
  value: Decimal,
  values: Record<string, string>,
): ExplanationDraft | null {
  const near = neighbours(value, gridOf(facts.rules, side));
  const [a, b] = near;
  if (!a) return null;
  if (!b) return draft(facts, code, side, `${key}One`, { ...values, nearest: str(a) }, [a]);
  return draft(facts, code, side, key, { ...values, below: str(a), above: str(b) }, [a, b]);
}

function scaleRule(side: Side): RuleEvaluator {
  return {
    code: -1111,
    field: side,
    evaluate: (facts) => {
      const value = valueOf(facts, side)?.value;
      const scale = side === 'price' ? facts.rules.priceScale : facts.rules.quantityScale;
      if (!value || scale === null) return null;
      const places = decimalPlaces(value);
      if (places <= scale) return null;
      const key = scale === 0 ? `${side}NotWhole` : `${side}TooPrecise`;
      return {
        code: -1111,
        field: side,
        draft: withNeighbours(facts, -1111, side, key, value, { decimals: String(places), scale: String(scale) }),
      };
    },
  };
}

function negativeRule(side: Side): RuleEvaluator {
  const code = side === 'price' ? -4001 : -4003;
  return {
    code,
    field: side,
    evaluate: (facts) => {
      const value = valueOf(facts, side)?.value;
      if (!value || !isNegative(value)) return null;
      const { low } = gridOf(facts.rules, side);
      return {
        code,
        field: side,
        draft: low ? draft(facts, code, side, `${side}Negative`, { lowest: str(low) }, [low]) : null,
      };
    },
  };
}

function minRule(side: Side): RuleEvaluator {
  const code = side === 'price' ? -4013 : -4004;
  return {
    code,
    field: side,
    evaluate: (facts) => {
      const value = valueOf(facts, side)?.value;
      const min = side === 'price' ? facts.rules.minPrice : facts.rules.minQty;
      if (!value || !min || compareDecimal(value, min) >= 0) return null;
      const { low } = gridOf(facts.rules, side);
      const name = side === 'price' ? 'minPrice' : 'minQty';
      return {
        code,
        field: side,
        draft: draft(facts, code, side, `${side}BelowMin`, { [name]: str(min) }, low ? [low] : []),
      };
    },
  };
}

function maxRule(side: Side): RuleEvaluator {
  const code = side === 'price' ? -4002 : -4005;
  return {
    code,
    field: side,
    evaluate: (facts) => {
      const value = valueOf(facts, side)?.value;
      const max = side === 'price' ? facts.rules.maxPrice : facts.rules.maxQty;
      if (!value || !max || compareDecimal(value, max) <= 0) return null;
      const { high } = gridOf(facts.rules, side);
      const name = side === 'price' ? 'maxPrice' : 'maxQty';
      return {
        code,
        field: side,
        draft: draft(facts, code, side, `${side}AboveMax`, { [name]: str(max) }, high ? [high] : []),
      };
    },
  };
}

function stepRule(side: Side, code: number): RuleEvaluator {
  return {
    code,
    field: side,
    evaluate: (facts) => {
      const value = valueOf(facts, side)?.value;
      const step = side === 'price' ? facts.rules.tickSize : facts.rules.stepSize;
      if (!value || !step || isMultipleOf(value, step)) return null;
      const key = side === 'price' ? 'priceOffTick' : 'quantityOffStep';
      const name = side === 'price' ? 'tickSize' : 'stepSize';
      return { code, field: side, draft: withNeighbours(facts, code, side, key, value, { [name]: str(step) }) };
    },
  };
}

const orderMaxRule: RuleEvaluator = {
  code: -6054,
  field: 'quantity',
  evaluate: (facts) => {
    const value = facts.order.quantity?.value;
    const max = facts.rules.maxOrderQty;
    if (!value || !max || compareDecimal(value, max) <= 0) return null;
    const { high } = gridOf(facts.rules, 'quantity');
    const orders = ceilQuotient(value, high ?? max);
    if (!high || orders === null) return { code: -6054, field: 'quantity', draft: null };
    return {
      code: -6054,
      field: 'quantity',
      draft: draft(
        facts,
        -6054,
        'quantity',
        'quantityAboveOrderMax',
        { maxQty: str(high), orders: orders.toString() },
        [high],
      ),
    };
  },
};

const priceScale = scaleRule('price');
const priceNegative = negativeRule('price');
const priceMin = minRule('price');
const priceMax = maxRule('price');
const priceTick = stepRule('price', -4029);
const quantityScale = scaleRule('quantity');
const quantityNegative = negativeRule('quantity');
const quantityMin = minRule('quantity');
const quantityMax = maxRule('quantity');
const quantityStep = stepRule('quantity', -4030);

/** Price rules, then quantity rules, each in the exchange's order: the first failure is its answer. */
export const PRICE_RULES: readonly RuleEvaluator[] = [priceScale, priceNegative, priceMin, priceMax, priceTick];
export const QUANTITY_RULES: readonly RuleEvaluator[] = [
  quantityScale,
  quantityNegative,
  quantityMin,
  quantityMax,
  quantityStep,
  orderMaxRule,
];
const FILTER_RULES = [...PRICE_RULES, ...QUANTITY_RULES];

/** The first failing rule of a list (the one the exchange would report). */
export function firstFailure(facts: Facts, rules: readonly RuleEvaluator[]): Verdict | null {
  for (const rule of rules) {
    const verdict = rule.evaluate(facts);
    if (verdict) return verdict;
  }
  return null;
}

/* ------------------------------------------------------------------ flags and the book */

function isFlag(value: boolean | string | undefined): boolean {
  return value === true || value === 'true';
}

function timeInForceOf(facts: Facts): string {
  return facts.order.timeInForce ?? 'GTC';
}

function fokRule(facts: Facts): ExplanationDraft | null {
  const { order, book } = facts;
  if (timeInForceOf(facts) !== 'FOK' || !order.price?.value || !order.quantity?.value) return null;
  const values = { symbol: symbolOf(facts), price: order.price.text, quantity: order.quantity.text };
  const ioc: Fix = { field: 'timeInForce', value: 'IOC' };
  const gtc: Fix = { field: 'timeInForce', value: 'GTC' };
  if (order.side === 'BUY' && book.bestAsk && compareDecimal(order.price.value, book.bestAsk) < 0) {
    const bestAsk = str(book.bestAsk);
    return {
      code: -6046,
      key: 'fokBuyBelowAsk',
      field: 'price',
      values: { ...values, bestAsk },
      suggestions: [{ field: 'price', value: bestAsk }, gtc],
    };
  }
  if (order.side === 'SELL' && book.bestBid && compareDecimal(order.price.value, book.bestBid) > 0) {
    const bestBid = str(book.bestBid);
    return {
      code: -6046,
      key: 'fokSellAboveBid',
      field: 'price',
      values: { ...values, bestBid },
      suggestions: [{ field: 'price', value: bestBid }, gtc],
    };
  }
  return { code: -6046, key: 'fokNotFilled', field: 'timeInForce', values, suggestions: [ioc, gtc] };
}

function postOnlyRule(facts: Facts): ExplanationDraft | null {
  const { order, book, rules } = facts;
  if (!isFlag(order.postOnly) || !order.price?.value) return null;
  const values = { symbol: symbolOf(facts), price: order.price.text };
  const off: Fix = { field: 'postOnly', value: 'false' };
  const grid = gridOf(rules, 'price');
  if (order.side === 'BUY' && book.bestAsk && compareDecimal(order.price.value, book.bestAsk) >= 0 && grid.step) {
    // The highest price on the grid strictly below the best ask.
    const above = ceilToStep(book.bestAsk, grid.step);
    const resting = above && subtractDecimal(above, grid.step);
    if (resting && within(resting, grid)) {
      return {
        code: -6047,
        key: 'postOnlyBuyCrosses',
        field: 'price',
        values: { ...values, bestAsk: str(book.bestAsk), resting: str(resting) },
        suggestions: [{ field: 'price', value: str(resting) }, off],
      };
    }
  }
  if (order.side === 'SELL' && book.bestBid && compareDecimal(order.price.value, book.bestBid) <= 0 && grid.step) {
    // The lowest price on the grid strictly above the best bid.
    const below = floorToStep(book.bestBid, grid.step);
    const resting = below && addDecimal(below, grid.step);
    if (resting && within(resting, grid)) {
      return {
        code: -6047,
        key: 'postOnlySellCrosses',
        field: 'price',
        values: { ...values, bestBid: str(book.bestBid), resting: str(resting) },
        suggestions: [{ field: 'price', value: str(resting) }, off],
      };
    }
  }
  return { code: -6047, key: 'postOnlyWouldTake', field: 'postOnly', values, suggestions: [off] };
}

/* ------------------------------------------------------------------ why a code came back */

const BY_CODE: Readonly<Record<number, readonly RuleEvaluator[]>> = {
  [-1111]: [priceScale, quantityScale],
  // "scale not match": the same decimal-places rule, as the guidance for -6038 reads it.
  [-6038]: [priceScale, quantityScale],
  [-4001]: [priceNegative],
  [-4013]: [priceMin],
  [-4002]: [priceMax],
  [-4029]: [priceTick],
  [-4003]: [quantityNegative],
  [-4004]: [quantityMin],
  [-4005]: [quantityMax],
  [-4030]: [quantityStep],
  // Same server text as -4030 ("Step size precision is invalid.").
  [-6039]: [quantityStep],
  [-6054]: [orderMaxRule],
};

/** Codes `explainBinanceError` can explain when the context holds the numbers. */
export const EXPLAINED_CODES: readonly number[] = [...Object.keys(BY_CODE).map(Number), -2010, -6046, -6047].sort(
  (a, b) => b - a,
);

/**
 * Why the exchange answered `code` to this order, from the numbers in `facts`; `null` when the facts
 * do not show the rule failing (missing context, or rules the app holds that say the order is fine).
 */
export function explainCode(code: number | null, facts: Facts): ExplanationDraft | null {
  if (code === null) return null;
  if (code === -6046) return fokRule(facts);
  if (code === -6047) return postOnlyRule(facts);
  // NEW_ORDER_REJECTED names no cause: the first rule the request breaks is the likely one.
  const rules = code === -2010 ? FILTER_RULES : BY_CODE[code];
  if (!rules) return null;
  for (const rule of rules) {
    const verdict = rule.evaluate(facts);
    if (verdict?.draft) return verdict.draft;
  }
  return null;
}
