/** Binance's modular connectors (`@binance/spot`, `@binance/derivatives-trading-*`), on `@binance/common`. */
import { DerivativesTradingCoinFutures } from '@binance/derivatives-trading-coin-futures';
import { DerivativesTradingPortfolioMargin } from '@binance/derivatives-trading-portfolio-margin';
import { DerivativesTradingUsdsFutures } from '@binance/derivatives-trading-usds-futures';
import { Spot } from '@binance/spot';
import type { Scenario } from '../scenarios.js';
import {
  KEY,
  SECRET,
  isPage,
  rejectionOf,
  statusOf,
  type CallContext,
  type ClientUnderTest,
  type Drop,
} from './client.js';

/**
 * `@binance/common` throws one class per status it knows (400, 401, 403, 404, 418, 429: the class
 * says the status), `ServerError` with the status alone for a 5xx, `ConnectorClientError` with the
 * code and message for any other status, and the same `NetworkError` for a refused connection and a
 * timeout.
 */
function drops(scenario: Scenario): readonly Drop[] {
  const status = statusOf(scenario);
  if (scenario.answer.kind === 'refused') return ['sent'];
  if (status === null || [400, 401, 403, 404, 418, 429].includes(status)) return [];
  return status >= 500 ? ['body'] : ['status'];
}

/** `@binance/common` 1.x (under the COIN-M connector) kept Binance's message but not its code. */
function dropsWithoutCode(scenario: Scenario): readonly Drop[] {
  const kept = drops(scenario);
  return scenario.answer.kind === 'http' && !isPage(scenario) && !kept.includes('body') ? [...kept, 'code'] : kept;
}

function configuration({ origin, timeoutMs }: CallContext) {
  return { configurationRestAPI: { apiKey: KEY, apiSecret: SECRET, basePath: origin, retries: 0, timeout: timeoutMs } };
}

const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', quantity: 1, price: 1, timeInForce: 'GTC' } as const;

/** The connectors' enums are string unions: the plain order above is one of them. */
type Rest<M extends string> = Record<M, (params: typeof order) => Promise<unknown>>;

export const binanceSpotConnector: ClientUnderTest = {
  id: '@binance/spot',
  packageName: '@binance/spot',
  products: ['spot'],
  drops,
  fail(context) {
    const client = new Spot(configuration(context));
    return rejectionOf(() => (client.restAPI as unknown as Rest<'newOrder'>).newOrder(order));
  },
};

export const binanceUsdsFuturesConnector: ClientUnderTest = {
  id: '@binance/derivatives-trading-usds-futures',
  packageName: '@binance/derivatives-trading-usds-futures',
  products: ['usdm'],
  drops,
  fail(context) {
    const client = new DerivativesTradingUsdsFutures(configuration(context));
    return rejectionOf(() => (client.restAPI as unknown as Rest<'newOrder'>).newOrder(order));
  },
};

export const binanceCoinFuturesConnector: ClientUnderTest = {
  id: '@binance/derivatives-trading-coin-futures',
  packageName: '@binance/derivatives-trading-coin-futures',
  products: ['coinm'],
  drops: dropsWithoutCode,
  fail(context) {
    const client = new DerivativesTradingCoinFutures(configuration(context));
    return rejectionOf(() => (client.restAPI as unknown as Rest<'newOrder'>).newOrder(order));
  },
};

export const binancePortfolioMarginConnector: ClientUnderTest = {
  id: '@binance/derivatives-trading-portfolio-margin',
  packageName: '@binance/derivatives-trading-portfolio-margin',
  products: ['pm'],
  drops,
  fail(context) {
    const client = new DerivativesTradingPortfolioMargin(configuration(context));
    return rejectionOf(() => (client.restAPI as unknown as Rest<'newUmOrder'>).newUmOrder(order));
  },
};
