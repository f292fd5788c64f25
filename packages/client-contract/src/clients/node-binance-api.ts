import Binance from 'node-binance-api';
import { KEY, SECRET, rejectionOf, type ClientUnderTest } from './client.js';

type Orders = Record<
  'order' | 'futuresOrder',
  (type: string, side: string, symbol: string, quantity: number, price: number) => Promise<unknown>
>;

/** Its `urls` option moves Spot's and USDⓈ-M's hosts; COIN-M's (`dapi`) cannot be moved. */
const METHODS = { spot: 'order', usdm: 'futuresOrder' } as const;

export const nodeBinanceApi: ClientUnderTest = {
  id: 'node-binance-api',
  packageName: 'node-binance-api',
  products: ['spot', 'usdm'],
  // Any status but 200 becomes `Error(<the body's text>)`: no status.
  drops: (scenario) => (scenario.answer.kind === 'http' ? ['status'] : []),
  fail({ origin, product, timeoutMs }) {
    // Its request timeout is `recvWindow` (also sent to the exchange as the order's validity window).
    const client = new Binance().options({
      APIKEY: KEY,
      APISECRET: SECRET,
      recvWindow: timeoutMs,
      urls: { base: `${origin}/api/`, fapi: `${origin}/fapi/` },
    }) as unknown as Orders;
    const method = METHODS[product as keyof typeof METHODS];
    return rejectionOf(() => client[method]('LIMIT', 'BUY', 'BTCUSDT', 1, 1));
  },
};
