/**
 * Binance's rate limits for one IP on one product's API: request weight per minute (429, then a 418
 * ban for a client that keeps going) and new orders per 10 seconds (429 and -1015). Windows are fixed
 * and aligned to the clock, as Binance counts them. Each product counts on its own and answers in its
 * own words (Options -1008, Spot and USDⓈ-M -1003), so the limits and the answers are a `LimitSpec`.
 */
import { exchangeErrors, reject, type ExchangeError } from './errors.js';

export interface LimitWindow {
  readonly limit: number;
  readonly intervalNum: number;
  readonly interval: 'SECOND' | 'MINUTE';
  readonly ms: number;
}

export interface LimitSpec {
  readonly weight: LimitWindow;
  readonly orders: LimitWindow;
  readonly weightExceeded: (window: LimitWindow, retryAfterSeconds: number) => ExchangeError;
  readonly ipBanned: (untilMs: number, now: number) => ExchangeError;
  readonly tooManyOrders: (window: LimitWindow, retryAfterSeconds: number) => ExchangeError;
}

export const WEIGHT_LIMIT = { limit: 2400, intervalNum: 1, interval: 'MINUTE', ms: 60_000 } as const;
export const ORDER_LIMIT = { limit: 50, intervalNum: 10, interval: 'SECOND', ms: 10_000 } as const;

/** The Options API's limits and answers (`/eapi/`). */
export const OPTIONS_LIMITS: LimitSpec = {
  weight: WEIGHT_LIMIT,
  orders: ORDER_LIMIT,
  weightExceeded: (w, retryAfter) => exchangeErrors.tooManyRequests(w.limit, w.intervalNum, w.interval, retryAfter),
  ipBanned: (until, now) => exchangeErrors.ipBanned(until, now),
  tooManyOrders: (w, retryAfter) => exchangeErrors.tooManyOrders(w.limit, `${w.intervalNum} ${w.interval}`, retryAfter),
};
/** Rejected requests in one minute after which the IP is banned. */
export const BAN_AFTER_REJECTIONS = 300;
export const BAN_MS = 120_000;

interface Window {
  start: number;
  used: number;
}

export class RateLimiter {
  private readonly weight: Window = { start: 0, used: 0 };
  private readonly orders: Window = { start: 0, used: 0 };
  private rejected: Window = { start: 0, used: 0 };
  bannedUntil = 0;

  constructor(readonly spec: LimitSpec = OPTIONS_LIMITS) {}

  private static roll(window: Window, now: number, ms: number): void {
    const start = Math.floor(now / ms) * ms;
    if (window.start !== start) {
      window.start = start;
      window.used = 0;
    }
  }

  /** Seconds until the window that holds `now` ends: the `Retry-After` Binance sends. */
  private static retryAfter(now: number, ms: number): number {
    return Math.max(1, Math.ceil((Math.floor(now / ms) * ms + ms - now) / 1000));
  }

  checkBan(now: number): void {
    if (now < this.bannedUntil) reject(this.spec.ipBanned(this.bannedUntil, now));
  }

  /** The 429 this limiter sends when the weight is used up (the chaos storm sends the same). */
  weightExceeded(now: number): ExchangeError {
    const { weight } = this.spec;
    return this.spec.weightExceeded(weight, RateLimiter.retryAfter(now, weight.ms));
  }

  spendWeight(weight: number, now: number): void {
    this.checkBan(now);
    RateLimiter.roll(this.weight, now, this.spec.weight.ms);
    this.weight.used += weight;
    if (this.weight.used <= this.spec.weight.limit) return;
    RateLimiter.roll(this.rejected, now, this.spec.weight.ms);
    this.rejected.used += 1;
    if (this.rejected.used > BAN_AFTER_REJECTIONS) {
      this.ban(now);
      this.checkBan(now);
    }
    reject(this.weightExceeded(now));
  }

  spendOrders(count: number, now: number): void {
    const { orders } = this.spec;
    RateLimiter.roll(this.orders, now, orders.ms);
    if (this.orders.used + count > orders.limit)
      reject(this.spec.tooManyOrders(orders, RateLimiter.retryAfter(now, orders.ms)));
    this.orders.used += count;
  }

  usedWeight(now: number): number {
    RateLimiter.roll(this.weight, now, this.spec.weight.ms);
    return this.weight.used;
  }

  ban(now: number): void {
    this.bannedUntil = now + BAN_MS;
  }

  liftBan(): void {
    this.bannedUntil = 0;
    this.rejected = { start: 0, used: 0 };
  }
}
