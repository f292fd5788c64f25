/**
 * One number, two meanings: the simulated exchange answers -2022 from Spot (a cancel-replace that
 * failed) and from USDⓈ-M (a reduce-only order rejected), and -1111 from both in different words. The
 * kit, given every product the demo talks to, must read each as its own product's error from the
 * request's URL (or the caller's `product`), in English and Chinese, and say it cannot tell when
 * neither is given.
 */
import { binanceSpotEager } from '@exchange-errors/binance-spot/eager';
import { binanceUsdmEager } from '@exchange-errors/binance-usdm/eager';
import { format, resolve } from '@exchange-errors/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { failureOf, PRODUCT_MODULES, readByKit, testExchange, type TestExchange } from './test-support.js';
import type { SimHttpResponse } from './types.js';

let ex: TestExchange;
beforeEach(() => {
  ex = testExchange();
});

const SPOT_REPLACE = '/api/v3/order/cancelReplace';
const USDM_ORDER = '/fapi/v1/order';

type Texts = {
  codes: Record<string, { title: string; messages: Record<string, string>; titles?: Record<string, string> }>;
};
const spotTexts = (lng: 'en' | 'zh') => binanceSpotEager.texts?.[lng] as unknown as Texts;
const usdmTexts = (lng: 'en' | 'zh') => binanceUsdmEager.texts?.[lng] as unknown as Texts;

async function spotCancelReplaceFailure(): Promise<SimHttpResponse> {
  return ex.signed('POST', SPOT_REPLACE, {
    symbol: 'BTCUSDT',
    side: 'BUY',
    type: 'LIMIT',
    timeInForce: 'GTC',
    price: '50000',
    quantity: '0.001',
    cancelReplaceMode: 'STOP_ON_FAILURE',
    cancelOrderId: 42,
  });
}

async function usdmReduceOnlyRejection(): Promise<SimHttpResponse> {
  return ex.signed('POST', USDM_ORDER, {
    symbol: 'BTCUSDT',
    side: 'BUY',
    type: 'MARKET',
    quantity: '0.01',
    reduceOnly: true,
  });
}

describe('-2022 from Spot and from USDⓈ-M', () => {
  it('is the same number with different payloads', async () => {
    const spot = JSON.parse((await spotCancelReplaceFailure()).body);
    const usdm = JSON.parse((await usdmReduceOnlyRejection()).body);
    expect([spot.code, usdm.code]).toEqual([-2022, -2022]);
    expect(spot.msg).toBe('Order cancel-replace failed.');
    expect(usdm).toEqual({ code: -2022, msg: 'ReduceOnly Order is rejected.' });
  });

  it.each(['en', 'zh'] as const)('reads as each product means it, from the request URL (%s)', async (lng) => {
    const spot = readByKit(await spotCancelReplaceFailure(), SPOT_REPLACE, lng);
    const usdm = readByKit(await usdmReduceOnlyRejection(), USDM_ORDER, lng);
    expect([spot.product, spot.name, spot.namespace]).toEqual(['spot', 'ORDER_CANCEL_REPLACE_FAILED', 'binanceSpot']);
    expect([usdm.product, usdm.name, usdm.namespace]).toEqual(['usdm', 'REDUCE_ONLY_REJECT', 'binanceUsdm']);
    expect(spot.title).toBe(spotTexts(lng).codes['-2022']!.title);
    expect(usdm.title).toBe(usdmTexts(lng).codes['-2022']!.title);
    expect(spot.title).not.toBe(usdm.title);
    expect(spot.message).not.toBe(usdm.message);
    expect(spot.hint).not.toBe(usdm.hint);
    if (lng === 'en') {
      expect([spot.title, spot.message]).toEqual(['Cancel-replace failed', 'Order cancel-replace failed.']);
      expect([usdm.title, usdm.message]).toEqual(['Reduce-only order rejected', 'ReduceOnly Order is rejected.']);
    } else {
      expect(spot.message).toBe(spotTexts('zh').codes['-2022']!.messages['default']);
      expect(usdm.message).toBe(usdmTexts('zh').codes['-2022']!.messages['default']);
    }
  });

  it('reads the same with the caller’s product and no URL', async () => {
    const answer = await usdmReduceOnlyRejection();
    const asUsdm = format([...PRODUCT_MODULES], failureOf(answer), { product: 'usdm' });
    const asSpot = format([...PRODUCT_MODULES], failureOf(answer), { product: 'spot' });
    expect([asUsdm.product, asUsdm.title]).toEqual(['usdm', 'Reduce-only order rejected']);
    // Told the wrong product, the kit reads it as that product's -2022: the product is the caller's word.
    expect([asSpot.product, asSpot.title]).toEqual(['spot', 'Cancel-replace failed']);
  });

  it('without a URL or product the kit does not guess: both products are candidates', async () => {
    for (const answer of [await spotCancelReplaceFailure(), await usdmReduceOnlyRejection()]) {
      const read = resolve([...PRODUCT_MODULES], failureOf(answer));
      expect(read.code).toBe(-2022);
      expect(read.productCandidates).toEqual(expect.arrayContaining(['spot', 'usdm']));
    }
  });
});

describe('-1111 from Spot and from USDⓈ-M', () => {
  it('comes in each product’s own words, and reads as each product’s', async () => {
    const spot = await ex.signed('POST', '/api/v3/order', {
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      price: '50000',
      quantity: '0.000000015',
    });
    const usdm = await ex.signed('POST', USDM_ORDER, {
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'MARKET',
      quantity: '0.0015',
    });
    expect(JSON.parse(spot.body)).toEqual({ code: -1111, msg: "Parameter 'quantity' has too much precision." });
    expect(JSON.parse(usdm.body)).toEqual({
      code: -1111,
      msg: 'Precision is over the maximum defined for this asset.',
    });
    for (const lng of ['en', 'zh'] as const) {
      const s = readByKit(spot, '/api/v3/order', lng);
      const u = readByKit(usdm, USDM_ORDER, lng);
      expect([s.product, s.values]).toEqual(['spot', { param: 'quantity' }]);
      expect([u.product, u.values]).toEqual(['usdm', {}]);
      expect(s.message).not.toBe(u.message);
    }
  });
});

describe('a Spot filter failure', () => {
  it.each(['en', 'zh'] as const)('reads with its own variant title, not -1013’s (%s)', async (lng) => {
    const answer = await ex.signed('POST', '/api/v3/order', {
      symbol: 'BTCUSDT',
      side: 'BUY',
      type: 'LIMIT',
      timeInForce: 'GTC',
      price: '50000.005',
      quantity: '0.001',
    });
    const read = readByKit(answer, '/api/v3/order', lng);
    const texts = spotTexts(lng).codes['-1013']!;
    expect([read.product, read.code, read.variant]).toEqual(['spot', -1013, 'filterPriceFilter']);
    expect(read.title).toBe(texts.titles?.['filterPriceFilter']);
    expect(read.title).not.toBe(texts.title);
    expect(read.message).toBe(texts.messages['filterPriceFilter']);
  });
});
