/** tiagosiebler's `binance`: one REST client per product family. */
import { CoinMClient, MainClient, PortfolioClient, USDMClient } from 'binance';
import { KEY, ORDER, SECRET, rejectionOf, type ClientUnderTest } from './client.js';

/** Its order types are generic over the order type; the plain order below is one of them. */
type Submit<M extends string> = Record<M, (params: object) => Promise<unknown>>;

export const tiagosieblerBinance: ClientUnderTest = {
  id: 'binance',
  packageName: 'binance',
  products: ['spot', 'usdm', 'coinm', 'pm'],
  // For an HTTP error it throws a plain object `{code, message, body, headers, requestUrl, …}`: no status.
  drops: (scenario) => (scenario.answer.kind === 'http' ? ['status'] : []),
  fail({ origin, product, timeoutMs }) {
    const options = { api_key: KEY, api_secret: SECRET, baseUrl: origin, disableTimeSync: true };
    const request = { timeout: timeoutMs };
    const params = { ...ORDER, quantity: 1, price: 1 };
    switch (product) {
      case 'spot':
        return rejectionOf(() =>
          (new MainClient(options, request) as unknown as Submit<'submitNewOrder'>).submitNewOrder(params),
        );
      case 'usdm':
        return rejectionOf(() =>
          (new USDMClient(options, request) as unknown as Submit<'submitNewOrder'>).submitNewOrder(params),
        );
      case 'coinm':
        return rejectionOf(() =>
          (new CoinMClient(options, request) as unknown as Submit<'submitNewOrder'>).submitNewOrder(params),
        );
      case 'pm':
        return rejectionOf(() =>
          (new PortfolioClient(options, request) as unknown as Submit<'submitNewUMOrder'>).submitNewUMOrder(params),
        );
      default:
        throw new Error(`binance has no client for ${product}`);
    }
  },
};
