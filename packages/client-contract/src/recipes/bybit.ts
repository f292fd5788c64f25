import { errorsOf, format } from '@exchange-errors/core';
import { bybitV5Eager } from '@exchange-errors/bybit/eager';
import type { RestClientV5 } from 'bybit-api';
import { products } from './products.js';

// Bybit next to Binance: its answers name their exchange by their shape (`retCode`), its URLs by their host.
const everything = [...products, bybitV5Eager];
const ORDER = { category: 'linear', symbol: 'BTCUSDT', side: 'Buy', orderType: 'Limit', qty: '1', price: '1' } as const;

// bybit-api resolves with Bybit's answer, a rejection included (HTTP 200, `retCode` not 0): read it,
// with the path it went to (a code may mean something else elsewhere: 10003 on the WebSocket order entry).
export async function placeBybitOrder(client: RestClientV5) {
  try {
    const answer = await client.submitOrder(ORDER);
    if (answer.retCode === 0) return answer.result;
    return format(everything, answer, { request: { url: '/v5/order/create' }, lng: 'zh-TW' });
  } catch (error) {
    // An HTTP failure (403, 429, 5xx) or no answer at all.
    return format(everything, error, { request: { url: '/v5/order/create' }, lng: 'zh-TW' });
  }
}

// A batch answers each order in `retExtInfo.list`: the refused ones, with their index.
export async function placeBybitBatch(client: RestClientV5) {
  const answer = await client.batchSubmitOrders('linear', [ORDER, { ...ORDER, price: '2' }]);
  return errorsOf(everything, answer).errors.map(({ index, error }) => ({ index, code: error.code }));
}
