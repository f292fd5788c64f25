/**
 * The simulated exchange: one `handle(request)` that answers like Binance's `/eapi/v1/*`, with the
 * chaos settings the demo's panel changes. Holds no DOM; the transports carry requests to it.
 */
import { Account } from './account.js';
import { authenticate } from './auth.js';
import { errorResponse, ExchangeRejection, exchangeErrors, jsonResponse } from './errors.js';
import { listInstruments, type Instrument } from './instruments.js';
import { RateLimiter } from './limits.js';
import { Params } from './params.js';
import { ROUTES } from './routes.js';
import type { SimHttpResponse, SimRequest, SimResponse } from './types.js';

export type FailureMode = 'none' | 'network' | 'proxy502';

export interface ChaosSettings {
  /** Added before every answer. */
  readonly latencyMs: number;
  /** Every request fails this way until set back to `none`. */
  readonly failure: FailureMode;
}

/** Requests carrying this header are answered with the rate limiter's own 429: the chaos storm. */
export const CHAOS_HEADER = 'x-sim-chaos';

const PROXY_502 = `<!DOCTYPE html>
<html><head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudfront</center></body></html>
`;

export interface SimulatorOptions {
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export class Simulator {
  readonly instruments: readonly Instrument[];
  readonly account: Account;
  readonly limiter = new RateLimiter();
  private chaosSettings: ChaosSettings = { latencyMs: 0, failure: 'none' };
  private readonly listeners = new Set<() => void>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: SimulatorOptions = {}) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.instruments = listInstruments(this.now());
    this.account = new Account(new Map(this.instruments.map((i) => [i.symbol, i])));
  }

  get chaos(): ChaosSettings {
    return this.chaosSettings;
  }

  setChaos(change: Partial<ChaosSettings>): void {
    const latencyMs = Math.min(30_000, Math.max(0, Math.floor(Number(change.latencyMs ?? this.chaosSettings.latencyMs)) || 0));
    const failure = change.failure ?? this.chaosSettings.failure;
    this.chaosSettings = { latencyMs, failure: failure === 'network' || failure === 'proxy502' ? failure : 'none' };
    for (const listener of this.listeners) listener();
  }

  /** Bans "this IP" as Binance does after a 429 storm: every request gets 418 until the ban ends. */
  banIp(): void {
    this.limiter.ban(this.now());
    this.chaosSettings = { ...this.chaosSettings };
    for (const listener of this.listeners) listener();
  }

  liftBan(): void {
    this.limiter.liftBan();
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
    try {
      return await this.answer(request, now);
    } catch (error) {
      if (error instanceof ExchangeRejection) return this.withWeight(errorResponse(error.error), now);
      console.error('[simulated exchange]', error);
      return errorResponse(exchangeErrors.unknown());
    }
  }

  private async answer(request: SimRequest, now: number): Promise<SimHttpResponse> {
    const url = new URL(request.url, 'http://exchange.invalid');
    const method = request.method.toUpperCase();
    const route = ROUTES[`${method} ${url.pathname}`];
    if (!route) {
      const known = Object.keys(ROUTES).some((key) => key.endsWith(` ${url.pathname}`));
      return known
        ? { status: 405, headers: { 'content-type': 'text/plain' }, body: `Method ${method} is not allowed for ${url.pathname}` }
        : { status: 404, headers: { 'content-type': 'text/html' }, body: '<html><body><h1>404 Not Found</h1></body></html>' };
    }
    if (request.headers[CHAOS_HEADER] === 'rate-limit') return this.withWeight(errorResponse(this.limiter.weightExceeded(now)), now);

    const query = url.search.slice(1);
    const params = new Params([query, request.body]);
    this.limiter.spendWeight(typeof route.weight === 'number' ? route.weight : route.weight(params), now);
    if (route.signed) await authenticate({ apiKey: request.headers['x-mbx-apikey'], query, body: request.body }, params, now);
    const spendOrders = (count: number) => this.limiter.spendOrders(count, now);
    const body = route.handle({ params, now, account: this.account, instruments: this.instruments, spendOrders });
    return this.withWeight(jsonResponse(200, body), now);
  }

  private withWeight(response: SimHttpResponse, now: number): SimHttpResponse {
    return { ...response, headers: { ...response.headers, 'x-mbx-used-weight-1m': String(this.limiter.usedWeight(now)) } };
  }
}
