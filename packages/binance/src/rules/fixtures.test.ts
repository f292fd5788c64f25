/**
 * The rules on real exchangeInfo entries (test-support/fixtures/, with their sources): what Binance
 * served in 2020–2022 and today's filter set as ccxt stores it (integers stringified), read as served.
 */
import { describe, expect, it } from 'vitest';
import { coinmRules, usdmRules } from './futures/index.js';
import { spotRules } from './spot/index.js';
import { COINM_2020, entry, SPOT_2022, SPOT_CCXT, USDM_2021 } from './test-support/fixtures.js';
import { ref, show } from './test-support/reference.js';
import { futuresText, spotText } from './test-support/texts.js';

describe('real entries', () => {
  it.each(Object.entries(SPOT_2022).concat(Object.entries(SPOT_CCXT)))(
    'Spot %s: its own filters judge the order',
    (symbol, info) => {
      const filters = info['filters'] as Record<string, string>[];
      const price = filters.find((f) => f['filterType'] === 'PRICE_FILTER')!;
      const lot = filters.find((f) => f['filterType'] === 'LOT_SIZE')!;
      // At its minimum price and quantity an order is worth too little on every symbol.
      const order = {
        symbol,
        side: 'SELL',
        type: 'LIMIT',
        timeInForce: 'GTC',
        price: price['minPrice'],
        quantity: lot['minQty'],
      };
      const failures = spotRules.check({ order, symbolInfo: info }).map((f) => f.variant);
      expect(failures).toEqual([failures.includes('filterNotional') ? 'filterNotional' : 'filterMinNotional']);
      // Half a tick off the grid: PRICE_FILTER names the price.
      const offTick = show(ref('1') + ref(price['tickSize']!) / 2n);
      expect(spotRules.check({ order: { ...order, price: offTick }, symbolInfo: info })[0]).toMatchObject({
        code: -1013,
        variant: 'filterPriceFilter',
        field: 'price',
      });
    },
  );

  it('reads integers as ccxt stores them ("10", "200") as Binance serves them (10, 200)', () => {
    const order = {
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      price: '64000',
      quantity: '0.01',
      icebergQty: '0.0005',
    };
    for (const info of [entry(SPOT_2022, 'BTCUSDT'), entry(SPOT_CCXT, 'BTCUSDT')]) {
      expect(spotRules.check({ order, symbolInfo: info })).toEqual([
        { code: -1013, variant: 'filterIcebergParts', values: {}, field: 'icebergQty' },
      ]);
      expect(
        spotRules.check({ order: { ...order, icebergQty: undefined }, symbolInfo: info, openOrders: { orders: 200 } }),
      ).toEqual([{ code: -1013, variant: 'filterMaxNumOrders', values: {}, field: null }]);
    }
  });

  it('takes a tick size with a trailing zero (USDⓈ-M ADAUSDT’s "0.00010") as its value', () => {
    const info = entry(USDM_2021, 'ADAUSDT');
    const order = {
      symbol: 'ADAUSDT',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      price: '2.00005',
      quantity: '10',
    };
    expect(usdmRules.check({ order, symbolInfo: info }).map((f) => f.code)).toEqual([-4014]);
    expect(usdmRules.explain(-4014, { order, symbolInfo: info }, 'en', futuresText('en'))?.text).toBe(
      'Price 2.00005 is not a multiple of the tick size 0.0001: the nearest valid prices are 2 and 2.0001.',
    );
  });

  it('says what a COIN-M contract is worth from the entry’s contractSize', () => {
    const info = entry(COINM_2020, 'BTCUSD_PERP');
    const order = {
      symbol: 'BTCUSD_PERP',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      price: '11000',
      quantity: '0.5',
    };
    expect(coinmRules.explain(-1111, { order, symbolInfo: info }, 'zh', futuresText('zh'))?.text).toBe(
      'BTCUSD_PERP 的数量只能是整数，0.5 最接近的有效数量为 1。BTCUSD_PERP 每张合约价值 100 USD。',
    );
  });

  it('explains the symbol as "this symbol" when neither the order nor the entry names it', () => {
    const info = { ...entry(SPOT_2022, 'BTCUSDT'), symbol: undefined };
    const order = { side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', price: '0.001', quantity: '1' };
    const answer = { variant: 'filterPriceFilter', message: 'Filter failure: PRICE_FILTER' };
    expect(spotRules.explain(-1013, { order, symbolInfo: info }, 'en', spotText('en'), answer)?.text).toBe(
      'Price 0.001 is below the minimum price 0.01 for this symbol.',
    );
    expect(spotRules.explain(-1013, { order, symbolInfo: info }, 'zh', spotText('zh'), answer)?.text).toBe(
      '价格 0.001 低于该交易对允许的最低价格 0.01。',
    );
  });
});
