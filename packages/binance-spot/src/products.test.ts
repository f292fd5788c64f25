/**
 * What Spot's catalog adds beyond the codes, and why catalogs are product-scoped: the same numeric
 * code arrives from Spot and from USDⓈ-M futures and reads as what each product means by it.
 */
import { format } from '@exchange-errors/core';
import { binanceUsdmEager } from '@exchange-errors/binance-usdm/eager';
import { describe, expect, it } from 'vitest';
import { binanceSpotEager } from './generated/eager.js';

const formatSpot = (error: unknown, options: { lng: string }) => format(binanceSpotEager, error, options);

describe('Spot’s matching-engine and filter messages', () => {
  it('are variants with their own titles, hints and classification', () => {
    const en = formatSpot(
      { code: -2010, msg: 'Account has insufficient balance for requested action.' },
      { lng: 'en' },
    );
    expect(en).toMatchObject({
      variant: 'insufficientBalance',
      category: 'funds',
      title: 'Insufficient balance',
      outcome: 'rejected',
    });
    const zh = formatSpot(
      { code: -2010, msg: 'Account has insufficient balance for requested action.' },
      { lng: 'zh' },
    );
    expect(zh.title).not.toBe(en.title);
    expect(zh.message).not.toMatch(/[A-Za-z]{5,}/);
    const filter = formatSpot({ code: -1013, msg: 'Filter failure: LOT_SIZE' }, { lng: 'en' });
    expect(filter.variant).not.toBeNull();
    expect(filter.title).not.toBe(
      formatSpot({ code: -1013, msg: 'Filter failure: PRICE_FILTER' }, { lng: 'en' }).title,
    );
  });
});

describe('one code, two products', () => {
  const modules = [binanceSpotEager, binanceUsdmEager];

  it.each(['en', 'zh'])('-2022 reads as each product means it (%s)', (lng) => {
    const spot = format(
      modules,
      { code: -2022, msg: 'Order cancel-replace failed.' },
      { request: { url: 'https://api.binance.com/api/v3/order/cancelReplace' }, lng },
    );
    const usdm = format(
      modules,
      { code: -2022, msg: 'ReduceOnly Order is rejected.' },
      { request: { url: 'https://fapi.binance.com/fapi/v1/order' }, lng },
    );
    expect(spot).toMatchObject({ product: 'spot', code: -2022, known: true });
    expect(usdm).toMatchObject({ product: 'usdm', code: -2022, name: 'REDUCE_ONLY_REJECT', known: true });
    expect(spot.title).not.toBe(usdm.title);
    expect(spot.message).not.toBe(usdm.message);
  });

  it('does not guess when nothing says which product it came from', () => {
    const undecided = format(modules, { code: -2022, msg: 'Something else.' }, { lng: 'en' });
    expect(undecided.productCandidates).toEqual(['spot', 'usdm']);
    expect(undecided.known).toBe(false);
  });
});
