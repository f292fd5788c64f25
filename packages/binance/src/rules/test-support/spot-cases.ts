/**
 * One Spot order per sentence: the answer Binance sends (code, variant, text) and what the app knows.
 * The explanation tests assert each sentence in both languages; the zh audit renders them all.
 */
import type { ExplainedAnswer } from '@exchange-errors/core';
import { entry, SPOT_2022, SPOT_CCXT } from './fixtures.js';
import {
  COARSE_TICK,
  EXCHANGE_FILTERS,
  LIMITS,
  MARKET_RULES,
  MY_FILTERS,
  SMALL_LOT,
  WHOLE_NUMBERS,
} from './spot-entries.js';

export interface ExplainCase {
  /** The sentence the case is for. */
  readonly key: string;
  readonly code: number;
  readonly answer?: ExplainedAnswer;
  readonly context: Record<string, unknown>;
}

const BTC = entry(SPOT_2022, 'BTCUSDT');
const BTC_NOW = entry(SPOT_CCXT, 'BTCUSDT');

const filter = (name: string, variant: string | null): ExplainedAnswer => ({
  variant,
  message: `Filter failure: ${name}`,
});
const VARIANTS: Readonly<Record<string, string>> = {
  PRICE_FILTER: 'filterPriceFilter',
  PERCENT_PRICE: 'filterPercentPrice',
  LOT_SIZE: 'filterLotSize',
  MIN_NOTIONAL: 'filterMinNotional',
  NOTIONAL: 'filterNotional',
  ICEBERG_PARTS: 'filterIcebergParts',
  MARKET_LOT_SIZE: 'filterMarketLotSize',
  MAX_POSITION: 'filterMaxPosition',
  MAX_NUM_ORDERS: 'filterMaxNumOrders',
  MAX_NUM_ALGO_ORDERS: 'filterMaxNumAlgoOrders',
  MAX_NUM_ICEBERG_ORDERS: 'filterMaxNumIcebergOrders',
  MAX_NUM_ORDER_AMENDS: 'filterMaxNumOrderAmends',
  MAX_NUM_ORDER_LISTS: 'filterMaxNumOrderLists',
  TRAILING_DELTA: 'filterTrailingDelta',
  EXCHANGE_MAX_NUM_ORDERS: 'filterExchangeMaxNumOrders',
  EXCHANGE_MAX_NUM_ALGO_ORDERS: 'filterExchangeMaxNumAlgoOrders',
  EXCHANGE_MAX_NUM_ICEBERG_ORDERS: 'filterExchangeMaxNumIcebergOrders',
  EXCHANGE_MAX_NUM_ORDER_LISTS: 'filterExchangeMaxNumOrderLists',
};
/** -1013 "Filter failure: NAME" as the Spot catalog reads it (PERCENT_PRICE_BY_SIDE and MAX_ASSET have no variant). */
const failed = (name: string): ExplainedAnswer => filter(name, VARIANTS[name] ?? null);

const limit = (order: Record<string, unknown>) => ({
  symbol: 'BTCUSDT',
  side: 'BUY',
  type: 'LIMIT',
  timeInForce: 'GTC',
  price: '30000',
  quantity: '0.001',
  ...order,
});
const market = (order: Record<string, unknown>) => ({ symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', ...order });
const stopLimit = (order: Record<string, unknown>) =>
  limit({ type: 'STOP_LOSS_LIMIT', stopPrice: '29000', price: '29000', ...order });

const on = (
  symbolInfo: Record<string, unknown>,
  order: Record<string, unknown>,
  extras: Record<string, unknown> = {},
) => ({
  order,
  symbolInfo,
  ...extras,
});

const precision = (param: string): ExplainedAnswer => ({
  variant: 'default',
  message: `Parameter '${param}' has too much precision.`,
});
const BALANCE: ExplainedAnswer = {
  variant: 'insufficientBalance',
  message: 'Account has insufficient balance for requested action.',
};
const balances = (usdt: string, btc: string) => ({
  balances: [
    { asset: 'BTC', free: btc, locked: '0.00000000' },
    { asset: 'USDT', free: usdt, locked: '0.00000000' },
  ],
});

export const SPOT_CASES: readonly ExplainCase[] = [
  // PRICE_FILTER
  { key: 'priceBelowMin', code: -1013, answer: failed('PRICE_FILTER'), context: on(BTC, limit({ price: '0.001' })) },
  { key: 'priceAboveMax', code: -1013, answer: failed('PRICE_FILTER'), context: on(BTC, limit({ price: '2000000' })) },
  { key: 'priceOffTick', code: -1013, answer: failed('PRICE_FILTER'), context: on(BTC, limit({ price: '30000.005' })) },
  {
    key: 'priceOffTickOne',
    code: -1013,
    answer: failed('PRICE_FILTER'),
    context: on(COARSE_TICK, limit({ price: '0.06', quantity: '100' })),
  },
  {
    key: 'stopPriceBelowMin',
    code: -1013,
    answer: failed('PRICE_FILTER'),
    context: on(BTC, stopLimit({ stopPrice: '0.005' })),
  },
  {
    key: 'stopPriceAboveMax',
    code: -1013,
    answer: failed('PRICE_FILTER'),
    context: on(BTC, stopLimit({ stopPrice: '1000000.01' })),
  },
  {
    key: 'stopPriceOffTick',
    code: -1013,
    answer: failed('PRICE_FILTER'),
    context: on(BTC, stopLimit({ stopPrice: '29000.001' })),
  },
  {
    key: 'stopPriceOffTickOne',
    code: -1013,
    answer: failed('PRICE_FILTER'),
    context: on(COARSE_TICK, stopLimit({ stopPrice: '0.07', price: '0.1', quantity: '100' })),
  },
  // PERCENT_PRICE, PERCENT_PRICE_BY_SIDE
  {
    key: 'priceAboveBand',
    code: -1013,
    answer: failed('PERCENT_PRICE'),
    context: on(BTC, limit({ price: '200000' }), {
      avgPrice: { mins: 5, price: '30000.12345678', closeTime: 1700000000000 },
    }),
  },
  {
    key: 'priceBelowBand',
    code: -1013,
    answer: failed('PERCENT_PRICE_BY_SIDE'),
    context: on(BTC_NOW, limit({ side: 'SELL', price: '5000' }), { avgPrice: '64000.12' }),
  },
  {
    key: 'priceOutsideBand',
    code: -1013,
    answer: failed('PERCENT_PRICE_BY_SIDE'),
    context: on(BTC_NOW, limit({ price: '500000' })),
  },
  // LOT_SIZE
  {
    key: 'quantityBelowMin',
    code: -1013,
    answer: failed('LOT_SIZE'),
    context: on(BTC, limit({ quantity: '0.000001' })),
  },
  { key: 'quantityAboveMax', code: -1013, answer: failed('LOT_SIZE'), context: on(BTC, limit({ quantity: '10000' })) },
  {
    key: 'quantityOffStep',
    code: -1013,
    answer: failed('LOT_SIZE'),
    context: on(BTC, limit({ quantity: '0.000015' })),
  },
  {
    key: 'quantityOffStepOne',
    code: -1013,
    answer: failed('LOT_SIZE'),
    context: on(COARSE_TICK, limit({ price: '1', quantity: '0.07' })),
  },
  {
    key: 'icebergQtyBelowMin',
    code: -1013,
    answer: failed('LOT_SIZE'),
    context: on(BTC, limit({ quantity: '0.01', icebergQty: '0.000001' })),
  },
  {
    key: 'icebergQtyAboveMax',
    code: -1013,
    answer: failed('LOT_SIZE'),
    context: on(BTC, limit({ quantity: '9000', icebergQty: '9001' })),
  },
  {
    key: 'icebergQtyOffStep',
    code: -1013,
    answer: failed('LOT_SIZE'),
    context: on(BTC, limit({ quantity: '0.01', icebergQty: '0.0012345' })),
  },
  {
    key: 'icebergQtyOffStepOne',
    code: -1013,
    answer: failed('LOT_SIZE'),
    context: on(COARSE_TICK, limit({ price: '1', quantity: '10', icebergQty: '0.06' })),
  },
  // MARKET_LOT_SIZE
  {
    key: 'marketQuantityBelowMin',
    code: -1013,
    answer: failed('MARKET_LOT_SIZE'),
    context: on(MARKET_RULES, market({ quantity: '0.0005' })),
  },
  {
    key: 'marketQuantityAboveMax',
    code: -1013,
    answer: failed('MARKET_LOT_SIZE'),
    context: on(BTC, market({ quantity: '300' })),
  },
  {
    key: 'marketQuantityOffStep',
    code: -1013,
    answer: failed('MARKET_LOT_SIZE'),
    context: on(MARKET_RULES, market({ quantity: '0.00150' })),
  },
  {
    key: 'marketQuantityOffStepOne',
    code: -1013,
    answer: failed('MARKET_LOT_SIZE'),
    context: on(MARKET_RULES, market({ quantity: '4.9992' })),
  },
  // MIN_NOTIONAL, NOTIONAL
  {
    key: 'notionalBelowMin',
    code: -1013,
    answer: failed('MIN_NOTIONAL'),
    context: on(BTC, limit({ quantity: '0.0003' })),
  },
  {
    key: 'notionalBelowMinNoFix',
    code: -1013,
    answer: failed('MIN_NOTIONAL'),
    context: on(SMALL_LOT, limit({ price: '100', quantity: '0.0005' })),
  },
  {
    key: 'notionalAboveMax',
    code: -1013,
    answer: failed('NOTIONAL'),
    context: on(BTC_NOW, limit({ price: '1000000', quantity: '10' })),
  },
  {
    key: 'notionalAboveMaxNoFix',
    code: -1013,
    answer: failed('NOTIONAL'),
    context: on(MARKET_RULES, limit({ price: '200000000', quantity: '0.01' })),
  },
  {
    key: 'marketNotionalBelowMin',
    code: -1013,
    answer: failed('MIN_NOTIONAL'),
    context: on(BTC, market({ quantity: '0.0001' }), { avgPrice: { mins: 5, price: '30000.00000000', closeTime: 1 } }),
  },
  {
    key: 'marketNotionalBelowMinNoFix',
    code: -1013,
    answer: failed('NOTIONAL'),
    context: on(MARKET_RULES, market({ quantity: '0.001' }), { avgPrice: '1' }),
  },
  {
    key: 'marketNotionalAboveMax',
    code: -1013,
    answer: failed('NOTIONAL'),
    context: on(MARKET_RULES, market({ quantity: '1' }), { avgPrice: '30000' }),
  },
  {
    key: 'marketNotionalAboveMaxNoFix',
    code: -1013,
    answer: failed('NOTIONAL'),
    context: on(MARKET_RULES, market({ quantity: '0.001' }), { avgPrice: '2000000' }),
  },
  {
    key: 'quoteBelowMin',
    code: -1013,
    answer: failed('NOTIONAL'),
    context: on(BTC_NOW, market({ quoteOrderQty: '4' })),
  },
  {
    key: 'quoteAboveMax',
    code: -1013,
    answer: failed('NOTIONAL'),
    context: on(MARKET_RULES, market({ quoteOrderQty: '1500.5' })),
  },
  // ICEBERG_PARTS
  {
    key: 'icebergTooManyParts',
    code: -1013,
    answer: failed('ICEBERG_PARTS'),
    context: on(BTC, limit({ quantity: '1', icebergQty: '0.05' })),
  },
  {
    key: 'icebergTooManyPartsNoFix',
    code: -1013,
    answer: failed('ICEBERG_PARTS'),
    context: on(BTC, limit({ quantity: '100000', icebergQty: '1' })),
  },
  // MAX_NUM_*, EXCHANGE_MAX_NUM_*
  {
    key: 'maxNumOrders',
    code: -1013,
    answer: failed('MAX_NUM_ORDERS'),
    context: on(BTC, limit({}), { openOrders: { orders: 200 } }),
  },
  { key: 'maxNumOrdersReached', code: -1013, answer: failed('MAX_NUM_ORDERS'), context: on(BTC, limit({})) },
  {
    key: 'maxNumAlgoOrders',
    code: -1013,
    answer: failed('MAX_NUM_ALGO_ORDERS'),
    context: on(BTC, stopLimit({}), { openOrders: { algoOrders: 5 } }),
  },
  {
    key: 'maxNumAlgoOrdersReached',
    code: -1013,
    answer: failed('MAX_NUM_ALGO_ORDERS'),
    context: on(BTC, stopLimit({})),
  },
  {
    key: 'maxNumIcebergOrders',
    code: -1013,
    answer: failed('MAX_NUM_ICEBERG_ORDERS'),
    context: on(LIMITS, limit({ quantity: '0.01', icebergQty: '0.005' }), { openOrders: { icebergOrders: 5 } }),
  },
  {
    key: 'maxNumIcebergOrdersReached',
    code: -1013,
    answer: failed('MAX_NUM_ICEBERG_ORDERS'),
    context: on(LIMITS, limit({ quantity: '0.01', icebergQty: '0.005' })),
  },
  {
    key: 'maxNumOrderLists',
    code: -1013,
    answer: failed('MAX_NUM_ORDER_LISTS'),
    context: on(LIMITS, limit({}), { openOrders: { orderLists: 20 } }),
  },
  {
    key: 'maxNumOrderListsReached',
    code: -1013,
    answer: failed('MAX_NUM_ORDER_LISTS'),
    context: on(LIMITS, limit({})),
  },
  {
    key: 'maxNumOrderAmendsReached',
    code: -1013,
    answer: failed('MAX_NUM_ORDER_AMENDS'),
    context: on(LIMITS, limit({})),
  },
  {
    key: 'exchangeMaxNumOrders',
    code: -1013,
    answer: failed('EXCHANGE_MAX_NUM_ORDERS'),
    context: on(BTC, limit({}), { exchangeFilters: EXCHANGE_FILTERS, openOrders: { exchangeOrders: 1000 } }),
  },
  {
    key: 'exchangeMaxNumOrdersReached',
    code: -1013,
    answer: failed('EXCHANGE_MAX_NUM_ORDERS'),
    context: on(BTC, limit({}), { exchangeFilters: EXCHANGE_FILTERS }),
  },
  {
    key: 'exchangeMaxNumAlgoOrders',
    code: -1013,
    answer: failed('EXCHANGE_MAX_NUM_ALGO_ORDERS'),
    context: on(BTC, stopLimit({}), { exchangeFilters: EXCHANGE_FILTERS, openOrders: { exchangeAlgoOrders: 200 } }),
  },
  {
    key: 'exchangeMaxNumAlgoOrdersReached',
    code: -1013,
    answer: failed('EXCHANGE_MAX_NUM_ALGO_ORDERS'),
    context: on(BTC, stopLimit({}), { exchangeFilters: EXCHANGE_FILTERS }),
  },
  {
    key: 'exchangeMaxNumIcebergOrders',
    code: -1013,
    answer: failed('EXCHANGE_MAX_NUM_ICEBERG_ORDERS'),
    context: on(BTC, limit({ quantity: '0.01', icebergQty: '0.005' }), {
      exchangeFilters: EXCHANGE_FILTERS,
      openOrders: { exchangeIcebergOrders: 10000 },
    }),
  },
  {
    key: 'exchangeMaxNumIcebergOrdersReached',
    code: -1013,
    answer: failed('EXCHANGE_MAX_NUM_ICEBERG_ORDERS'),
    context: on(BTC, limit({ quantity: '0.01', icebergQty: '0.005' }), { exchangeFilters: EXCHANGE_FILTERS }),
  },
  {
    key: 'exchangeMaxNumOrderLists',
    code: -1013,
    answer: failed('EXCHANGE_MAX_NUM_ORDER_LISTS'),
    context: on(BTC, limit({}), { exchangeFilters: EXCHANGE_FILTERS, openOrders: { exchangeOrderLists: 20 } }),
  },
  {
    key: 'exchangeMaxNumOrderListsReached',
    code: -1013,
    answer: failed('EXCHANGE_MAX_NUM_ORDER_LISTS'),
    context: on(BTC, limit({}), { exchangeFilters: EXCHANGE_FILTERS }),
  },
  // MAX_POSITION
  {
    key: 'positionAboveMax',
    code: -1013,
    answer: failed('MAX_POSITION'),
    context: on(LIMITS, limit({ quantity: '0.5' }), {
      balance: balances('100000.00000000', '0.60000000'),
      openOrders: [
        {
          symbol: 'BTCUSDT',
          side: 'BUY',
          type: 'LIMIT',
          origQty: '0.10000000',
          executedQty: '0.00000000',
          orderListId: -1,
          icebergQty: '0.00000000',
        },
      ],
    }),
  },
  {
    key: 'positionAtMax',
    code: -1013,
    answer: failed('MAX_POSITION'),
    context: on(LIMITS, limit({ quantity: '0.1' }), { balance: balances('100000', '1') }),
  },
  {
    key: 'positionLimit',
    code: -1013,
    answer: failed('MAX_POSITION'),
    context: on(LIMITS, limit({ quantity: '0.1' })),
  },
  // TRAILING_DELTA
  {
    key: 'trailingDeltaBelowMin',
    code: -1013,
    answer: failed('TRAILING_DELTA'),
    context: on(BTC, stopLimit({ stopPrice: undefined, trailingDelta: '5' })),
  },
  {
    key: 'trailingDeltaAboveMax',
    code: -1013,
    answer: failed('TRAILING_DELTA'),
    context: on(BTC, stopLimit({ side: 'SELL', trailingDelta: 2500 })),
  },
  // MAX_ASSET
  {
    key: 'maxAssetQuantity',
    code: -1013,
    answer: failed('MAX_ASSET'),
    context: on(BTC, limit({ price: '1000', quantity: '0.6' }), { myFilters: MY_FILTERS }),
  },
  {
    key: 'maxAssetValue',
    code: -1013,
    answer: failed('MAX_ASSET'),
    context: on(BTC, limit({ quantity: '0.04' }), { myFilters: MY_FILTERS }),
  },
  // -1111
  {
    key: 'priceTooPrecise',
    code: -1111,
    answer: precision('price'),
    context: on(BTC, limit({ price: '30000.123456789' })),
  },
  {
    key: 'priceTooPreciseOne',
    code: -1111,
    answer: precision('price'),
    context: on(BTC, limit({ price: '1000000.000000001' })),
  },
  {
    key: 'priceNotWhole',
    code: -1111,
    answer: precision('price'),
    context: on(WHOLE_NUMBERS, limit({ price: '30000.5', quantity: '1' })),
  },
  {
    key: 'priceNotWholeOne',
    code: -1111,
    answer: precision('price'),
    context: on(WHOLE_NUMBERS, limit({ price: '0.5', quantity: '1' })),
  },
  {
    key: 'quantityTooPrecise',
    code: -1111,
    answer: precision('quantity'),
    context: on(BTC, limit({ quantity: '0.000010001' })),
  },
  {
    key: 'quantityTooPreciseOne',
    code: -1111,
    answer: precision('quantity'),
    context: on(BTC, limit({ quantity: '0.000000001' })),
  },
  {
    key: 'quantityNotWhole',
    code: -1111,
    answer: precision('quantity'),
    context: on(WHOLE_NUMBERS, limit({ quantity: '2.5' })),
  },
  {
    key: 'quantityNotWholeOne',
    code: -1111,
    answer: precision('quantity'),
    context: on(WHOLE_NUMBERS, limit({ quantity: '0.5' })),
  },
  {
    key: 'stopPriceTooPrecise',
    code: -1111,
    answer: precision('stopPrice'),
    context: on(BTC, stopLimit({ stopPrice: '29000.000000001' })),
  },
  {
    key: 'stopPriceTooPreciseOne',
    code: -1111,
    answer: precision('stopPrice'),
    context: on(BTC, stopLimit({ stopPrice: '0.000000001' })),
  },
  {
    key: 'stopPriceNotWhole',
    code: -1111,
    answer: precision('stopPrice'),
    context: on(WHOLE_NUMBERS, stopLimit({ stopPrice: '29000.5', quantity: '1' })),
  },
  {
    key: 'stopPriceNotWholeOne',
    code: -1111,
    answer: precision('stopPrice'),
    context: on(WHOLE_NUMBERS, stopLimit({ stopPrice: '0.4', quantity: '1' })),
  },
  {
    key: 'icebergQtyTooPrecise',
    code: -1111,
    answer: precision('icebergQty'),
    context: on(BTC, limit({ quantity: '0.01', icebergQty: '0.001000001' })),
  },
  {
    key: 'icebergQtyTooPreciseOne',
    code: -1111,
    answer: precision('icebergQty'),
    context: on(BTC, limit({ quantity: '0.01', icebergQty: '0.000000009' })),
  },
  {
    key: 'icebergQtyNotWhole',
    code: -1111,
    answer: precision('icebergQty'),
    context: on(WHOLE_NUMBERS, limit({ quantity: '10', icebergQty: '2.5' })),
  },
  {
    key: 'icebergQtyNotWholeOne',
    code: -1111,
    answer: precision('icebergQty'),
    context: on(WHOLE_NUMBERS, limit({ quantity: '10', icebergQty: '0.5' })),
  },
  {
    key: 'quoteOrderQtyTooPrecise',
    code: -1111,
    answer: precision('quoteOrderQty'),
    context: on(BTC, market({ quoteOrderQty: '100.123456789' })),
  },
  {
    key: 'quoteOrderQtyTooPreciseOne',
    code: -1111,
    answer: precision('quoteOrderQty'),
    context: on(BTC, market({ quoteOrderQty: '0.000000001' })),
  },
  {
    key: 'quoteOrderQtyNotWhole',
    code: -1111,
    answer: precision('quoteOrderQty'),
    context: on(WHOLE_NUMBERS, market({ quoteOrderQty: '100.5' })),
  },
  {
    key: 'quoteOrderQtyNotWholeOne',
    code: -1111,
    answer: precision('quoteOrderQty'),
    context: on(WHOLE_NUMBERS, market({ quoteOrderQty: '0.5' })),
  },
  // Insufficient balance
  {
    key: 'buyAboveBalance',
    code: -2010,
    answer: BALANCE,
    context: on(BTC, limit({ quantity: '1' }), { balance: balances('1000.00000000', '0') }),
  },
  {
    key: 'buyAboveBalanceNoFix',
    code: -2010,
    answer: BALANCE,
    context: on(BTC, limit({ quantity: '1' }), { balance: balances('0.10000000', '0') }),
  },
  {
    key: 'quoteAboveBalance',
    code: -2010,
    answer: BALANCE,
    context: on(BTC, market({ quoteOrderQty: '500' }), { balance: balances('123.45678912', '0') }),
  },
  {
    key: 'sellAboveBalance',
    code: -2010,
    answer: BALANCE,
    context: on(BTC, limit({ side: 'SELL', quantity: '1' }), { balance: balances('0', '0.12345678') }),
  },
];
