/** `errorsOf` on answers from Binance's documents and a real Bybit batch answer, read with every product of both exchanges registered. */
import { errorsOf } from '@exchange-errors/core';
import { describe, expect, it } from 'vitest';
import { BYBIT_BATCH, CANCEL_REPLACE, COINM_BATCH, USDM_BATCH, WS_CANCEL_REPLACE } from './answers.js';
import { PRODUCTS } from './read.js';

function summary(answer: unknown, hints?: Parameters<typeof errorsOf>[2]) {
  const { total, errors } = errorsOf(PRODUCTS, answer, hints);
  return {
    total,
    errors: errors.map(({ index, leg, error }) => ({
      index,
      leg,
      code: error.code,
      name: error.name,
      product: error.product,
      outcome: error.outcome,
    })),
  };
}

describe('batch orders: HTTP 200 with orders and errors mixed', () => {
  it('reads USDⓈ-M’s example as 1 of 2 rejected, in USDⓈ-M’s words (the URL says so)', () => {
    expect(summary(USDM_BATCH, { request: { url: '/fapi/v1/batchOrders' } })).toEqual({
      total: 2,
      errors: [{ index: 1, leg: null, code: -2022, name: 'REDUCE_ONLY_REJECT', product: 'usdm', outcome: 'rejected' }],
    });
  });

  it('reads COIN-M’s example with the product given', () => {
    expect(summary(COINM_BATCH, { product: 'coinm' }).errors).toEqual([
      { index: 1, leg: null, code: -2022, name: 'REDUCE_ONLY_REJECT', product: 'coinm', outcome: 'rejected' },
    ]);
  });

  it('takes the URL from an HTTP client’s response (axios: config.url, data)', () => {
    const response = { status: 200, data: USDM_BATCH, config: { url: 'https://fapi.binance.com/fapi/v1/batchOrders' } };
    expect(summary(response).errors[0]).toMatchObject({ index: 1, product: 'usdm', name: 'REDUCE_ONLY_REJECT' });
  });

  it('never guesses the product: -2022 means two things, so without a URL or product it stays undecided', () => {
    const [only] = errorsOf(PRODUCTS, USDM_BATCH).errors;
    expect(only?.error.product).toBeNull();
    expect(only?.error.productCandidates).toEqual(['spot', 'usdm', 'coinm', 'pm']);
    expect(only?.error.outcome).toBe('rejected');
  });

  it('reads the JSON text as the body', () => {
    expect(summary(JSON.stringify(USDM_BATCH), { product: 'usdm' }).errors).toHaveLength(1);
  });

  it('has no errors when every order went through', () => {
    expect(summary([USDM_BATCH[0], USDM_BATCH[0]], { product: 'usdm' })).toEqual({ total: 2, errors: [] });
  });
});

describe('Bybit’s batch orders: HTTP 200, each item’s result in retExtInfo.list', () => {
  it('reads the refused item with its index, as Bybit’s, with the URL or without', () => {
    const expected = {
      total: 2,
      errors: [{ index: 0, leg: null, code: 10001, name: null, product: 'v5', outcome: 'rejected' }],
    };
    expect(summary(BYBIT_BATCH)).toEqual(expected);
    for (const path of ['/v5/order/create-batch', '/v5/order/amend-batch', '/v5/order/cancel-batch'])
      expect(summary(BYBIT_BATCH, { request: { url: `https://api.bybit.com${path}` } })).toEqual(expected);
  });

  it('never reads Binance’s array answers as Bybit’s, nor Bybit’s as Binance’s', () => {
    expect(summary(USDM_BATCH).errors.map((e) => e.product)).not.toContain('v5');
    expect(errorsOf(PRODUCTS, BYBIT_BATCH).errors[0]?.error.exchange).toBe('bybit');
  });
});

describe('Spot’s cancel-replace: which half failed, and why', () => {
  it('the cancel failed, the new order not attempted (-2022)', () => {
    expect(summary(CANCEL_REPLACE.cancelFailed)).toEqual({
      total: 2,
      errors: [
        { index: null, leg: 'cancel', code: -2011, name: 'CANCEL_REJECTED', product: 'spot', outcome: 'rejected' },
      ],
    });
  });

  it('the cancel went through, the new order failed (-2021)', () => {
    expect(summary(CANCEL_REPLACE.newOrderFailed).errors).toEqual([
      { index: null, leg: 'new', code: -2010, name: 'NEW_ORDER_REJECTED', product: 'spot', outcome: 'rejected' },
    ]);
  });

  it('the cancel failed, the new order went through (-2021, ALLOW_FAILURE)', () => {
    expect(summary(CANCEL_REPLACE.cancelFailedNewPlaced).errors.map((e) => [e.leg, e.code])).toEqual([
      ['cancel', -2011],
    ]);
  });

  it('both failed (-2022, ALLOW_FAILURE)', () => {
    expect(summary(CANCEL_REPLACE.bothFailed).errors.map((e) => [e.leg, e.code])).toEqual([
      ['cancel', -2011],
      ['new', -2010],
    ]);
  });

  it('the new order refused by the unfilled order count (-1015 inside -2021)', () => {
    const [only] = errorsOf(PRODUCTS, CANCEL_REPLACE.cancelOnly).errors;
    expect(only).toMatchObject({ leg: 'new', error: { code: -1015, product: 'spot', outcome: 'rejected' } });
  });

  it('reads the variant of the nested message', () => {
    const [only] = errorsOf(PRODUCTS, CANCEL_REPLACE.newOrderFailed).errors;
    expect(only?.error.variant).not.toBeNull();
    expect(only?.error.serverMessage).toBe('Order would immediately match and take.');
  });

  it('reads the WebSocket API’s answer (the body under `error`)', () => {
    expect(summary(WS_CANCEL_REPLACE).errors.map((e) => [e.leg, e.code, e.product])).toEqual([['new', -2010, 'spot']]);
  });

  it('reads what an HTTP client threw with the body inside (axios: response.data)', () => {
    const thrown = Object.assign(new Error('Request failed with status code 409'), {
      response: { status: 409, data: CANCEL_REPLACE.bothFailed },
      config: { url: 'https://api.binance.com/api/v3/order/cancelReplace' },
    });
    expect(summary(thrown).errors.map((e) => [e.leg, e.code, e.product])).toEqual([
      ['cancel', -2011, 'spot'],
      ['new', -2010, 'spot'],
    ]);
  });
});

describe('anything else', () => {
  it('is one error when it failed', () => {
    expect(summary({ code: -2019, msg: 'Margin is insufficient.' }, { product: 'usdm' })).toEqual({
      total: 1,
      errors: [
        { index: null, leg: null, code: -2019, name: 'MARGIN_NOT_SUFFICIEN', product: 'usdm', outcome: 'rejected' },
      ],
    });
  });

  it('is no error when it did not', () => {
    expect(summary({ orderId: 1, status: 'NEW' })).toEqual({ total: 1, errors: [] });
    expect(summary(null)).toEqual({ total: 1, errors: [] });
  });
});
