/**
 * Orders and symbol rules for the explained filter failures, shared by the stories and the tests:
 * one case per explained code family, each with the sentence the trader reads in en and zh (the
 * numbers of the symbol's own rules, exact decimals).
 */
import type { BookTop, ExplainContext, OptionSymbolInfo, OrderDraft } from '@exchange-errors/binance-options';

export const SYMBOL = 'BTC-261225-100000-C';

/** A BTC option as exchangeInfo lists it: tick 5, step 0.01, whole-number prices, at most 50 per order. */
export function symbolInfo(change: { stepSize?: string; orderMax?: string } = {}): OptionSymbolInfo {
  return {
    symbol: SYMBOL,
    priceScale: 0,
    quantityScale: 2,
    minQty: '0.01',
    maxQty: change.orderMax ?? '50',
    filters: [
      { filterType: 'PRICE_FILTER', minPrice: '5', maxPrice: '200000', tickSize: '5' },
      { filterType: 'LOT_SIZE', minQty: '0.01', maxQty: '100', stepSize: change.stepSize ?? '0.01' },
    ],
  };
}

export const BOOK: BookTop = { bestBid: '510', bestAsk: '520' };

export interface ExplainedCase {
  /** What the server sent. */
  readonly error: { readonly code: number; readonly msg: string };
  readonly explain: ExplainContext;
  readonly en: string;
  readonly zh: string;
  /** The first suggestion's button, en and zh. */
  readonly fix: readonly [string, string];
}

const order = (o: OrderDraft): OrderDraft => ({ symbol: SYMBOL, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', ...o });

export const EXPLAINED = {
  priceOffTick: {
    error: { code: -4029, msg: 'Tick size precision is invalid.' },
    explain: { order: order({ price: '12306', quantity: '1' }), symbolInfo: symbolInfo() },
    en: 'Price 12306 is not a multiple of the tick size 5: the nearest valid prices are 12305 and 12310.',
    zh: '价格 12306 不是最小价格变动单位 5 的整数倍，最接近的有效价格为 12305 和 12310。',
    fix: ['Use 12305', '改用 12305'],
  },
  quantityOffStep: {
    error: { code: -4030, msg: 'Step size precision is invalid.' },
    explain: { order: order({ price: '500', quantity: '0.07' }), symbolInfo: symbolInfo({ stepSize: '0.05' }) },
    en: 'Quantity 0.07 is not a multiple of the step size 0.05: the nearest valid quantities are 0.05 and 0.1.',
    zh: '数量 0.07 不是数量步长 0.05 的整数倍，最接近的有效数量为 0.05 和 0.1。',
    fix: ['Use 0.05', '改用 0.05'],
  },
  precision: {
    error: { code: -1111, msg: 'Precision is over the maximum defined for this asset.' },
    explain: { order: order({ price: '12306.5', quantity: '1' }), symbolInfo: symbolInfo() },
    en: 'Price 12306.5 must be a whole number for BTC-261225-100000-C: the nearest valid prices are 12305 and 12310.',
    zh: 'BTC-261225-100000-C 的价格只能是整数，12306.5 最接近的有效价格为 12305 和 12310。',
    fix: ['Use 12305', '改用 12305'],
  },
  quantityPrecision: {
    error: { code: -1111, msg: 'Precision is over the maximum defined for this asset.' },
    explain: { order: order({ price: '500', quantity: '0.015' }), symbolInfo: symbolInfo() },
    en: 'Quantity 0.015 has 3 decimal places, but BTC-261225-100000-C allows at most 2: the nearest valid quantities are 0.01 and 0.02.',
    zh: '数量 0.015 有 3 位小数，BTC-261225-100000-C 最多允许 2 位，最接近的有效数量为 0.01 和 0.02。',
    fix: ['Use 0.01', '改用 0.01'],
  },
  priceBelowMin: {
    error: { code: -4013, msg: 'Price less than min price.' },
    explain: { order: order({ price: '0', quantity: '1' }), symbolInfo: symbolInfo() },
    en: 'Price 0 is below the minimum price 5 for BTC-261225-100000-C.',
    zh: '价格 0 低于 BTC-261225-100000-C 的最低价格 5。',
    fix: ['Use 5', '改用 5'],
  },
  priceAboveMax: {
    error: { code: -4002, msg: 'Price greater than max price.' },
    explain: { order: order({ price: '250000', quantity: '1' }), symbolInfo: symbolInfo() },
    en: 'Price 250000 is above the maximum price 200000 for BTC-261225-100000-C.',
    zh: '价格 250000 高于 BTC-261225-100000-C 的最高价格 200000。',
    fix: ['Use 200000', '改用 200000'],
  },
  quantityBelowMin: {
    error: { code: -4004, msg: 'Quantity less than min quantity.' },
    explain: { order: order({ price: '500', quantity: '0' }), symbolInfo: symbolInfo() },
    en: 'Quantity 0 is below the minimum quantity 0.01 for BTC-261225-100000-C.',
    zh: '数量 0 低于 BTC-261225-100000-C 的最小数量 0.01。',
    fix: ['Use 0.01', '改用 0.01'],
  },
  quantityAboveMax: {
    error: { code: -4005, msg: 'Quantity greater than max quantity.' },
    explain: { order: order({ price: '500', quantity: '150' }), symbolInfo: symbolInfo({ orderMax: '200' }) },
    en: 'Quantity 150 is above the maximum quantity 100 for BTC-261225-100000-C.',
    zh: '数量 150 高于 BTC-261225-100000-C 的最大数量 100。',
    fix: ['Use 100', '改用 100'],
  },
  priceNegative: {
    error: { code: -4001, msg: 'Price less than 0.' },
    explain: { order: order({ price: '-5', quantity: '1' }), symbolInfo: symbolInfo() },
    en: 'Price -5 is below zero: the lowest price BTC-261225-100000-C accepts is 5.',
    zh: '价格 -5 小于零，BTC-261225-100000-C 可接受的最低价格为 5。',
    fix: ['Use 5', '改用 5'],
  },
  quantityNegative: {
    error: { code: -4003, msg: 'Quantity less than zero.' },
    explain: { order: order({ price: '500', quantity: '-1' }), symbolInfo: symbolInfo() },
    en: 'Quantity -1 is below zero: the smallest quantity BTC-261225-100000-C accepts is 0.01.',
    zh: '数量 -1 小于零，BTC-261225-100000-C 可接受的最小数量为 0.01。',
    fix: ['Use 0.01', '改用 0.01'],
  },
  orderMax: {
    error: { code: -6054, msg: 'Quantity greater than max quantity' },
    explain: { order: order({ price: '500', quantity: '60' }), symbolInfo: symbolInfo() },
    en: 'Quantity 60 is more than one order on BTC-261225-100000-C can carry (50 at most): split it into 2 orders, or lower it to 50.',
    zh: '数量 60 超过 BTC-261225-100000-C 单笔订单的上限 50，可拆分为 2 笔订单，或将数量降至 50。',
    fix: ['Use 50', '改用 50'],
  },
  fillOrKill: {
    error: { code: -6046, msg: 'Due to the order could not be filled immediately, the FOK order has been rejected.' },
    explain: {
      order: order({ price: '500', quantity: '6', timeInForce: 'FOK' }),
      symbolInfo: symbolInfo(),
      book: BOOK,
    },
    en: 'A fill-or-kill buy at 500 cannot fill at once: the best ask is 520.',
    zh: '以 500 买入的全部成交或撤销（FOK）订单无法立即成交：当前最低卖价为 520。',
    fix: ['Use 520', '改用 520'],
  },
  postOnly: {
    error: {
      code: -6047,
      msg: 'Due to the order could not be executed as maker, the Post Only order will be rejected.',
    },
    explain: { order: order({ price: '525', quantity: '1', postOnly: true }), symbolInfo: symbolInfo(), book: BOOK },
    en: 'A post-only buy at 525 would trade at once against the best ask 520: the highest price that rests on the book is 515.',
    zh: '以 525 买入的只做 Maker 订单会与最低卖价 520 立即成交，能挂在盘口上的最高价格为 515。',
    fix: ['Use 515', '改用 515'],
  },
  rejectedWithCause: {
    error: { code: -2010, msg: 'NEW_ORDER_REJECTED' },
    explain: { order: order({ price: '12306', quantity: '1' }), symbolInfo: symbolInfo() },
    en: 'Price 12306 is not a multiple of the tick size 5: the nearest valid prices are 12305 and 12310.',
    zh: '价格 12306 不是最小价格变动单位 5 的整数倍，最接近的有效价格为 12305 和 12310。',
    fix: ['Use 12305', '改用 12305'],
  },
} satisfies Record<string, ExplainedCase>;
