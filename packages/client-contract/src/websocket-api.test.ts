/**
 * The official Spot connector's WebSocket API (`@binance/spot`, on `@binance/common`) against a
 * loopback WebSocket API: what `orderPlace` and `orderCancelReplace` reject with, read by the kit.
 */
import { errorsOf } from '@exchange-errors/core';
import { Spot, SpotWebsocketAPI } from '@binance/spot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANCEL_REPLACE } from './answers.js';
import { KEY, SECRET, rejectionOf } from './clients/client.js';
import { PRODUCTS, reading } from './read.js';
import { startWebSocketApi, type LoopbackWebSocketApi } from './ws-exchange.js';

let api: LoopbackWebSocketApi;
let connection: SpotWebsocketAPI.WebsocketAPIConnection;

beforeAll(async () => {
  api = await startWebSocketApi();
  const client = new Spot({
    configurationWebsocketAPI: { apiKey: KEY, apiSecret: SECRET, wsURL: api.url, timeout: 500 },
  });
  connection = await client.websocketAPI.connect();
});

afterAll(async () => {
  await connection.disconnect();
  await api.close();
});

const order = {
  symbol: 'BTCUSDT',
  side: SpotWebsocketAPI.OrderPlaceSideEnum.BUY,
  type: SpotWebsocketAPI.OrderPlaceTypeEnum.MARKET,
  quantity: 1,
};

describe('@binance/spot’s WebSocket API', () => {
  it('rejects with Binance’s `{code, msg}`: read as the rejection it is', async () => {
    api.answerWith({
      status: 400,
      error: { code: -2010, msg: 'Account has insufficient balance for requested action.' },
    });
    const caught = await rejectionOf(() => connection.orderPlace(order));
    expect(api.takeSeen()).toEqual(['order.place']);
    expect(reading(caught, { product: 'spot' })).toMatchObject({ code: -2010, outcome: 'rejected', product: 'spot' });
    // -2010 is every product's code: unaided, undecided.
    expect(reading(caught)).toMatchObject({ code: -2010, outcome: 'rejected', product: null });
  });

  it('rejects a cancel-replace with its halves: errorsOf says which failed', async () => {
    api.answerWith({ status: 400, error: CANCEL_REPLACE.bothFailed });
    const caught = await rejectionOf(() =>
      connection.orderCancelReplace({
        ...order,
        type: SpotWebsocketAPI.OrderCancelReplaceTypeEnum.MARKET,
        side: SpotWebsocketAPI.OrderCancelReplaceSideEnum.BUY,
        cancelReplaceMode: SpotWebsocketAPI.OrderCancelReplaceCancelReplaceModeEnum.ALLOW_FAILURE,
        cancelOrderId: 3,
      }),
    );
    expect(errorsOf(PRODUCTS, caught).errors.map((e) => [e.leg, e.error.code, e.error.product])).toEqual([
      ['cancel', -2011, 'spot'],
      ['new', -2010, 'spot'],
    ]);
  });

  it('times out on its own when no answer comes: may have gone through, never the exchange’s words', async () => {
    api.answerWith('silence');
    const caught = await rejectionOf(() => connection.orderPlace(order));
    expect(reading(caught, { product: 'spot' })).toMatchObject({ code: null, outcome: 'unknown', serverMessage: null });
  });
});
