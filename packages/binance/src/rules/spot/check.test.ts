/**
 * Spot's checks before sending: every failure the order has, in the order the exchange runs them (the
 * first is its answer), as the codes and catalog variants Spot answers; the filters that need what the
 * app did not pass are skipped, never guessed.
 */
import { describe, expect, it } from 'vitest';
import { entry, SPOT_2022, SPOT_CCXT } from '../test-support/fixtures.js';
import { EXCHANGE_FILTERS, LIMITS, MY_FILTERS } from '../test-support/spot-entries.js';
import { spotRules } from './index.js';

const BTC = entry(SPOT_2022, 'BTCUSDT');
const NOW = entry(SPOT_CCXT, 'BTCUSDT');
const limit = (order: Record<string, unknown> = {}) => ({
  symbol: 'BTCUSDT',
  side: 'BUY',
  type: 'LIMIT',
  timeInForce: 'GTC',
  price: '30000',
  quantity: '0.001',
  ...order,
});
const codes = (context: Record<string, unknown>) =>
  spotRules.check(context).map((f) => `${f.code} ${f.variant ?? f.message} ${f.field}`);

describe('Spot checks', () => {
  it('pass a valid order', () => {
    expect(spotRules.check({ order: limit(), symbolInfo: BTC })).toEqual([]);
    expect(spotRules.check({ order: limit({ price: 30000, quantity: 0.001 }), symbolInfo: NOW })).toEqual([]);
  });

  it('list every failure in the exchange’s order: parameters, precision, then the filters as the entry lists them', () => {
    expect(
      codes({ order: limit({ side: 'HOLD', price: '30000.005', quantity: '0.0010005' }), symbolInfo: BTC }),
    ).toEqual(['-1117 default side', '-1013 filterPriceFilter price', '-1013 filterLotSize quantity']);
    expect(codes({ order: limit({ quantity: '0.0000000001' }), symbolInfo: BTC })).toEqual(['-1111 default quantity']);
    expect(codes({ order: limit({ price: '-1', quantity: 'x' }), symbolInfo: BTC })).toEqual([
      `-1100 range quantity`,
      `-1100 range price`,
    ]);
    expect(spotRules.check({ order: limit({ price: '-1' }), symbolInfo: BTC })[0]).toEqual({
      code: -1100,
      variant: 'range',
      values: { param: 'price', legalRange: '^([0-9]{1,20})(\\.[0-9]{1,20})?$' },
      field: 'price',
    });
  });

  it('check the parameters each order type must and must not have', () => {
    expect(codes({ order: { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET' }, symbolInfo: BTC })).toEqual([
      '-1102 either quantity',
    ]);
    expect(
      codes({ order: { ...limit({ type: 'MARKET', timeInForce: undefined }), quoteOrderQty: '10' }, symbolInfo: BTC }),
    ).toEqual(['-1106 param quoteOrderQty', '-1106 param price']);
    expect(codes({ order: limit({ type: 'LIMIT_MAKER' }), symbolInfo: BTC })).toEqual(['-1106 param timeInForce']);
    expect(codes({ order: limit({ type: 'STOP_LOSS_LIMIT' }), symbolInfo: BTC })).toEqual(['-1102 either stopPrice']);
    expect(codes({ order: limit({ type: 'STOP_LOSS' }), symbolInfo: BTC })).toEqual([
      '-1013 stopLossNotSupported type',
    ]);
    expect(codes({ order: limit({ type: 'OCO' }), symbolInfo: BTC })).toEqual(['-1116 default type']);
    expect(codes({ order: limit({ timeInForce: 'GTD' }), symbolInfo: BTC })).toEqual(['-1115 default timeInForce']);
    expect(codes({ order: limit({ newClientOrderId: 'no spaces' }), symbolInfo: BTC })).toEqual([
      '-1100 range newClientOrderId',
    ]);
    expect(codes({ order: limit({ icebergQty: '0.002' }), symbolInfo: BTC })).toEqual([
      '-1013 icebergQtyExceedsQty icebergQty',
    ]);
  });

  it('name a filter Binance’s error page does not list by its text', () => {
    expect(spotRules.check({ order: limit({ price: '500000' }), symbolInfo: NOW, avgPrice: '64000' })).toEqual([
      { code: -1013, variant: null, values: {}, field: 'price', message: 'Filter failure: PERCENT_PRICE_BY_SIDE' },
    ]);
  });

  it('skip what needs the average price, the counts or the balances when the app does not pass them', () => {
    expect(codes({ order: limit({ price: '500000' }), symbolInfo: NOW })).toEqual([]);
    expect(
      codes({ order: { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.00001' }, symbolInfo: BTC }),
    ).toEqual([]);
    expect(
      codes({
        order: { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.00001' },
        symbolInfo: BTC,
        avgPrice: '30000',
      }),
    ).toEqual(['-1013 filterMinNotional quantity']);
    expect(codes({ order: limit({ quantity: '2' }), symbolInfo: LIMITS })).toEqual([]);
  });

  it('count open orders from the open-orders answer as served, and judge the exchange and account filters', () => {
    const open = (n: number, fields: Record<string, unknown> = {}) =>
      Array.from({ length: n }, (_, i) => ({
        symbol: i % 2 ? 'ETHUSDT' : 'BTCUSDT',
        orderId: i,
        orderListId: -1,
        side: 'BUY',
        type: 'LIMIT',
        origQty: '0.10000000',
        executedQty: '0.00000000',
        icebergQty: '0.00000000',
        ...fields,
      }));
    expect(codes({ order: limit(), symbolInfo: BTC, openOrders: open(400) })).toEqual([
      '-1013 filterMaxNumOrders null',
    ]);
    expect(codes({ order: limit(), symbolInfo: BTC, openOrders: open(398) })).toEqual([]);
    const stop = limit({ type: 'STOP_LOSS_LIMIT', side: 'SELL', stopPrice: '29000', price: '29000' });
    expect(codes({ order: stop, symbolInfo: BTC, openOrders: open(10, { type: 'STOP_LOSS_LIMIT' }) })).toEqual([
      '-1013 filterMaxNumAlgoOrders null',
    ]);
    expect(
      codes({ order: limit(), symbolInfo: BTC, exchangeFilters: EXCHANGE_FILTERS, openOrders: open(1000) }),
    ).toEqual(['-1013 filterMaxNumOrders null', '-1013 filterExchangeMaxNumOrders null']);
    expect(codes({ order: limit({ quantity: '0.04' }), symbolInfo: BTC, myFilters: MY_FILTERS })).toEqual([
      '-1013 MAX_ASSET quantity'.replace('MAX_ASSET', 'Filter failure: MAX_ASSET'),
    ]);
    // MAX_POSITION: free and locked base plus what open buys still buy.
    const balance = { balances: [{ asset: 'BTC', free: '0.50000000', locked: '0.10000000' }] };
    const buys = open(2, { symbol: 'BTCUSDT', origQty: '0.20000000', executedQty: '0.05000000' });
    expect(codes({ order: limit({ quantity: '0.1' }), symbolInfo: LIMITS, balance, openOrders: buys })).toEqual([]);
    expect(codes({ order: limit({ quantity: '0.10001' }), symbolInfo: LIMITS, balance, openOrders: buys })).toEqual([
      '-1013 filterMaxPosition quantity',
    ]);
  });

  it('judge nothing against another symbol’s entry', () => {
    expect(codes({ order: limit({ symbol: 'ETHUSDT', price: '0.001' }), symbolInfo: BTC })).toEqual([]);
  });
});
