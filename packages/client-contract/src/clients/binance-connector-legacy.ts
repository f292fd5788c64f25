/** The legacy `@binance/connector` (Spot only), on axios. */
import { Spot } from '@binance/connector';
import { KEY, SECRET, rejectionOf, type ClientUnderTest } from './client.js';

export const binanceConnectorLegacy: ClientUnderTest = {
  id: '@binance/connector',
  packageName: '@binance/connector',
  products: ['spot'],
  fail({ origin, timeoutMs }) {
    const client = new Spot(KEY, SECRET, { baseURL: origin, timeout: timeoutMs });
    return rejectionOf(() => client.newOrder('BTCUSDT', 'BUY', 'LIMIT', { price: 1, quantity: 1, timeInForce: 'GTC' }));
  },
};
