/**
 * validateUsdmOrder against this exchange's USDⓈ-M futures, on random contracts and orders: whatever
 * validateUsdmOrder accepts passes the exchange's order checks (the account may still refuse it:
 * margin, reduce-only, post-only, a duplicated client order id, the position mode), and whatever it
 * rejects the exchange rejects with the same code, values, localized message and explanation.
 * validateUsdmOrder is given what an app has, as the exchange serves it: the contract's exchangeInfo
 * entry and the mark price. The exchange's checks are written apart from the kit (exact.ts,
 * usdm/orders.ts), so this compares two implementations, not one with itself.
 */
import { binanceUsdmEager } from '@exchange-errors/binance-usdm/eager';
import { format, validateOrder, type FormatOptions } from '@exchange-errors/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExchangeRejection } from './errors.js';
import { Params } from './params.js';
import { UsdmAccount } from './usdm/account.js';
import { perpBook, PERP_SYMBOLS, perpSymbolView, type PerpSymbol } from './usdm/instruments.js';

/** The kit's checks and formatter on Usdm, as the ticket runs them. */
const validateUsdmOrder = (facts: unknown, options?: FormatOptions) => validateOrder(binanceUsdmEager, facts, options);
const formatBinanceUsdmError = (input: unknown, options?: FormatOptions) => format(binanceUsdmEager, input, options);

const NOW = Date.UTC(2026, 10, 24, 10);
const RUNS = Number(process.env['VALIDATE_RUNS'] ?? 3000);

/** Answers that depend on the account, which validation leaves to the exchange. */
const STATEFUL = new Set([-2019, -2022, -4061, -4116, -5022]);

/* ------------------------------------------------------------------ decimals */

/** `n` steps of `step`, as the futures write their filters (no trailing zeros beyond the step's). */
function times(step: string, n: bigint): string {
  const scale = (step.split('.')[1] ?? '').length;
  const units = BigInt(step.replace('.', '')) * n;
  const digits = units.toString().padStart(scale + 1, '0');
  return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

const placesOf = (step: string) => (step.split('.')[1] ?? '').replace(/0+$/, '').length;

/** A decimal on `step`'s grid near `value` (floored), as a trader would type it. */
function onStep(value: number, step: string): string {
  const scale = (step.split('.')[1] ?? '').length;
  const units = BigInt(step.replace('.', ''));
  const n = BigInt(Math.max(0, Math.floor(value * 10 ** scale))) / units;
  return (
    times(step, n)
      .replace(/(\.\d*?)0+$/, '$1')
      .replace(/\.$/, '') || '0'
  );
}

/* ------------------------------------------------------------------ contracts */

const contracts = fc
  .record({
    tick: fc.constantFrom('0.10', '0.01', '1', '0.5', '0.00010'),
    minTicks: fc.bigInt({ min: 1n, max: 5000n }),
    step: fc.constantFrom('0.001', '0.01', '0.002', '0.005'),
    minSteps: fc.bigInt({ min: 1n, max: 5n }),
    maxQty: fc.constantFrom('1000', '50', '5'),
    marketMaxQty: fc.constantFrom('120', '2', '0.5'),
    notional: fc.constantFrom('100', '5', '5.0', '1000'),
    up: fc.constantFrom('1.0500', '1.1500', '1.0200'),
    down: fc.constantFrom('0.9500', '0.8500', '0.9800'),
    extraPrice: fc.integer({ min: 0, max: 2 }),
    extraQuantity: fc.integer({ min: 0, max: 1 }),
  })
  .map((r): PerpSymbol => {
    const base = PERP_SYMBOLS[0]!;
    return {
      ...base,
      pricePrecision: placesOf(r.tick) + r.extraPrice,
      quantityPrecision: placesOf(r.step) + r.extraQuantity,
      filters: {
        minPrice: times(r.tick, r.minTicks),
        maxPrice: '4529764',
        tickSize: r.tick,
        minQty: times(r.step, r.minSteps),
        maxQty: r.maxQty,
        stepSize: r.step,
        marketMaxQty: r.marketMaxQty,
        notional: r.notional,
        multiplierUp: r.up,
        multiplierDown: r.down,
      },
    };
  });

/* ------------------------------------------------------------------ orders */

function priceNear(contract: PerpSymbol) {
  const mark = perpBook(contract, NOW).mark;
  const tick = contract.filters.tickSize;
  const onTick = fc
    .oneof(
      { weight: 6, arbitrary: fc.double({ min: 0.97, max: 1.03, noNaN: true }) },
      { weight: 2, arbitrary: fc.double({ min: 0.001, max: 2, noNaN: true }) },
    )
    .map((f) => onStep(mark * f, tick));
  return fc.oneof(
    { weight: 16, arbitrary: onTick },
    { weight: 2, arbitrary: onTick.map((p) => `${p}${p.includes('.') ? '' : '.'}05`) },
    { weight: 1, arbitrary: onTick.map((p) => `-${p}`) },
    { weight: 1, arbitrary: fc.constantFrom('0', '5000000', '12a', '0.0000001') },
  );
}

function quantityNear(contract: PerpSymbol) {
  const mark = perpBook(contract, NOW).mark;
  const onLot = fc
    .constantFrom(20, 90, 120, 500, 5_000, 60_000, 200_000, 2_000_000)
    .map((worth) => onStep(worth / mark, contract.filters.stepSize));
  // On the precision's grid but not always on the step: the step rule's own failures.
  const unit = (10 ** -contract.quantityPrecision).toFixed(contract.quantityPrecision);
  const onDigits = fc.constantFrom(120, 500, 5_000).map((worth) => onStep(worth / mark, unit));
  return fc.oneof(
    { weight: 16, arbitrary: onLot },
    { weight: 3, arbitrary: onDigits },
    { weight: 2, arbitrary: onLot.map((q) => `${q}${q.includes('.') ? '' : '.'}0001`) },
    { weight: 1, arbitrary: onLot.map((q) => `-${q}`) },
    { weight: 1, arbitrary: fc.constantFrom('0', 'x', '0.0000001', '100000') },
  );
}

/** What can go wrong with a ticket's request: a parameter dropped or added, a bad value. */
const mutations = fc.oneof(
  { weight: 16, arbitrary: fc.constant((o: Record<string, string | undefined>) => o) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('symbol', 'side', 'type', 'timeInForce', 'price', 'quantity')
      .map((key) => (o: Record<string, string | undefined>) => ({ ...o, [key]: undefined })),
  },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom<[string, string]>(
        ['side', 'HOLD'],
        ['type', 'STOP'],
        ['timeInForce', 'GTD'],
        ['timeInForce', 'DAY'],
        ['reduceOnly', 'maybe'],
        ['reduceOnly', 'true'],
        ['positionSide', 'LONG'],
        ['positionSide', 'BOTH'],
        ['newClientOrderId', 'no spaces!'],
        ['price', '3400'],
      )
      .map(([key, value]) => (o: Record<string, string | undefined>) => ({ ...o, [key]: value })),
  },
);

const orders = (contract: PerpSymbol) =>
  fc
    .record({
      market: fc.boolean(),
      side: fc.constantFrom('BUY', 'SELL'),
      timeInForce: fc.constantFrom('GTC', 'GTC', 'GTC', 'IOC', 'FOK', 'GTX'),
      price: priceNear(contract),
      quantity: quantityNear(contract),
      mutate: mutations,
    })
    .map((r) => {
      const order: Record<string, string | undefined> = {
        symbol: contract.symbol,
        side: r.side,
        type: r.market ? 'MARKET' : 'LIMIT',
        ...(r.market ? {} : { timeInForce: r.timeInForce, price: r.price }),
        quantity: r.quantity,
      };
      return Object.fromEntries(Object.entries(r.mutate(order)).filter(([, v]) => v !== undefined && v !== ''));
    });

const cases = contracts.chain((contract) => fc.tuple(fc.constant(contract), orders(contract)));

/* ------------------------------------------------------------------ the exchange */

function place(account: UsdmAccount, order: Record<string, unknown>): { code: number; msg: string } {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(order)) query.set(key, String(value));
  try {
    account.place(new Params([query.toString()]), NOW);
    return { code: 0, msg: '' };
  } catch (error) {
    if (error instanceof ExchangeRejection) return { code: error.error.code, msg: error.error.msg };
    throw error;
  }
}

/** What an app knows before sending, as the exchange serves it (`GET /fapi/v1/premiumIndex` for the mark). */
function factsOf(contract: PerpSymbol, order: Record<string, unknown>) {
  return {
    order,
    symbolInfo: perpSymbolView(contract),
    markPrice: { symbol: contract.symbol, markPrice: perpBook(contract, NOW).mark.toFixed(8), time: NOW },
  };
}

describe('validateUsdmOrder against the simulated USDⓈ-M exchange', () => {
  it(`agrees with the exchange on every order (${RUNS} runs)`, () => {
    const seen = new Map<number, number>();
    let agreed = 0;
    fc.assert(
      fc.property(cases, ([contract, order]) => {
        const facts = factsOf(contract, order);
        const validation = validateUsdmOrder(facts, { lng: 'zh' });
        const answer = place(new UsdmAccount([contract]), order);
        seen.set(answer.code, (seen.get(answer.code) ?? 0) + 1);
        // The demo account trades in one-way mode, and the exchange reads the position side before the
        // numbers: a hedge-mode side is the account's to refuse, whatever else the order breaks.
        if (order['positionSide'] === 'LONG' && answer.code === -4061) {
          agreed += 1;
          return;
        }
        if (validation.ok) {
          expect(answer.code === 0 || STATEFUL.has(answer.code), `exchange: ${answer.code} ${answer.msg}`).toBe(true);
          agreed += 1;
          return;
        }
        const first = validation.first!;
        expect(answer.code, `validateUsdmOrder: ${first.code} ${first.serverMessage}; exchange: ${answer.msg}`).toBe(
          first.code,
        );
        expect(first.serverMessage).toBe(answer.msg);
        const exchange = formatBinanceUsdmError({ code: answer.code, msg: answer.msg }, { lng: 'zh', explain: facts });
        expect(first.values).toEqual(exchange.values);
        expect(first.message).toBe(exchange.message);
        expect(first.explanation?.text ?? null).toBe(exchange.explanation?.text ?? null);
        agreed += 1;
      }),
      { numRuns: RUNS },
    );
    expect(agreed).toBe(RUNS);
    // The report's figures: how many cases, how each was answered.
    console.log(`USDⓈ-M agreement: ${agreed}/${RUNS}`, Object.fromEntries([...seen].sort((a, b) => b[1] - a[1])));
    for (const code of [
      0, -1102, -1106, -1100, -1111, -1115, -1116, -1117, -2019, -4001, -4002, -4003, -4004, -4005, -4013, -4014, -4016,
      -4023, -4024, -4164,
    ]) {
      expect(seen.get(code) ?? 0, `code ${code} never came up`).toBeGreaterThan(0);
    }
  }, 300_000);
});
