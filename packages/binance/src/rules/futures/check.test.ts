/**
 * The futures' checks before sending: every failure in the exchange's order (parameters, then the
 * price, the quantity, the notional), as the codes each product answers; COIN-M counts contracts; what
 * needs the mark price or the book is judged only when the app passes them.
 */
import { describe, expect, it } from 'vitest';
import { COINM_2020, entry, USDM_2021 } from '../test-support/fixtures.js';
import { COINM_MIN_NOTIONAL } from '../test-support/futures-entries.js';
import { coinmRules, pmRules, usdmRules } from './index.js';

const BTC = entry(USDM_2021, 'BTCUSDT');
const ADA = entry(USDM_2021, 'ADAUSDT');
const QUARTER = entry(COINM_2020, 'BTCUSD_200925');
const limit = (order: Record<string, unknown> = {}) => ({
  symbol: 'BTCUSDT',
  side: 'BUY',
  type: 'LIMIT',
  timeInForce: 'GTC',
  price: '45000',
  quantity: '0.01',
  ...order,
});
const market = (order: Record<string, unknown> = {}) => ({
  symbol: 'BTCUSDT',
  side: 'BUY',
  type: 'MARKET',
  quantity: '0.01',
  ...order,
});
const codes = (rules: typeof usdmRules, context: Record<string, unknown>) =>
  rules.check(context).map((f) => `${f.code} ${f.variant} ${f.field}`);

describe('futures checks', () => {
  it('pass a valid order', () => {
    expect(usdmRules.check({ order: limit(), symbolInfo: BTC, markPrice: '45000' })).toEqual([]);
    expect(
      usdmRules.check({ order: limit({ symbol: 'ADAUSDT', price: '1.2345', quantity: '10' }), symbolInfo: ADA }),
    ).toEqual([]);
  });

  it('check the price, then the quantity, then the notional, in the exchange’s order', () => {
    expect(codes(usdmRules, { order: limit({ price: '45000.001', quantity: '0.0001' }), symbolInfo: BTC })).toEqual([
      '-1111 default price',
      '-1111 default quantity',
    ]);
    expect(codes(usdmRules, { order: limit({ price: '-1', quantity: '-1' }), symbolInfo: BTC })).toEqual([
      '-4001 default price',
      '-4003 default quantity',
    ]);
    expect(
      codes(usdmRules, { order: limit({ symbol: 'ADAUSDT', price: '1.23456', quantity: '10.5' }), symbolInfo: ADA }),
    ).toEqual(['-4014 default price', '-1111 default quantity']);
    expect(usdmRules.check({ order: limit({ quantity: '0.001', price: '4500' }), symbolInfo: BTC }).at(-1)).toEqual({
      code: -4164,
      variant: 'notional',
      values: { notional: '5' },
      field: 'quantity',
    });
  });

  it('check the parameters of each order type', () => {
    expect(codes(usdmRules, { order: market({ price: '45000' }), symbolInfo: BTC })).toEqual(['-1106 param price']);
    expect(codes(usdmRules, { order: limit({ timeInForce: undefined }), symbolInfo: BTC })).toEqual([
      '-1102 param timeInForce',
    ]);
    expect(codes(usdmRules, { order: limit({ timeInForce: 'GTD' }), symbolInfo: BTC })).toEqual([
      '-1115 default timeInForce',
    ]);
    expect(codes(usdmRules, { order: limit({ reduceOnly: 'maybe' }), symbolInfo: BTC })).toEqual([
      '-1102 param reduceOnly',
    ]);
    expect(codes(usdmRules, { order: limit({ type: 'OCO' }), symbolInfo: BTC })).toEqual(['-1116 default type']);
    expect(codes(usdmRules, { order: limit({ quantity: '1e3' }), symbolInfo: BTC })).toEqual(['-1100 range quantity']);
  });

  it('exempt reduce-only orders from the minimum notional', () => {
    expect(
      codes(usdmRules, { order: limit({ quantity: '0.0001', price: '45000', reduceOnly: true }), symbolInfo: BTC }),
    ).toEqual(['-1111 default quantity']);
    expect(
      codes(usdmRules, { order: limit({ quantity: '0.001', price: '4500', reduceOnly: 'true' }), symbolInfo: BTC }),
    ).toEqual([]);
  });

  it('judge the band around the mark price, and a market order’s counterparty price, only with the mark and the book', () => {
    expect(codes(usdmRules, { order: limit({ price: '50000' }), symbolInfo: BTC })).toEqual([]);
    expect(codes(usdmRules, { order: limit({ price: '50000' }), symbolInfo: BTC, markPrice: '45000' })).toEqual([
      '-4016 default price',
    ]);
    const book = { bidPrice: '44990', askPrice: '48000' };
    expect(codes(usdmRules, { order: market(), symbolInfo: BTC, book })).toEqual([]);
    expect(codes(usdmRules, { order: market(), symbolInfo: BTC, book, markPrice: '45000' })).toEqual([
      '-4131 default null',
    ]);
    expect(
      codes(coinmRules, {
        order: market({ symbol: 'BTCUSD_200925', quantity: '1' }),
        symbolInfo: QUARTER,
        book,
        markPrice: '45000',
      }),
    ).toEqual(['-4113 default null']);
    expect(codes(pmRules, { order: market(), symbolInfo: BTC, book, markPrice: '45000' })).toEqual([
      '-4131 default null',
    ]);
  });

  it('apply MARKET_LOT_SIZE to market orders, a step of 0 meaning no step rule', () => {
    expect(codes(usdmRules, { order: market({ quantity: '250' }), symbolInfo: BTC })).toEqual([
      '-4005 default quantity',
    ]);
    expect(codes(usdmRules, { order: limit({ quantity: '250' }), symbolInfo: BTC })).toEqual([]);
    // BTCUSD_200925's MARKET_LOT_SIZE step is "0"; its LOT_SIZE step of 1 still applies to every order.
    expect(
      codes(coinmRules, { order: market({ symbol: 'BTCUSD_200925', quantity: '3' }), symbolInfo: QUARTER }),
    ).toEqual([]);
  });

  it('count COIN-M quantities in contracts: the notional is quantity × contract size', () => {
    const order = limit({ symbol: 'BTCUSD_PERP', quantity: '1', price: '1000000' });
    expect(codes(coinmRules, { order, symbolInfo: COINM_MIN_NOTIONAL })).toEqual(['-4002 default price']);
    expect(codes(coinmRules, { order: { ...order, price: '45000' }, symbolInfo: COINM_MIN_NOTIONAL })).toEqual([
      '-4178 notional quantity',
    ]);
    expect(
      codes(coinmRules, { order: { ...order, quantity: '2', price: '45000' }, symbolInfo: COINM_MIN_NOTIONAL }),
    ).toEqual([]);
  });
});
