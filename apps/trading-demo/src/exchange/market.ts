/** The moving index and each option's mark, bid and ask: pure functions of the clock. */
import type { Instrument } from './instruments.js';
import { blackScholes, smileIv } from './pricing.js';
import type { Underlying } from './types.js';

const INDEX_BASE: Readonly<Record<Underlying, number>> = { BTCUSDT: 96_000, ETHUSDT: 3_400 };
const BASE_IV: Readonly<Record<Underlying, number>> = { BTCUSDT: 0.52, ETHUSDT: 0.66 };

/** Two slow waves: the index visibly moves every few seconds, and the same instant gives the same price. */
export function indexPrice(underlying: Underlying, now: number): number {
  const s = now / 1000;
  const phase = underlying === 'BTCUSDT' ? 0 : 1.7;
  const drift = 0.006 * Math.sin((2 * Math.PI * s) / 173 + phase) + 0.0025 * Math.sin((2 * Math.PI * s) / 29 + phase);
  return round(INDEX_BASE[underlying] * (1 + drift), 2);
}

export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

export function toTick(value: number, tick: number, mode: 'down' | 'up' | 'nearest'): number {
  const units = value / tick;
  const whole =
    mode === 'down' ? Math.floor(units + 1e-9) : mode === 'up' ? Math.ceil(units - 1e-9) : Math.round(units);
  return round(whole * tick, 8);
}

export interface Quote {
  readonly markPrice: number;
  readonly markIv: number;
  readonly delta: number;
  readonly bid: number;
  readonly ask: number;
  /** Contracts offered at the bid and at the ask. */
  readonly depth: number;
}

export function quote(instrument: Instrument, now: number): Quote {
  const spot = indexPrice(instrument.underlying, now);
  const iv = smileIv(BASE_IV[instrument.underlying], spot, instrument.strike, instrument.side);
  const { price, delta } = blackScholes(instrument.side, spot, instrument.strike, instrument.expiry - now, iv);
  const tick = instrument.tickSize;
  const markPrice = Math.max(instrument.minPrice, toTick(price, tick, 'nearest'));
  const half = Math.max(tick, markPrice * 0.025);
  const bid = Math.max(instrument.minPrice, toTick(markPrice - half, tick, 'down'));
  const ask = Math.max(bid + tick, toTick(markPrice + half, tick, 'up'));
  return {
    markPrice,
    markIv: round(iv, 4),
    delta: round(delta, 4),
    bid: round(bid, 8),
    ask: round(ask, 8),
    depth: instrument.underlying === 'BTCUSDT' ? 5 : 50,
  };
}
