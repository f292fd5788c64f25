/** The listed options: BTC and ETH, two weekly and two monthly expiries, calls and puts by strike. */
import type { OptionSide, Underlying } from './types.js';

/**
 * A symbol's trading rules as exchangeInfo serves them: decimal strings, checked exactly. A value of
 * '0' turns that rule off, as Binance documents for its filters.
 */
/** PRICE_FILTER and LOT_SIZE, as every product's exchangeInfo has them. */
export interface PriceAndLotFilters {
  readonly minPrice: string;
  readonly maxPrice: string;
  readonly tickSize: string;
  readonly minQty: string;
  readonly maxQty: string;
  readonly stepSize: string;
}

export interface InstrumentFilters extends PriceAndLotFilters {
  /** The most one order may carry (exchangeInfo's top-level `maxQty`; -6054 beyond it). */
  readonly maxOrderQty: string;
}

export interface Instrument {
  readonly symbol: string;
  readonly underlying: Underlying;
  readonly side: OptionSide;
  readonly strike: number;
  /** Expiry, ms since epoch (08:00 UTC, as Binance settles). */
  readonly expiry: number;
  readonly filters: InstrumentFilters;
  /** Numbers for the market model (quotes on the tick); the order checks use `filters`. */
  readonly tickSize: number;
  readonly minPrice: number;
  readonly priceScale: number;
  readonly quantityScale: number;
}

interface UnderlyingSpec {
  readonly base: string;
  readonly strikes: readonly number[];
  readonly tickSize: string;
  readonly maxPrice: string;
  readonly stepSize: string;
  readonly maxQty: string;
}

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);

export const UNDERLYINGS: Readonly<Record<Underlying, UnderlyingSpec>> = {
  BTCUSDT: {
    base: 'BTC',
    strikes: range(84_000, 108_000, 2_000),
    tickSize: '5',
    maxPrice: '200000',
    stepSize: '0.01',
    maxQty: '100',
  },
  ETHUSDT: {
    base: 'ETH',
    strikes: range(2_900, 3_900, 100),
    tickSize: '0.1',
    maxPrice: '10000',
    stepSize: '0.1',
    maxQty: '1000',
  },
};

const DAY = 86_400_000;
const FRIDAY = 5;

function fridayAt8(dayStart: number): number {
  return dayStart + 8 * 3_600_000;
}

/** The next two Fridays at least a day away, and the last Fridays of the next two months. */
export function listExpiries(now: number): number[] {
  const today = Math.floor(now / DAY) * DAY;
  const found = new Set<number>();
  for (let day = today + DAY; found.size < 2; day += DAY) {
    if (new Date(day).getUTCDay() === FRIDAY) found.add(fridayAt8(day));
  }
  const date = new Date(today);
  for (let months = 1; months <= 2; months += 1) {
    let day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months + 1, 0);
    while (new Date(day).getUTCDay() !== FRIDAY) day -= DAY;
    if (day > today + DAY) found.add(fridayAt8(day));
  }
  return [...found].sort((a, b) => a - b);
}

/** `BTC-261225-100000-C`: base, expiry as YYMMDD, strike, C or P. */
export function symbolOf(underlying: Underlying, expiry: number, strike: number, side: OptionSide): string {
  const d = new Date(expiry);
  const yymmdd = [d.getUTCFullYear() % 100, d.getUTCMonth() + 1, d.getUTCDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('');
  return `${UNDERLYINGS[underlying].base}-${yymmdd}-${strike}-${side === 'CALL' ? 'C' : 'P'}`;
}

/** Decimal places of a step written as a plain decimal string: '0.01' → 2, '5' → 0. */
export function decimals(step: string): number {
  const fraction = step.split('.')[1] ?? '';
  return fraction.replace(/0+$/, '').length;
}

/** An instrument with the given rules; scales follow the steps, as on Binance. */
export function instrumentWith(
  base: Omit<Instrument, 'filters' | 'tickSize' | 'minPrice' | 'priceScale' | 'quantityScale'>,
  filters: InstrumentFilters,
  scales?: { priceScale: number; quantityScale: number },
): Instrument {
  return {
    ...base,
    filters,
    tickSize: Number(filters.tickSize) || 10 ** -(scales?.priceScale ?? 2),
    minPrice: Number(filters.minPrice),
    priceScale: scales?.priceScale ?? decimals(filters.tickSize),
    quantityScale: scales?.quantityScale ?? decimals(filters.stepSize),
  };
}

export function listInstruments(now: number): Instrument[] {
  const out: Instrument[] = [];
  for (const underlying of Object.keys(UNDERLYINGS) as Underlying[]) {
    const spec = UNDERLYINGS[underlying];
    for (const expiry of listExpiries(now)) {
      for (const strike of spec.strikes) {
        for (const side of ['CALL', 'PUT'] as const) {
          out.push(
            instrumentWith(
              { symbol: symbolOf(underlying, expiry, strike, side), underlying, side, strike, expiry },
              {
                minPrice: spec.tickSize,
                maxPrice: spec.maxPrice,
                tickSize: spec.tickSize,
                minQty: spec.stepSize,
                maxQty: spec.maxQty,
                stepSize: spec.stepSize,
                maxOrderQty: spec.maxQty,
              },
            ),
          );
        }
      }
    }
  }
  return out;
}
