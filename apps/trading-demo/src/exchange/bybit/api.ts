/**
 * Bybit's v5 API (`/v5/`) on the simulated exchange: the market endpoints, order entry and the account
 * of `category=linear`, behind Bybit's own signing (the `X-BAPI-*` headers over the timestamp, the key,
 * the receive window and the query string or JSON body) and its per-endpoint rate limits, whose
 * `X-Bapi-Limit*` headers come with every answer of a limited endpoint. Every answer, refusals
 * included, is HTTP 200 with Bybit's envelope; only an IP ban is an HTTP status (403).
 */
import { DEMO_API_KEY, DEMO_API_SECRET, hmacSha256Hex } from '../auth.js';
import { jsonResponse } from '../errors.js';
import type { SimHttpResponse, SimRequest } from '../types.js';
import { BybitAccount, type BybitParams } from './account.js';
import { bybitBody, bybitErrors, bybitReject, BybitRejection, type BybitError } from './errors.js';
import { linearBook, linearInstrumentView } from './instruments.js';

/** Orders a second per endpoint, as Bybit limits `/v5/order/create` and `/cancel` for linear. */
export const BYBIT_ORDER_LIMIT = 10;
const WINDOW_MS = 1000;

interface Context {
  readonly params: BybitParams;
  readonly now: number;
  readonly account: BybitAccount;
}

interface BybitRoute {
  readonly signed: boolean;
  /** Requests a second on this endpoint, counted per endpoint. */
  readonly limit?: number;
  readonly handle: (ctx: Context) => unknown;
}

const ROUTES: Readonly<Record<string, BybitRoute>> = {
  'GET /v5/market/time': {
    signed: false,
    handle: ({ now }) => ({ timeSecond: String(Math.floor(now / 1000)), timeNano: `${now}000000` }),
  },
  'GET /v5/market/instruments-info': {
    signed: false,
    handle: ({ params, account }) => {
      if (params.category !== 'linear') bybitReject(bybitErrors.params());
      const symbol = params.symbol;
      const list = account.contracts.filter((c) => symbol === undefined || c.symbol === symbol);
      return { category: 'linear', list: list.map(linearInstrumentView), nextPageCursor: '' };
    },
  },
  'GET /v5/market/tickers': {
    signed: false,
    handle: ({ params, now, account }) => {
      const c = account.contract(params);
      const book = linearBook(c, now);
      const price = (n: number) => n.toFixed(c.priceScale);
      return {
        category: 'linear',
        list: [
          { symbol: c.symbol, markPrice: price(book.mark), bid1Price: price(book.bid), ask1Price: price(book.ask) },
        ],
      };
    },
  },
  'POST /v5/order/create': {
    signed: true,
    limit: BYBIT_ORDER_LIMIT,
    handle: ({ params, now, account }) => {
      const order = account.place(params, now);
      return { orderId: order.orderId, orderLinkId: order.orderLinkId };
    },
  },
  'POST /v5/order/cancel': {
    signed: true,
    limit: BYBIT_ORDER_LIMIT,
    handle: ({ params, now, account }) => {
      const order = account.cancel(params, now);
      return { orderId: order.orderId, orderLinkId: order.orderLinkId };
    },
  },
  'GET /v5/order/realtime': {
    signed: true,
    handle: ({ params, now, account }) => {
      if (params.category !== 'linear') bybitReject(bybitErrors.params());
      const symbol = typeof params.symbol === 'string' ? account.contract(params).symbol : undefined;
      return {
        category: 'linear',
        list: account.openOrders(now, symbol).map((o) => account.orderView(o)),
        nextPageCursor: '',
      };
    },
  },
  'GET /v5/position/list': {
    signed: true,
    handle: ({ params, now, account }) => {
      if (params.category !== 'linear') bybitReject(bybitErrors.params());
      account.advance(now);
      return { category: 'linear', list: account.positionViews(now), nextPageCursor: '' };
    },
  },
};

/** The query string's parameters, or the POST's JSON object (anything else is a parameter error). */
function paramsOf(method: string, url: URL, body: string): BybitParams {
  if (method === 'GET') return Object.fromEntries(url.searchParams);
  if (body.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    bybitReject(bybitErrors.params());
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) bybitReject(bybitErrors.params());
  return parsed as BybitParams;
}

export interface BybitChaos {
  readonly storm: boolean;
  readonly serverError: boolean;
}

export class BybitApi {
  readonly account = new BybitAccount();
  /** Each limited endpoint's window: its start and the requests counted in it. */
  private readonly windows = new Map<string, { start: number; used: number }>();

  /** The 10006 a limited endpoint answers (the chaos storm sends the same), with Bybit's headers. */
  tooManyVisits(now: number): BybitError {
    return bybitErrors.tooManyVisits(this.limitHeaders(BYBIT_ORDER_LIMIT, 0, now));
  }

  /**
   * `chaos.storm`: answered with the limiter's own 10006; `chaos.serverError`: order entry answers
   * 10016 (a server error: whether the order was placed is unknown).
   */
  async handle(request: SimRequest, url: URL, now: number, chaos: BybitChaos): Promise<SimHttpResponse> {
    const { storm, serverError } = chaos;
    const method = request.method.toUpperCase();
    const key = `${method} ${url.pathname}`;
    const route = ROUTES[key];
    if (!route) return { status: 404, headers: { 'content-type': 'text/plain' }, body: '404 page not found' };
    let headers: Record<string, string> = {};
    try {
      if (storm) bybitReject(this.tooManyVisits(now));
      if (route.limit !== undefined) headers = this.spend(key, route.limit, now);
      const params = paramsOf(method, url, request.body);
      if (route.signed) await this.authenticate(request, method === 'GET' ? url.search.slice(1) : request.body, now);
      if (serverError && key === 'POST /v5/order/create') bybitReject(bybitErrors.serverError());
      const result = route.handle({ params, now, account: this.account });
      return jsonResponse(200, bybitBody(0, 'OK', result, now), headers);
    } catch (error) {
      if (!(error instanceof BybitRejection)) throw error;
      const { retCode, retMsg, status = 200 } = error.error;
      return jsonResponse(status, bybitBody(retCode, retMsg, {}, now), { ...headers, ...error.error.headers });
    }
  }

  private limitHeaders(limit: number, left: number, now: number): Record<string, string> {
    return {
      'x-bapi-limit': String(limit),
      'x-bapi-limit-status': String(left),
      'x-bapi-limit-reset-timestamp': String(Math.floor(now / WINDOW_MS) * WINDOW_MS + WINDOW_MS),
    };
  }

  /** Counts the request; beyond the limit, 10006 with no request left until the window's end. */
  private spend(key: string, limit: number, now: number): Record<string, string> {
    const start = Math.floor(now / WINDOW_MS) * WINDOW_MS;
    const window = this.windows.get(key);
    const counted = window && window.start === start ? window : { start, used: 0 };
    counted.used += 1;
    this.windows.set(key, counted);
    const headers = this.limitHeaders(limit, Math.max(0, limit - counted.used), now);
    if (counted.used > limit) bybitReject(bybitErrors.tooManyVisits(headers));
    return headers;
  }

  /** Bybit's order of checks: the key, the receive window, then the signature. */
  private async authenticate(request: SimRequest, payload: string, now: number): Promise<void> {
    const h = request.headers;
    const apiKey = h['x-bapi-api-key'];
    if (apiKey !== DEMO_API_KEY) bybitReject(bybitErrors.invalidApiKey());
    const timestamp = Number(h['x-bapi-timestamp']);
    const recvWindow = Number(h['x-bapi-recv-window'] ?? 5000);
    if (!Number.isInteger(timestamp) || !Number.isInteger(recvWindow)) bybitReject(bybitErrors.params());
    if (timestamp > now + 1000 || now - timestamp > recvWindow)
      bybitReject(bybitErrors.recvWindow(timestamp, now, recvWindow));
    const expected = await hmacSha256Hex(DEMO_API_SECRET, `${timestamp}${apiKey}${recvWindow}${payload}`);
    if ((h['x-bapi-sign'] ?? '').toLowerCase() !== expected) bybitReject(bybitErrors.badSign());
  }
}
