/**
 * Binance's rate limits for one IP: request weight per minute (429 and -1008, then a 418 ban for a
 * client that keeps going) and new orders per 10 seconds (429 and -1015). Windows are fixed and
 * aligned to the clock, as Binance counts them.
 */
import { exchangeErrors, reject } from './errors.js';

export const WEIGHT_LIMIT = { limit: 2400, intervalNum: 1, interval: 'MINUTE', ms: 60_000 } as const;
export const ORDER_LIMIT = { limit: 50, intervalNum: 10, interval: 'SECOND', ms: 10_000 } as const;
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
    if (now < this.bannedUntil) reject(exchangeErrors.ipBanned(this.bannedUntil, now));
  }

  /** The 429 this limiter sends when the weight is used up (the chaos storm sends the same). */
  weightExceeded(now: number) {
    return exchangeErrors.tooManyRequests(WEIGHT_LIMIT.limit, WEIGHT_LIMIT.intervalNum, WEIGHT_LIMIT.interval, RateLimiter.retryAfter(now, WEIGHT_LIMIT.ms));
  }

  spendWeight(weight: number, now: number): void {
    this.checkBan(now);
    RateLimiter.roll(this.weight, now, WEIGHT_LIMIT.ms);
    this.weight.used += weight;
    if (this.weight.used <= WEIGHT_LIMIT.limit) return;
    RateLimiter.roll(this.rejected, now, WEIGHT_LIMIT.ms);
    this.rejected.used += 1;
    if (this.rejected.used > BAN_AFTER_REJECTIONS) {
      this.ban(now);
      this.checkBan(now);
    }
    reject(this.weightExceeded(now));
  }

  spendOrders(count: number, now: number): void {
    RateLimiter.roll(this.orders, now, ORDER_LIMIT.ms);
    if (this.orders.used + count > ORDER_LIMIT.limit) {
      reject(exchangeErrors.tooManyOrders(ORDER_LIMIT.limit, `${ORDER_LIMIT.intervalNum} ${ORDER_LIMIT.interval}`, RateLimiter.retryAfter(now, ORDER_LIMIT.ms)));
    }
    this.orders.used += count;
  }

  usedWeight(now: number): number {
    RateLimiter.roll(this.weight, now, WEIGHT_LIMIT.ms);
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
