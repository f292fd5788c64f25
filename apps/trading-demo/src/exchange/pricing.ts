/** Black–Scholes with no rates over a simple volatility smile: enough for marks, IV and delta. */
import type { OptionSide } from './types.js';

const YEAR = 365 * 86_400_000;

/** Standard normal CDF (Abramowitz–Stegun 26.2.17, error < 7.5e-8). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const tail = (Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)) * poly;
  return x >= 0 ? 1 - tail : tail;
}

/** Higher volatility away from the money, a little more for puts (the usual skew). */
export function smileIv(baseIv: number, spot: number, strike: number, side: OptionSide): number {
  const moneyness = Math.log(strike / spot);
  return baseIv * (1 + 1.8 * moneyness * moneyness) + (side === 'PUT' && moneyness < 0 ? 0.04 : 0);
}

export interface OptionPrice {
  readonly price: number;
  readonly delta: number;
}

export function blackScholes(
  side: OptionSide,
  spot: number,
  strike: number,
  msToExpiry: number,
  iv: number,
): OptionPrice {
  const t = Math.max(msToExpiry, 60_000) / YEAR;
  const sd = iv * Math.sqrt(t);
  const d1 = (Math.log(spot / strike) + (sd * sd) / 2) / sd;
  const d2 = d1 - sd;
  if (side === 'CALL') return { price: spot * normalCdf(d1) - strike * normalCdf(d2), delta: normalCdf(d1) };
  return { price: strike * normalCdf(-d2) - spot * normalCdf(-d1), delta: normalCdf(d1) - 1 };
}
