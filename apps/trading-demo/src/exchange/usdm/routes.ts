/** The USDⓈ-M `/fapi/*` endpoints the demo serves, with Binance's request weights and answers. */
import type { Route } from '../routes.js';
import { USDM_LIMITS, usdmErrors } from './errors.js';
import { perpBook, perpSymbolView, type PerpSymbol } from './instruments.js';
import { perpContract } from './orders.js';

function rateLimits() {
  const { weight, orders } = USDM_LIMITS;
  return [
    {
      rateLimitType: 'REQUEST_WEIGHT',
      interval: weight.interval,
      intervalNum: weight.intervalNum,
      limit: weight.limit,
    },
    { rateLimitType: 'ORDERS', interval: orders.interval, intervalNum: orders.intervalNum, limit: orders.limit },
  ];
}

function bySymbol<T>(symbol: string | undefined, all: readonly PerpSymbol[], view: (c: PerpSymbol) => T): T | T[] {
  return symbol === undefined ? all.map(view) : view(perpContract(symbol));
}

export const USDM_ROUTES: Readonly<Record<string, Route>> = {
  'GET /fapi/v1/ping': { weight: 1, signed: false, handle: () => ({}) },
  'GET /fapi/v1/time': { weight: 1, signed: false, handle: ({ now }) => ({ serverTime: now }) },
  'GET /fapi/v1/exchangeInfo': {
    weight: 1,
    signed: false,
    handle: ({ now, usdm }) => ({
      timezone: 'UTC',
      serverTime: now,
      futuresType: 'U_MARGINED',
      rateLimits: rateLimits(),
      exchangeFilters: [],
      assets: [{ asset: 'USDT', marginAvailable: true, autoAssetExchange: '-10000' }],
      symbols: usdm.contracts.map(perpSymbolView),
    }),
  },
  'GET /fapi/v1/premiumIndex': {
    weight: 1,
    signed: false,
    handle: ({ params, now, usdm }) =>
      bySymbol(params.optional('symbol'), usdm.contracts, (c) => {
        const { mark } = perpBook(c, now);
        return {
          symbol: c.symbol,
          markPrice: mark.toFixed(8),
          indexPrice: (mark / 1.0002).toFixed(8),
          lastFundingRate: '0.00010000',
          nextFundingTime: (Math.floor(now / 28_800_000) + 1) * 28_800_000,
          interestRate: '0.00010000',
          time: now,
        };
      }),
  },
  'GET /fapi/v1/ticker/bookTicker': {
    weight: (params) => (params.optional('symbol') === undefined ? 5 : 2),
    signed: false,
    handle: ({ params, now, usdm }) =>
      bySymbol(params.optional('symbol'), usdm.contracts, (c) => {
        const book = perpBook(c, now);
        const depth = c.depth.toFixed(c.quantityPrecision);
        return {
          symbol: c.symbol,
          bidPrice: book.bid.toFixed(c.pricePrecision),
          bidQty: depth,
          askPrice: book.ask.toFixed(c.pricePrecision),
          askQty: depth,
          time: now,
        };
      }),
  },
  'POST /fapi/v1/order': {
    weight: 0,
    signed: true,
    handle: ({ params, now, usdm, spendOrders }) => {
      spendOrders(1);
      return usdm.orderView(usdm.place(params, now));
    },
  },
  'DELETE /fapi/v1/order': {
    weight: 1,
    signed: true,
    handle: ({ params, now, usdm }) => usdm.orderView(usdm.cancel(params, now)),
  },
  'GET /fapi/v1/openOrders': {
    weight: (params) => (params.optional('symbol') === undefined ? 40 : 1),
    signed: true,
    handle: ({ params, now, usdm }) => {
      usdm.advance(now);
      const symbol = params.optional('symbol');
      if (symbol !== undefined) perpContract(symbol);
      return usdm.openOrders(symbol).map((o) => usdm.orderView(o));
    },
  },
  'GET /fapi/v3/positionRisk': {
    weight: 5,
    signed: true,
    handle: ({ params, now, usdm }) => {
      const symbol = params.optional('symbol');
      if (symbol !== undefined) perpContract(symbol);
      return usdm.positionViews(now, symbol);
    },
  },
  'GET /fapi/v3/account': { weight: 5, signed: true, handle: ({ now, usdm }) => usdm.accountView(now) },
};

export const usdmBadRecvWindow = usdmErrors.badRecvWindow;
