import ccxt from 'ccxt';
import { KEY, ORDER, SECRET, isPage, rejectionOf, statusOf, type ClientUnderTest } from './client.js';

/** ccxt's implicit method per product: each posts to that product's order endpoint. */
const METHODS = {
  spot: 'privatePostOrder',
  usdm: 'fapiPrivatePostOrder',
  coinm: 'dapiPrivatePostOrder',
  options: 'eapiPrivatePostOrder',
  pm: 'papiPostUmOrder',
} as const;

export const ccxtClient: ClientUnderTest = {
  id: 'ccxt',
  packageName: 'ccxt',
  products: ['spot', 'usdm', 'coinm', 'options', 'pm'],
  // Its messages: `binance <msg>` for texts it maps by their words (no code), `binance <body>` for
  // codes (no status), `binance <status> <reason> <body>` for 418/429, `binance <METHOD> <url>
  // <status> <reason> <body>` for a status it maps (HTML pages).
  drops(scenario) {
    const status = statusOf(scenario);
    if (status === null || isPage(scenario) || status === 418 || status === 429) return [];
    return scenario.id === 'spot-2010' ? ['status', 'code'] : ['status'];
  },
  fail({ origin, product, timeoutMs }) {
    const exchange = new ccxt.binance({ apiKey: KEY, secret: SECRET, timeout: timeoutMs, enableRateLimit: false });
    // Every REST base (22 of them) points at the loopback exchange, its path kept.
    const api = exchange.urls['api'] as Record<string, unknown>;
    for (const [key, value] of Object.entries(api)) {
      if (typeof value === 'string' && value.startsWith('http')) api[key] = origin + new URL(value).pathname;
    }
    const name = METHODS[product as keyof typeof METHODS];
    const method = (exchange as unknown as Record<string, (params: object) => Promise<unknown>>)[name];
    if (!method) throw new Error(`ccxt has no ${name}`);
    return rejectionOf(() => method.call(exchange, { ...ORDER }));
  },
};
