/** The `/eapi/v1/*` endpoints the demo uses, with Binance's request weights and answers. */
import type { Account } from './account.js';
import { exchangeErrors, ExchangeRejection, errorBody, reject } from './errors.js';
import type { Instrument } from './instruments.js';
import { ORDER_LIMIT, WEIGHT_LIMIT } from './limits.js';
import { indexPrice, quote } from './market.js';
import { Params } from './params.js';
import type { SpotAccount } from './spot/account.js';
import type { Underlying } from './types.js';
import type { UsdmAccount } from './usdm/account.js';

export interface RouteContext {
  readonly params: Params;
  readonly now: number;
  readonly account: Account;
  readonly instruments: readonly Instrument[];
  /** The Spot account and matching engine (`/api/v3/*`). */
  readonly spot: SpotAccount;
  /** The USDⓈ-M account (`/fapi/*`). */
  readonly usdm: UsdmAccount;
  /** Counts new orders against the order-rate limit (rejects with -1015 beyond it). */
  readonly spendOrders: (count: number) => void;
}

export interface Route {
  readonly weight: number | ((params: Params) => number);
  readonly signed: boolean;
  readonly handle: (ctx: RouteContext) => unknown;
}

export const MAX_BATCH = 10;

/** One entry of exchangeInfo's `optionSymbols[]`, as Binance serves it (numbers as strings). */
export function optionSymbolView(i: Instrument) {
  return {
    expiryDate: i.expiry,
    filters: [
      {
        filterType: 'PRICE_FILTER',
        minPrice: i.filters.minPrice,
        maxPrice: i.filters.maxPrice,
        tickSize: i.filters.tickSize,
      },
      { filterType: 'LOT_SIZE', minQty: i.filters.minQty, maxQty: i.filters.maxQty, stepSize: i.filters.stepSize },
    ],
    symbol: i.symbol,
    side: i.side,
    strikePrice: String(i.strike),
    underlying: i.underlying,
    unit: 1,
    minQty: i.filters.minQty,
    maxQty: i.filters.maxOrderQty,
    priceScale: i.priceScale,
    quantityScale: i.quantityScale,
    quoteAsset: 'USDT',
    status: 'TRADING',
  };
}
const UNDERLYING_IDS: Readonly<Record<Underlying, number>> = { BTCUSDT: 2, ETHUSDT: 3 };

function underlyingOf(params: Params, notFound: () => never): Underlying {
  const value = params.required('underlying');
  return value === 'BTCUSDT' || value === 'ETHUSDT' ? value : notFound();
}

function symbolFilter(ctx: RouteContext): Instrument[] {
  const symbol = ctx.params.optional('symbol');
  return symbol === undefined ? [...ctx.instruments] : [ctx.account.instrument(symbol)];
}

function batchParams(params: Params): Params[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(params.required('orders'));
  } catch {
    return reject(exchangeErrors.mandatory('orders'));
  }
  if (!Array.isArray(parsed) || parsed.length === 0) reject(exchangeErrors.mandatory('orders'));
  if (parsed.length > MAX_BATCH) reject(exchangeErrors.batchTooLarge());
  return parsed.map((item: unknown) => {
    if (typeof item !== 'object' || item === null) return reject(exchangeErrors.mandatory('orders'));
    const entries = Object.entries(item).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]);
    return new Params([new URLSearchParams(entries).toString()]);
  });
}

function mmpView(ctx: RouteContext, underlying: Underlying) {
  const c = ctx.account.mmpConfig(underlying);
  return {
    underlyingId: UNDERLYING_IDS[underlying],
    underlying,
    windowTimeInMilliseconds: c.windowTimeInMilliseconds,
    frozenTimeInMilliseconds: c.frozenTimeInMilliseconds,
    qtyLimit: String(c.qtyLimit),
    deltaLimit: String(c.deltaLimit),
    lastTriggerTime: c.lastTriggerTime,
  };
}

export const ROUTES: Readonly<Record<string, Route>> = {
  'GET /eapi/v1/ping': { weight: 1, signed: false, handle: () => ({}) },
  'GET /eapi/v1/time': { weight: 1, signed: false, handle: ({ now }) => ({ serverTime: now }) },
  'GET /eapi/v1/exchangeInfo': {
    weight: 1,
    signed: false,
    handle: ({ now, instruments }) => ({
      timezone: 'UTC',
      serverTime: now,
      optionContracts: (['BTCUSDT', 'ETHUSDT'] as const).map((u) => ({
        baseAsset: u.replace('USDT', ''),
        quoteAsset: 'USDT',
        underlying: u,
        settleAsset: 'USDT',
      })),
      optionAssets: [{ name: 'USDT' }],
      optionSymbols: instruments.map(optionSymbolView),
      rateLimits: [
        {
          rateLimitType: 'REQUEST_WEIGHT',
          interval: WEIGHT_LIMIT.interval,
          intervalNum: WEIGHT_LIMIT.intervalNum,
          limit: WEIGHT_LIMIT.limit,
        },
        {
          rateLimitType: 'ORDERS',
          interval: ORDER_LIMIT.interval,
          intervalNum: ORDER_LIMIT.intervalNum,
          limit: ORDER_LIMIT.limit,
        },
      ],
    }),
  },
  'GET /eapi/v1/index': {
    weight: 1,
    signed: false,
    handle: ({ params, now }) => ({
      time: now,
      indexPrice: indexPrice(
        underlyingOf(params, () => reject(exchangeErrors.badUnderlying())),
        now,
      ).toFixed(8),
    }),
  },
  'GET /eapi/v1/mark': {
    weight: 5,
    signed: false,
    handle: (ctx) =>
      symbolFilter(ctx).map((i) => {
        const q = quote(i, ctx.now);
        return {
          symbol: i.symbol,
          markPrice: String(q.markPrice),
          bidIV: (q.markIv - 0.02).toFixed(8),
          askIV: (q.markIv + 0.02).toFixed(8),
          markIV: q.markIv.toFixed(8),
          delta: String(q.delta),
          theta: '0',
          gamma: '0',
          vega: '0',
          highPriceLimit: i.filters.maxPrice,
          lowPriceLimit: i.filters.minPrice,
          riskFreeInterest: 0,
        };
      }),
  },
  'GET /eapi/v1/ticker': {
    weight: 5,
    signed: false,
    handle: (ctx) =>
      symbolFilter(ctx).map((i) => {
        const q = quote(i, ctx.now);
        return {
          symbol: i.symbol,
          lastPrice: String(q.markPrice),
          bidPrice: String(q.bid),
          askPrice: String(q.ask),
          volume: '0',
          strikePrice: String(i.strike),
          exercisePrice: indexPrice(i.underlying, ctx.now).toFixed(8),
          closeTime: ctx.now,
        };
      }),
  },
  'POST /eapi/v1/order': {
    weight: 1,
    signed: true,
    handle: ({ params, now, account, spendOrders }) => {
      spendOrders(1);
      return account.orderView(account.place(params, now));
    },
  },
  'GET /eapi/v1/order': {
    weight: 1,
    signed: true,
    handle: ({ params, now, account }) => {
      account.advance(now);
      return account.orderView(account.find(params));
    },
  },
  'DELETE /eapi/v1/order': {
    weight: 1,
    signed: true,
    handle: ({ params, now, account }) => account.orderView(account.cancel(params, now)),
  },
  'POST /eapi/v1/batchOrders': {
    weight: 5,
    signed: true,
    handle: ({ params, now, account, spendOrders }) => {
      const items = batchParams(params);
      spendOrders(items.length);
      return items.map((item) => {
        try {
          return account.orderView(account.place(item, now));
        } catch (error) {
          if (error instanceof ExchangeRejection) return errorBody(error.error);
          throw error;
        }
      });
    },
  },
  'GET /eapi/v1/openOrders': {
    weight: (params) => (params.optional('symbol') === undefined ? 40 : 1),
    signed: true,
    handle: ({ params, now, account }) => {
      account.advance(now);
      const symbol = params.optional('symbol');
      if (symbol !== undefined) account.instrument(symbol);
      return account.openOrders(symbol).map((o) => account.orderView(o));
    },
  },
  'DELETE /eapi/v1/allOpenOrdersByUnderlying': {
    weight: 1,
    signed: true,
    handle: ({ params, now, account }) => {
      account.cancelUnderlying(
        underlyingOf(params, () => reject(exchangeErrors.badUnderlying())),
        now,
      );
      return { code: 0, msg: 'success' };
    },
  },
  'GET /eapi/v1/position': {
    weight: 5,
    signed: true,
    handle: ({ params, now, account }) => {
      account.advance(now);
      const symbol = params.optional('symbol');
      if (symbol !== undefined) account.instrument(symbol);
      return account.positionViews(now, symbol);
    },
  },
  'GET /eapi/v1/marginAccount': {
    weight: 3,
    signed: true,
    handle: ({ now, account }) => account.marginAccountView(now),
  },
  'GET /eapi/v1/mmp': {
    weight: 1,
    signed: true,
    handle: (ctx) =>
      mmpView(
        ctx,
        underlyingOf(ctx.params, () => reject(exchangeErrors.mmpUnderlyingNotFound())),
      ),
  },
  'POST /eapi/v1/mmpSet': {
    weight: 1,
    signed: true,
    handle: (ctx) => {
      const { params, account } = ctx;
      const underlying = underlyingOf(params, () => reject(exchangeErrors.mmpUnderlyingNotFound()));
      const window = params.integer('windowTimeInMilliseconds', true);
      if (window < 1 || window > 5000) reject(exchangeErrors.invalidMmpWindow());
      const frozen = params.integer('frozenTimeInMilliseconds', true);
      if (frozen < 0 || frozen > 3_600_000) reject(exchangeErrors.invalidMmpFrozen());
      const qtyLimit = params.decimal('qtyLimit', true);
      const deltaLimit = params.decimal('deltaLimit', true);
      if (qtyLimit <= 0) reject(exchangeErrors.mandatory('qtyLimit'));
      if (deltaLimit <= 0) reject(exchangeErrors.mandatory('deltaLimit'));
      Object.assign(account.mmpConfig(underlying), {
        windowTimeInMilliseconds: window,
        frozenTimeInMilliseconds: frozen,
        qtyLimit,
        deltaLimit,
      });
      return mmpView(ctx, underlying);
    },
  },
  'POST /eapi/v1/mmpReset': {
    weight: 1,
    signed: true,
    handle: (ctx) => {
      const underlying = underlyingOf(ctx.params, () => reject(exchangeErrors.mmpUnderlyingNotFound()));
      Object.assign(ctx.account.mmpConfig(underlying), { frozenUntil: 0, lastTriggerTime: 0, fills: [] });
      return mmpView(ctx, underlying);
    },
  },
};
