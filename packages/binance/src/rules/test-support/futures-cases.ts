/** One futures order per sentence, with its product's rule set: the explanation tests assert each in both languages. */
import type { OrderRules } from '../shared/types.js';
import { coinmRules, pmRules, usdmRules } from '../futures/index.js';
import { COINM_2020, entry, USDM_2021 } from './fixtures.js';
import { COINM_MIN_NOTIONAL, COINM_ONE_CONTRACT, OFF_GRID_BOUNDS, TINY_LOT, WHOLE_PRICES } from './futures-entries.js';

export interface FuturesCase {
  readonly key: string;
  readonly product: 'usdm' | 'coinm' | 'pm';
  readonly code: number;
  readonly context: Record<string, unknown>;
}

export const RULES: Readonly<Record<FuturesCase['product'], OrderRules>> = {
  usdm: usdmRules,
  coinm: coinmRules,
  pm: pmRules,
};

const BTC = entry(USDM_2021, 'BTCUSDT');
const TRX = entry(USDM_2021, 'TRXUSDT');
const ADA = entry(USDM_2021, 'ADAUSDT');
const PERP = entry(COINM_2020, 'BTCUSD_PERP');

const limit = (order: Record<string, unknown>) => ({
  symbol: 'BTCUSDT',
  side: 'BUY',
  type: 'LIMIT',
  timeInForce: 'GTC',
  price: '45000',
  quantity: '0.01',
  ...order,
});
const market = (order: Record<string, unknown>) => ({
  symbol: 'BTCUSDT',
  side: 'BUY',
  type: 'MARKET',
  quantity: '0.01',
  ...order,
});
const on = (
  symbolInfo: Record<string, unknown>,
  order: Record<string, unknown>,
  extras: Record<string, unknown> = {},
) => ({
  order,
  symbolInfo,
  ...extras,
});
/** `GET /fapi/v1/premiumIndex` as served. */
const premium = (markPrice: string) => ({
  symbol: 'BTCUSDT',
  markPrice,
  indexPrice: '44990.00000000',
  estimatedSettlePrice: '44995.00000000',
  lastFundingRate: '0.00010000',
  interestRate: '0.00010000',
  nextFundingTime: 1700006400000,
  time: 1700000000000,
});
/** `GET /fapi/v2/balance` as served. */
const usdt = (available: string) => [
  {
    accountAlias: 'SgsR',
    asset: 'USDT',
    balance: '1200.00000000',
    crossWalletBalance: '1200.00000000',
    crossUnPnl: '0.00000000',
    availableBalance: available,
    maxWithdrawAmount: available,
    marginAvailable: true,
    updateTime: 1700000000000,
  },
];

export const FUTURES_CASES: readonly FuturesCase[] = [
  { key: 'priceNegative', product: 'usdm', code: -4001, context: on(BTC, limit({ price: '-45000' })) },
  { key: 'priceBelowMin', product: 'usdm', code: -4013, context: on(BTC, limit({ price: '100' })) },
  { key: 'priceAboveMax', product: 'pm', code: -4002, context: on(BTC, limit({ price: '5000000' })) },
  {
    key: 'priceOffTick',
    product: 'usdm',
    code: -4014,
    context: on(ADA, limit({ symbol: 'ADAUSDT', price: '1.23456', quantity: '10' })),
  },
  {
    key: 'priceOffTickOne',
    product: 'usdm',
    code: -4014,
    context: on(OFF_GRID_BOUNDS, limit({ price: '100.03', quantity: '0.5' })),
  },
  {
    key: 'priceAboveCap',
    product: 'usdm',
    code: -4016,
    context: on(BTC, limit({ price: '50000' }), { markPrice: premium('45000.12345678') }),
  },
  {
    key: 'priceBelowFloor',
    product: 'pm',
    code: -4024,
    context: on(BTC, limit({ side: 'SELL', price: '40000' }), { markPrice: '45000' }),
  },
  { key: 'priceAboveCapNoMark', product: 'usdm', code: -4016, context: on(BTC, limit({ price: '50000' })) },
  {
    key: 'priceBelowFloorNoMark',
    product: 'coinm',
    code: -4024,
    context: on(PERP, limit({ symbol: 'BTCUSD_PERP', price: '30000', quantity: '1' })),
  },
  { key: 'quantityNotPositive', product: 'usdm', code: -4003, context: on(BTC, limit({ quantity: '0' })) },
  {
    key: 'quantityBelowMin',
    product: 'usdm',
    code: -4004,
    context: on(OFF_GRID_BOUNDS, limit({ price: '50', quantity: '0.002' })),
  },
  { key: 'quantityAboveMax', product: 'usdm', code: -4005, context: on(BTC, limit({ quantity: '1001' })) },
  {
    key: 'quantityOffStep',
    product: 'usdm',
    code: -4023,
    context: on(OFF_GRID_BOUNDS, limit({ price: '50', quantity: '0.012' })),
  },
  {
    key: 'quantityOffStepOne',
    product: 'usdm',
    code: -4023,
    context: on(OFF_GRID_BOUNDS, limit({ price: '50', quantity: '1.001' })),
  },
  {
    key: 'marketQuantityBelowMin',
    product: 'usdm',
    code: -4004,
    context: on(OFF_GRID_BOUNDS, market({ quantity: '0.005' })),
  },
  { key: 'marketQuantityAboveMax', product: 'usdm', code: -4005, context: on(BTC, market({ quantity: '250' })) },
  {
    key: 'marketQuantityOffStep',
    product: 'usdm',
    code: -4023,
    context: on(OFF_GRID_BOUNDS, market({ quantity: '0.015' })),
  },
  {
    key: 'marketQuantityOffStepOne',
    product: 'usdm',
    code: -4023,
    context: on(OFF_GRID_BOUNDS, market({ quantity: '0.993' })),
  },
  { key: 'priceTooPrecise', product: 'usdm', code: -1111, context: on(BTC, limit({ price: '45000.123' })) },
  {
    key: 'priceTooPreciseOne',
    product: 'usdm',
    code: -1111,
    context: on(OFF_GRID_BOUNDS, limit({ price: '100.001', quantity: '0.5' })),
  },
  { key: 'priceNotWhole', product: 'usdm', code: -1111, context: on(WHOLE_PRICES, limit({ price: '45000.5' })) },
  { key: 'priceNotWholeOne', product: 'usdm', code: -1111, context: on(WHOLE_PRICES, limit({ price: '0.5' })) },
  { key: 'quantityTooPrecise', product: 'usdm', code: -1111, context: on(BTC, limit({ quantity: '0.0105' })) },
  { key: 'quantityTooPreciseOne', product: 'usdm', code: -1111, context: on(BTC, limit({ quantity: '0.0001' })) },
  {
    key: 'quantityNotWhole',
    product: 'usdm',
    code: -1111,
    context: on(TRX, limit({ symbol: 'TRXUSDT', price: '0.09', quantity: '100.5' })),
  },
  {
    key: 'quantityNotWholeOne',
    product: 'coinm',
    code: -1111,
    context: on(PERP, limit({ symbol: 'BTCUSD_PERP', quantity: '0.5' })),
  },
  {
    key: 'notionalBelowMin',
    product: 'usdm',
    code: -4164,
    context: on(BTC, limit({ quantity: '0.001', price: '4500' })),
  },
  {
    key: 'notionalBelowMinNoFix',
    product: 'pm',
    code: -4164,
    context: on(TINY_LOT, limit({ quantity: '0.001', price: '1000' })),
  },
  {
    key: 'marketNotionalBelowMin',
    product: 'usdm',
    code: -4164,
    context: on(TRX, market({ symbol: 'TRXUSDT', quantity: '10' }), { markPrice: '0.09' }),
  },
  {
    key: 'marketNotionalBelowMinNoFix',
    product: 'usdm',
    code: -4164,
    context: on(TINY_LOT, market({ quantity: '0.001' }), { markPrice: '1000' }),
  },
  {
    key: 'contractNotionalBelowMin',
    product: 'coinm',
    code: -4178,
    context: on(COINM_MIN_NOTIONAL, limit({ symbol: 'BTCUSD_PERP', quantity: '1' })),
  },
  {
    key: 'contractNotionalBelowMinNoFix',
    product: 'coinm',
    code: -4178,
    context: on(COINM_ONE_CONTRACT, limit({ symbol: 'BTCUSD_PERP', quantity: '1' })),
  },
  {
    key: 'marketBuyOutsideBand',
    product: 'usdm',
    code: -4131,
    context: on(BTC, market({}), {
      markPrice: premium('45000'),
      book: {
        symbol: 'BTCUSDT',
        bidPrice: '44990.00',
        bidQty: '1.000',
        askPrice: '48000.00',
        askQty: '0.500',
        time: 1,
      },
    }),
  },
  {
    key: 'marketSellOutsideBand',
    product: 'coinm',
    code: -4113,
    context: on(PERP, market({ symbol: 'BTCUSD_PERP', side: 'SELL', quantity: '1' }), {
      markPrice: '45000',
      book: { bestBid: '30000', bestAsk: '45001' },
    }),
  },
  { key: 'marketOutsideBand', product: 'pm', code: -4131, context: on(BTC, market({})) },
  {
    key: 'stopLimitAboveCap',
    product: 'usdm',
    code: -4183,
    context: on(BTC, limit({ type: 'STOP', stopPrice: '45000', price: '50000' })),
  },
  {
    key: 'stopLimitBelowFloor',
    product: 'coinm',
    code: -4152,
    context: on(
      PERP,
      limit({ symbol: 'BTCUSD_PERP', type: 'STOP', side: 'SELL', stopPrice: '45000', price: '30000', quantity: '1' }),
    ),
  },
  {
    key: 'marginShort',
    product: 'usdm',
    code: -2019,
    context: on(BTC, limit({ quantity: '1' }), { balance: usdt('1000.00000000'), leverage: '20' }),
  },
  {
    key: 'marginShortNoFix',
    product: 'pm',
    code: -2018,
    context: on(BTC, limit({ quantity: '1' }), { balance: usdt('1.00000000'), leverage: 20 }),
  },
  {
    key: 'marginShortNoLeverage',
    product: 'coinm',
    code: -2019,
    context: on(PERP, limit({ symbol: 'BTCUSD_PERP', quantity: '100' }), { balance: '0.01' }),
  },
];
