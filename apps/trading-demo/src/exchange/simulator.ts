/**
 * The simulated exchange: one `handle(request)` that answers like Binance's Options (`/eapi/v1/*`),
 * Spot (`/api/v3/*`) and USDⓈ-M (`/fapi/*`) APIs, each with its own routes, rate limits and words,
 * behind the same signing checks, with the chaos settings the demo's panel changes. Holds no DOM; the
 * transports carry requests to it.
 */
import { Account } from './account.js';
import { authenticate } from './auth.js';
import { BybitApi } from './bybit/api.js';
import { errorResponse, ExchangeRejection, exchangeErrors, jsonResponse, type ExchangeError } from './errors.js';
import { listInstruments, type Instrument } from './instruments.js';
import { OPTIONS_LIMITS, RateLimiter } from './limits.js';
import { Params } from './params.js';
import { ROUTES, type Route } from './routes.js';
import { SpotAccount } from './spot/account.js';
import { SPOT_LIMITS } from './spot/errors.js';
import { SPOT_ROUTES, spotBadRecvWindow } from './spot/routes.js';
import type { SimHttpResponse, SimRequest, SimResponse } from './types.js';
import { UsdmAccount } from './usdm/account.js';
import { USDM_LIMITS } from './usdm/errors.js';
import { USDM_ROUTES, usdmBadRecvWindow } from './usdm/routes.js';

export type FailureMode = 'none' | 'network' | 'proxy502';

export interface ChaosSettings {
  /** Added before every answer. */
  readonly latencyMs: number;
  /** Every request fails this way until set back to `none`. */
  readonly failure: FailureMode;
  /** Bybit's order entry answers 10016 (a server error: whether the order was placed is unknown). */
  readonly bybitServerError: boolean;
}

/** Requests carrying this header are answered with the rate limiter's own 429: the chaos storm. */
export const CHAOS_HEADER = 'x-sim-chaos';

const PROXY_502 = `<!DOCTYPE html>
<html><head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudfront</center></body></html>
`;

/** The products this exchange serves, by the path prefix that names them. */
export type SimProduct = 'options' | 'spot' | 'usdm';

interface Api {
  readonly routes: Readonly<Record<string, Route>>;
  readonly limiter: RateLimiter;
  /** How this product refuses a recvWindow above 60000. */
  readonly badRecvWindow: () => ExchangeError;
}

export function productOfPath(pathname: string): SimProduct | null {
  if (pathname.startsWith('/eapi/')) return 'options';
  if (pathname.startsWith('/fapi/')) return 'usdm';
  if (pathname.startsWith('/api/')) return 'spot';
  return null;
}

export interface SimulatorOptions {
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export class Simulator {
  readonly instruments: readonly Instrument[];
  readonly account: Account;
  /** The Options API's limiter (what the chaos screen shows). */
  readonly limiter = new RateLimiter(OPTIONS_LIMITS);
  /** Each product's API counts its own weight and orders; an IP ban applies to all of them. */
  readonly limiters: Readonly<Record<SimProduct, RateLimiter>> = {
    options: this.limiter,
    spot: new RateLimiter(SPOT_LIMITS),
    usdm: new RateLimiter(USDM_LIMITS),
  };
  readonly spot = new SpotAccount();
  readonly usdm = new UsdmAccount();
  /** Bybit's v5 API (`/v5/`): its own signing, limits, words and account. */
  readonly bybit = new BybitApi();
  private readonly apis: Readonly<Record<SimProduct, Api>>;
  private chaosSettings: ChaosSettings = { latencyMs: 0, failure: 'none', bybitServerError: false };
  private readonly listeners = new Set<() => void>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: SimulatorOptions = {}) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.instruments = listInstruments(this.now());
    this.account = new Account(new Map(this.instruments.map((i) => [i.symbol, i])));
    this.apis = {
      options: { routes: ROUTES, limiter: this.limiters.options, badRecvWindow: exchangeErrors.badRecvWindow },
      spot: { routes: SPOT_ROUTES, limiter: this.limiters.spot, badRecvWindow: spotBadRecvWindow },
      usdm: { routes: USDM_ROUTES, limiter: this.limiters.usdm, badRecvWindow: usdmBadRecvWindow },
    };
  }

  get chaos(): ChaosSettings {
    return this.chaosSettings;
  }

  setChaos(change: Partial<ChaosSettings>): void {
    const latencyMs = Math.min(
      30_000,
      Math.max(0, Math.floor(Number(change.latencyMs ?? this.chaosSettings.latencyMs)) || 0),
    );
    const failure = change.failure ?? this.chaosSettings.failure;
    this.chaosSettings = {
      latencyMs,
      failure: failure === 'network' || failure === 'proxy502' ? failure : 'none',
      bybitServerError: (change.bybitServerError ?? this.chaosSettings.bybitServerError) === true,
    };
    for (const listener of this.listeners) listener();
  }

  /** Bans "this IP" as Binance does after a 429 storm: every request gets 418 until the ban ends. */
  banIp(): void {
    const now = this.now();
    for (const limiter of Object.values(this.limiters)) limiter.ban(now);
    this.chaosSettings = { ...this.chaosSettings };
    for (const listener of this.listeners) listener();
  }

  liftBan(): void {
    for (const limiter of Object.values(this.limiters)) limiter.liftBan();
    this.chaosSettings = { ...this.chaosSettings };
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async handle(request: SimRequest): Promise<SimResponse> {
    const { latencyMs, failure } = this.chaosSettings;
    if (latencyMs > 0) await this.sleep(latencyMs);
    if (failure === 'network') return { networkError: true };
    if (failure === 'proxy502') return { status: 502, headers: { 'content-type': 'text/html' }, body: PROXY_502 };
    const now = this.now();
    let api: Api | null = null;
    try {
      const url = new URL(request.url, 'http://exchange.invalid');
      if (url.pathname.startsWith('/v5/')) return await this.answerBybit(request, url, now);
      const product = productOfPath(url.pathname);
      api = product === null ? null : this.apis[product];
      return await this.answer(request, url, api, now);
    } catch (error) {
      if (error instanceof ExchangeRejection) return this.withWeight(errorResponse(error.error), api, now);
      console.error('[simulated exchange]', error);
      return errorResponse(exchangeErrors.unknown());
    }
  }

  /** Bybit answers in its own envelope; the one IP's ban reaches it as Bybit's HTTP 403. */
  private answerBybit(request: SimRequest, url: URL, now: number): Promise<SimHttpResponse> {
    if (Object.values(this.limiters).some((limiter) => now < limiter.bannedUntil))
      return Promise.resolve({ status: 403, headers: { 'content-type': 'text/plain' }, body: '' });
    return this.bybit.handle(request, url, now, {
      storm: request.headers[CHAOS_HEADER] === 'rate-limit',
      serverError: this.chaosSettings.bybitServerError,
    });
  }

  private async answer(request: SimRequest, url: URL, api: Api | null, now: number): Promise<SimHttpResponse> {
    const method = request.method.toUpperCase();
    const route = api?.routes[`${method} ${url.pathname}`];
    if (!api || !route) {
      const known = api !== null && Object.keys(api.routes).some((key) => key.endsWith(` ${url.pathname}`));
      return known
        ? {
            status: 405,
            headers: { 'content-type': 'text/plain' },
            body: `Method ${method} is not allowed for ${url.pathname}`,
          }
        : {
            status: 404,
            headers: { 'content-type': 'text/html' },
            body: '<html><body><h1>404 Not Found</h1></body></html>',
          };
    }
    const { limiter } = api;
    if (request.headers[CHAOS_HEADER] === 'rate-limit')
      return this.withWeight(errorResponse(limiter.weightExceeded(now)), api, now);

    const query = url.search.slice(1);
    const params = new Params([query, request.body]);
    limiter.spendWeight(typeof route.weight === 'number' ? route.weight : route.weight(params), now);
    if (route.signed)
      await authenticate(
        { apiKey: request.headers['x-mbx-apikey'], query, body: request.body },
        params,
        now,
        api.badRecvWindow,
      );
    const spendOrders = (count: number) => limiter.spendOrders(count, now);
    const body = route.handle({
      params,
      now,
      account: this.account,
      instruments: this.instruments,
      spot: this.spot,
      usdm: this.usdm,
      spendOrders,
    });
    return this.withWeight(jsonResponse(200, body), api, now);
  }

  private withWeight(response: SimHttpResponse, api: Api | null, now: number): SimHttpResponse {
    if (!api) return response;
    return {
      ...response,
      headers: { ...response.headers, 'x-mbx-used-weight-1m': String(api.limiter.usedWeight(now)) },
    };
  }
}
