import * as binanceApiNodeModule from 'binance-api-node';
import { KEY, ORDER, SECRET, isPage, rejectionOf, type ClientUnderTest } from './client.js';

type Create = (options: object) => unknown;

/**
 * A CommonJS module built from ES modules: its function is `exports.default`, which Node's ESM
 * loader puts at `default` or (through a transpiler's interop) at `default.default`.
 */
function create(): Create {
  const outer = (binanceApiNodeModule as unknown as { default: Create | { default: Create } }).default;
  return typeof outer === 'function' ? outer : outer.default;
}

type Orders = Record<'order' | 'futuresOrder' | 'deliveryOrder', (payload: object) => Promise<unknown>>;

const METHODS = { spot: 'order', usdm: 'futuresOrder', coinm: 'deliveryOrder' } as const;

export const binanceApiNode: ClientUnderTest = {
  id: 'binance-api-node',
  packageName: 'binance-api-node',
  products: ['spot', 'usdm', 'coinm'],
  // A JSON answer becomes `Error(msg)` with `code` and `url`: no status; an HTML page keeps its Response.
  drops: (scenario) => (scenario.answer.kind === 'http' && !isPage(scenario) ? ['status'] : []),
  // It calls fetch without a signal or a timeout option.
  noTimeout: true,
  fail({ origin, product }) {
    const client = create()({
      apiKey: KEY,
      apiSecret: SECRET,
      httpBase: origin,
      httpFutures: origin,
      httpDelivery: origin,
      getTime: () => Date.now(),
    }) as unknown as Orders;
    const method = METHODS[product as keyof typeof METHODS];
    return rejectionOf(() => client[method]({ ...ORDER }));
  },
};
