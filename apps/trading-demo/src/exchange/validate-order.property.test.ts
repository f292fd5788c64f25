/**
 * The kit's `validateOrder` against this exchange, on random symbols and orders: whatever
 * validateOrder accepts passes the exchange's order checks (the exchange may still refuse it for
 * balance, margin, reduce-only, FOK or post-only, which depend on the account and the book), and
 * whatever it rejects the exchange rejects with the same code, the same values and so the same
 * localized text. The exchange's checks are written apart from the kit (exact.ts, errors.ts), so
 * this compares two implementations, not one with itself.
 */
import type { OptionSymbolInfo, OrderDraft } from '@exchange-errors/binance-options';
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { format, validateOrder as validateWith } from '@exchange-errors/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Account } from './account.js';
import { ExchangeRejection } from './errors.js';
import { instrumentWith, listInstruments, type Instrument, type InstrumentFilters } from './instruments.js';
import { Params } from './params.js';

/** The kit's checks on Options, as the ticket runs them. */
const validateOrder = (order: OrderDraft, symbolInfo: OptionSymbolInfo, options?: { lng?: string }) =>
  validateWith(binanceOptionsEager, { order, symbolInfo }, options);
import { optionSymbolView } from './routes.js';

const NOW = Date.UTC(2026, 10, 24, 10);
const RUNS = Number(process.env['VALIDATE_RUNS'] ?? 3000);
// Set a seed in CI so a run is reproducible; random locally to keep finding new corners.
const seed = process.env['FC_SEED'] ?? (process.env['CI'] ? '20261124' : undefined);
const params = seed === undefined ? { numRuns: RUNS } : { numRuns: RUNS, seed: Number(seed) };

/** Answers that depend on the account or the book, which validateOrder leaves to the exchange. */
const STATEFUL = new Set([-2018, -2027, -6045, -6046, -6047]);

const base = listInstruments(NOW).find((i) => i.underlying === 'BTCUSDT' && i.side === 'CALL')!;

/** What `GET /eapi/v1/exchangeInfo` serves for an instrument (the route's own view). */
const symbolInfoOf = (i: Instrument): OptionSymbolInfo => optionSymbolView(i);

/** The exchange's answer: 0 when it took the order, else its code and message. */
function place(instrument: Instrument, order: OrderDraft): { code: number; msg: string } {
  const account = new Account(new Map([[instrument.symbol, instrument]]));
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(order)) if (value !== undefined) query.set(key, String(value));
  try {
    account.place(new Params([query.toString()]), NOW);
    return { code: 0, msg: '' };
  } catch (error) {
    if (error instanceof ExchangeRejection) return { code: error.error.code, msg: error.error.msg };
    throw error;
  }
}

/* ------------------------------------------------------------------ generators */

const steps = fc.constantFrom('5', '25', '0.5', '0.1', '0.05', '0.01', '1', '0.0001', '0.00000001', '0.25');
const placesOf = (step: string) => (step.split('.')[1] ?? '').length;
const times = (step: string, n: number) => {
  const scale = placesOf(step);
  const units = BigInt(step.replace('.', '')) * BigInt(n);
  const digits = units.toString().padStart(scale + 1, '0');
  return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
};

const filters = fc
  .record({
    tick: steps,
    step: steps,
    minTicks: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 20 })),
    maxTicks: fc.oneof(fc.constant(0), fc.integer({ min: 50, max: 100_000 })),
    minSteps: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 })),
    maxSteps: fc.oneof(fc.constant(0), fc.integer({ min: 20, max: 10_000 })),
    orderMax: fc.boolean(),
    extraPriceScale: fc.integer({ min: 0, max: 2 }),
    extraQuantityScale: fc.integer({ min: 0, max: 2 }),
  })
  .map((r) => {
    const maxQty = times(r.step, r.maxSteps);
    const f: InstrumentFilters = {
      minPrice: times(r.tick, r.minTicks),
      maxPrice: times(r.tick, r.maxTicks),
      tickSize: r.tick,
      minQty: times(r.step, r.minSteps),
      maxQty,
      stepSize: r.step,
      // Sometimes a single-order maximum below the lot size maximum (-6054).
      maxOrderQty: r.orderMax && r.maxSteps > 0 ? times(r.step, Math.max(1, Math.floor(r.maxSteps / 3))) : maxQty,
    };
    return instrumentWith(base, f, {
      priceScale: placesOf(r.tick) + r.extraPriceScale,
      quantityScale: placesOf(r.step) + r.extraQuantityScale,
    });
  });

/** Numbers near the grid, off it, out of range, negative, with extra places, and malformed. */
function numberNear(step: string) {
  // Counts of steps at every magnitude, so that minimums, maximums and the single-order limit all come up.
  const count = fc.oneof(
    fc.integer({ min: 0, max: 30 }),
    fc.integer({ min: 0, max: 5_000 }),
    fc.integer({ min: 0, max: 200_000 }),
  );
  const onGrid = count.map((n) => times(step, n));
  const offGrid = fc
    .tuple(count, fc.constantFrom('1', '3', '5', '01', '001', '0000001', '00000000001'))
    .map(([n, tail]) => `${times(step, n)}${step.includes('.') ? '' : '.'}${tail}`);
  return fc.oneof(
    { weight: 6, arbitrary: onGrid },
    { weight: 3, arbitrary: offGrid },
    { weight: 2, arbitrary: fc.oneof(onGrid, offGrid).map((text) => `-${text}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('0', '0.0', '-0', '00012', '12.500', '999999999999999999', '0.00000000000000000001'),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '12a',
        '1e5',
        ' 5',
        '5 ',
        '1,5',
        '.5',
        '5.',
        'NaN',
        'Infinity',
        '--1',
        '1'.repeat(25),
      ),
    },
  );
}

const orders = (instrument: Instrument) =>
  fc.record(
    {
      symbol: fc.oneof(
        { weight: 20, arbitrary: fc.constant(instrument.symbol) },
        { weight: 1, arbitrary: fc.constant('') },
      ),
      side: fc.constantFrom('BUY', 'SELL', 'BUY', 'SELL', 'HOLD', ''),
      type: fc.constantFrom('LIMIT', 'LIMIT', 'LIMIT', 'MARKET', ''),
      price: numberNear(instrument.filters.tickSize),
      quantity: numberNear(instrument.filters.stepSize),
      timeInForce: fc.constantFrom(undefined, 'GTC', 'IOC', 'FOK', 'GTD'),
      postOnly: fc.constantFrom(undefined, true, false, 'true', 'false', 'yes'),
      reduceOnly: fc.constantFrom(undefined, false, 'false', 'maybe'),
      clientOrderId: fc.constantFrom(undefined, 'ladder-1', 'no spaces allowed', 'x'.repeat(37)),
    },
    { requiredKeys: ['symbol', 'side', 'type', 'price', 'quantity'] },
  );

const cases = filters.chain((instrument) => fc.tuple(fc.constant(instrument), orders(instrument)));

describe('validateOrder against the simulated exchange', () => {
  it(`accepts only what the exchange's checks accept, and rejects with the exchange's code and text (${RUNS} runs)`, () => {
    const seen = new Map<number, number>();
    fc.assert(
      fc.property(cases, ([instrument, order]) => {
        const validation = validateOrder(order, symbolInfoOf(instrument), { lng: 'zh' });
        const answer = place(instrument, order);
        seen.set(answer.code, (seen.get(answer.code) ?? 0) + 1);
        if (validation.ok) {
          expect(
            answer.code === 0 || STATEFUL.has(answer.code),
            `exchange answered ${answer.code}: ${answer.msg}`,
          ).toBe(true);
          return;
        }
        const first = validation.first!;
        expect(
          answer.code,
          `validateOrder said ${first.code} (${first.serverMessage}), the exchange ${answer.msg}`,
        ).toBe(first.code);
        const exchange = format(
          binanceOptionsEager,
          { code: answer.code, msg: answer.msg },
          { lng: 'zh', explain: { order, symbolInfo: symbolInfoOf(instrument) } },
        );
        expect(first.values).toEqual(exchange.values);
        expect(first.message).toBe(exchange.message);
        expect(first.explanation?.text ?? null).toBe(exchange.explanation?.text ?? null);
      }),
      params,
    );
    // The generators reach the codes they are meant to reach (the property is not vacuous).
    for (const code of [
      0, -1102, -1100, -1111, -1117, -1116, -1115, -1014, -4001, -4002, -4003, -4004, -4005, -4013, -4029, -4030, -6054,
    ]) {
      expect(seen.get(code) ?? 0, `code ${code} never came up`).toBeGreaterThan(0);
    }
  }, 120_000);

  it('agrees on the demo’s own listing as exchangeInfo serves it', () => {
    for (const instrument of listInstruments(NOW).slice(0, 4)) {
      fc.assert(
        fc.property(orders(instrument), (order) => {
          const validation = validateOrder(order, symbolInfoOf(instrument));
          const answer = place(instrument, order);
          if (validation.ok) expect(answer.code === 0 || STATEFUL.has(answer.code)).toBe(true);
          else expect(answer.code).toBe(validation.first!.code);
        }),
        { ...params, numRuns: Math.ceil(RUNS / 4) },
      );
    }
  }, 120_000);
});
