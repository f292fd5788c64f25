/** The Spot `/api/v3/*` endpoints the demo serves, with Binance's request weights and answers. */
import type { Route } from '../routes.js';
import { spotErrors } from './errors.js';
import { SPOT_LIMITS } from './errors.js';
import { spotAvgPrice, spotBook, spotSymbolView, SPOT_EXCHANGE_FILTERS } from './instruments.js';
import { spotPair } from './orders.js';

function rateLimits() {
  const { weight, orders } = SPOT_LIMITS;
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

export const SPOT_ROUTES: Readonly<Record<string, Route>> = {
  'GET /api/v3/ping': { weight: 1, signed: false, handle: () => ({}) },
  'GET /api/v3/time': { weight: 1, signed: false, handle: ({ now }) => ({ serverTime: now }) },
  'GET /api/v3/exchangeInfo': {
    weight: 20,
    signed: false,
    handle: ({ now, spot }) => ({
      timezone: 'UTC',
      serverTime: now,
      rateLimits: rateLimits(),
      exchangeFilters: SPOT_EXCHANGE_FILTERS.map((f) => ({ ...f })),
      symbols: spot.pairs.map(spotSymbolView),
    }),
  },
  'GET /api/v3/avgPrice': {
    weight: 2,
    signed: false,
    handle: ({ params, now }) => {
      const pair = spotPair(params.required('symbol'));
      return { mins: 5, price: spotAvgPrice(pair, now), closeTime: now };
    },
  },
  'GET /api/v3/ticker/bookTicker': {
    weight: (params) => (params.optional('symbol') === undefined ? 4 : 2),
    signed: false,
    handle: ({ params, now, spot }) => {
      const symbol = params.optional('symbol');
      const view = (pair: ReturnType<typeof spotPair>) => {
        const book = spotBook(pair, now);
        const depth = pair.depth.toFixed(8);
        return {
          symbol: pair.symbol,
          bidPrice: book.bid.toFixed(8),
          bidQty: depth,
          askPrice: book.ask.toFixed(8),
          askQty: depth,
        };
      };
      return symbol === undefined ? spot.pairs.map(view) : view(spotPair(symbol));
    },
  },
  'POST /api/v3/order': {
    weight: 1,
    signed: true,
    handle: ({ params, now, spot, spendOrders }) => {
      spendOrders(1);
      return spot.orderView(spot.place(params, now));
    },
  },
  'DELETE /api/v3/order': {
    weight: 1,
    signed: true,
    handle: ({ params, now, spot }) => spot.cancelView(spot.cancel(params, now)),
  },
  'POST /api/v3/order/cancelReplace': {
    weight: 1,
    signed: true,
    handle: ({ params, now, spot, spendOrders }) => {
      spendOrders(1);
      return spot.cancelReplace(params, now);
    },
  },
  'GET /api/v3/openOrders': {
    weight: (params) => (params.optional('symbol') === undefined ? 80 : 6),
    signed: true,
    handle: ({ params, now, spot }) => {
      spot.advance(now);
      const symbol = params.optional('symbol');
      if (symbol !== undefined) spotPair(symbol);
      return spot.openOrders(symbol).map((o) => spot.openOrderView(o));
    },
  },
  'GET /api/v3/account': { weight: 20, signed: true, handle: ({ now, spot }) => spot.accountView(now) },
};

/** Spot answers a recvWindow above 60000 with -1102's bound variant. */
export const spotBadRecvWindow = () => spotErrors.tooLarge('recvWindow', '60000');
