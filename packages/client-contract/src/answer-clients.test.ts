/**
 * errorsOf on what each library hands the app: a batch order's answer (HTTP 200, orders and errors
 * mixed; Bybit's with each item's result in retExtInfo.list) and a failed cancel-replace (both
 * halves failed), from the loopback exchange.
 */
import { errorsOf, readResponseBody } from '@exchange-errors/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BYBIT_BATCH, CANCEL_REPLACE, USDM_BATCH } from './answers.js';
import {
  ANSWER_CLIENTS,
  BATCH_PATH,
  BYBIT_BATCH_CLIENTS,
  BYBIT_BATCH_PATH,
  CANCEL_REPLACE_PATH,
} from './answer-clients.js';
import { PRODUCTS } from './read.js';
import { startExchange, type LoopbackExchange } from './server.js';

let exchange: LoopbackExchange;

beforeAll(async () => {
  exchange = await startExchange();
});

afterAll(async () => {
  await exchange.close();
});

const JSON_TYPE = { 'content-type': 'application/json' };

describe.each(ANSWER_CLIENTS.map((client) => [client.id, client] as const))('%s', (_, client) => {
  it('a batch order: 1 of 2 rejected, at index 1, never in a wrong product', async () => {
    exchange.answerWith(BATCH_PATH, {
      kind: 'http',
      status: 200,
      headers: JSON_TYPE,
      body: JSON.stringify(USDM_BATCH),
    });
    exchange.takeSeen();
    const answer = await client.batch(exchange.origin);
    expect(exchange.takeSeen().map((r) => r.path)).toContain(BATCH_PATH);

    const given = errorsOf(PRODUCTS, answer, { product: 'usdm' });
    expect(given.total).toBe(2);
    expect(given.errors.map((e) => [e.index, e.error.code, e.error.name, e.error.outcome])).toEqual([
      [1, -2022, 'REDUCE_ONLY_REJECT', 'rejected'],
    ]);
    const unaided = errorsOf(PRODUCTS, answer).errors[0]?.error;
    expect([null, 'usdm']).toContain(unaided?.product);
    expect(unaided?.code).toBe(-2022);
  });

  it('a cancel-replace whose halves both failed: the cancel (-2011) and the new order (-2010)', async () => {
    exchange.answerWith(CANCEL_REPLACE_PATH, {
      kind: 'http',
      status: 400,
      headers: JSON_TYPE,
      body: JSON.stringify(CANCEL_REPLACE.bothFailed),
    });
    const caught = await client.cancelReplace(exchange.origin);
    const answer = client.readsAsync ? await readResponseBody(caught) : caught;
    const { errors } = errorsOf(PRODUCTS, answer);
    if (client.dropsHalves) {
      // The library kept -2022 alone: one error, Spot's (the halves are gone).
      expect(errors.map((e) => [e.leg, e.error.code])).toEqual([[null, -2022]]);
      return;
    }
    expect(errors.map((e) => [e.leg, e.error.code, e.error.product, e.error.outcome])).toEqual([
      ['cancel', -2011, 'spot', 'rejected'],
      ['new', -2010, 'spot', 'rejected'],
    ]);
  });
});

describe.each(BYBIT_BATCH_CLIENTS.map((client) => [client.id, client] as const))('%s, Bybit', (_, client) => {
  it('a batch order: 1 of 2 refused, at index 0, Bybit’s, never Binance’s', async () => {
    exchange.answerWith(BYBIT_BATCH_PATH, {
      kind: 'http',
      status: 200,
      headers: JSON_TYPE,
      body: JSON.stringify(BYBIT_BATCH),
    });
    exchange.takeSeen();
    const answer = await client.batch(exchange.origin);
    expect(exchange.takeSeen().map((r) => r.path)).toContain(BYBIT_BATCH_PATH);
    const read = errorsOf(PRODUCTS, answer);
    expect(read.total).toBe(2);
    expect(read.errors.map((e) => [e.index, e.error.exchange, e.error.product, e.error.code, e.error.outcome])).toEqual(
      [[0, 'bybit', 'v5', 10001, 'rejected']],
    );
  });
});
