/**
 * Spot's rules on the product: a filter failure formatted with the order and the symbol's exchangeInfo
 * entry (the `explain` option) gets its explanation, in the trader's language, from the eager module
 * and from the lazy one's rules chunk; without it, or with another symbol's entry, it reads as before.
 */
import { format, loadErrors, type FormatOptions } from '@exchange-errors/core';
import { describe, expect, it } from 'vitest';
import { binanceSpotEager } from './generated/eager.js';
import { binanceSpot } from './generated/index.js';

const formatBinanceSpotError = (input: unknown, options?: FormatOptions) => format(binanceSpotEager, input, options);

/** BTCUSDT's entry of `GET /api/v3/exchangeInfo` as Binance served it (packages/binance's fixtures). */
const BTCUSDT = {
  symbol: 'BTCUSDT',
  status: 'TRADING',
  baseAsset: 'BTC',
  baseAssetPrecision: 8,
  quoteAsset: 'USDT',
  quotePrecision: 8,
  quoteAssetPrecision: 8,
  orderTypes: ['LIMIT', 'LIMIT_MAKER', 'MARKET', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'],
  icebergAllowed: true,
  quoteOrderQtyMarketAllowed: true,
  allowTrailingStop: true,
  filters: [
    { filterType: 'PRICE_FILTER', minPrice: '0.01000000', maxPrice: '1000000.00000000', tickSize: '0.01000000' },
    { filterType: 'LOT_SIZE', minQty: '0.00001000', maxQty: '9000.00000000', stepSize: '0.00001000' },
    { filterType: 'ICEBERG_PARTS', limit: 10 },
    { filterType: 'MARKET_LOT_SIZE', minQty: '0.00000000', maxQty: '128.52621715', stepSize: '0.00000000' },
    {
      filterType: 'PERCENT_PRICE_BY_SIDE',
      bidMultiplierUp: '5',
      bidMultiplierDown: '0.2',
      askMultiplierUp: '5',
      askMultiplierDown: '0.2',
      avgPriceMins: 5,
    },
    {
      filterType: 'NOTIONAL',
      minNotional: '5.00000000',
      applyMinToMarket: true,
      maxNotional: '9000000.00000000',
      applyMaxToMarket: false,
      avgPriceMins: 5,
    },
    { filterType: 'MAX_NUM_ORDERS', maxNumOrders: 200 },
  ],
};

const order = {
  symbol: 'BTCUSDT',
  side: 'BUY',
  type: 'LIMIT',
  timeInForce: 'GTC',
  price: '64000',
  quantity: '0.000015',
};
const LOT_SIZE = { code: -1013, msg: 'Filter failure: LOT_SIZE' };

describe('Spot filter failures explained on the product', () => {
  it.each([
    [
      'en',
      'Quantity 0.000015 is not a multiple of the step size 0.00001: the nearest valid quantities are 0.00001 and 0.00002.',
    ],
    ['zh', '数量 0.000015 不是数量步进值 0.00001 的整数倍，最接近的有效数量为 0.00001 和 0.00002。'],
  ])('formatBinanceSpotError fills explanation (%s)', (lng, text) => {
    const formatted = formatBinanceSpotError(LOT_SIZE, { lng, explain: { order, symbolInfo: BTCUSDT } });
    expect(formatted.variant).toBe('filterLotSize');
    expect(formatted.explanation).toMatchObject({ code: -1013, key: 'quantityOffStep', field: 'quantity', text });
    expect(formatted.explanation?.suggestions.map((s) => s.value)).toEqual(['0.00001', '0.00002']);
  });

  it('explains PERCENT_PRICE_BY_SIDE, which Binance’s error page does not list, from the text alone', () => {
    const formatted = formatBinanceSpotError(
      { code: -1013, msg: 'Filter failure: PERCENT_PRICE_BY_SIDE' },
      {
        lng: 'en',
        explain: { order: { ...order, quantity: '0.001', price: '500000' }, symbolInfo: BTCUSDT, avgPrice: '64000' },
      },
    );
    expect(formatted.variant).toBeNull();
    expect(formatted.explanation?.text).toBe(
      'Price 500000 is more than 5× the average price 64000: BTCUSDT accepts prices from 12800 to 320000 now.',
    );
  });

  it('names the filter the answer names, not another one the order also breaks', () => {
    const both = { ...order, price: '64000.005' };
    const formatted = formatBinanceSpotError(LOT_SIZE, { lng: 'en', explain: { order: both, symbolInfo: BTCUSDT } });
    expect(formatted.explanation?.key).toBe('quantityOffStep');
    const other = formatBinanceSpotError(
      { code: -1013, msg: 'Order would immediately match and take.' },
      { lng: 'en', explain: { order: both, symbolInfo: BTCUSDT } },
    );
    expect(other.explanation).toBeNull();
  });

  it('gives no explanation without context, with another symbol’s entry, or with a broken one', () => {
    expect(formatBinanceSpotError(LOT_SIZE, { lng: 'en' }).explanation).toBeNull();
    const eth = { ...BTCUSDT, symbol: 'ETHUSDT' };
    expect(formatBinanceSpotError(LOT_SIZE, { explain: { order, symbolInfo: eth } }).explanation).toBeNull();
    for (const symbolInfo of [
      null,
      'BTCUSDT',
      { filters: 'none' },
      { filters: [{ filterType: 'LOT_SIZE', stepSize: 'x' }] },
    ])
      expect(formatBinanceSpotError(LOT_SIZE, { explain: { order, symbolInfo } }).explanation).toBeNull();
  });

  it('the lazy module loads the same rules as a chunk of its own', async () => {
    expect(binanceSpot.rules).toBeUndefined();
    expect(binanceSpotEager.rules?.explain).toBeTypeOf('function');
    const lazy = { ...binanceSpot };
    await loadErrors(null, lazy, 'zh');
    const formatted = format(lazy, LOT_SIZE, { lng: 'zh', explain: { order, symbolInfo: BTCUSDT } });
    expect(formatted.explanation?.text).toBe(
      '数量 0.000015 不是数量步进值 0.00001 的整数倍，最接近的有效数量为 0.00001 和 0.00002。',
    );
  });
});
