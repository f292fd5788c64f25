/**
 * `pnpm bench`: what `validateOrder` on Usdm costs per call, the figure a ticket that validates on every
 * keystroke pays: the order rules' check, then each failure formatted and explained as the exchange's
 * answer would be, in en and zh. On real exchangeInfo entries (BTCUSDT, ADAUSDT, September 2021, from
 * @exchange-errors/binance's fixtures), with the mark price an app passes. Runs against the built
 * package (what users get). Reported, never gated.
 */
import { readFileSync } from 'node:fs';
import { validateOrder, type FormatOptions } from '@exchange-errors/core';
import type * as Eager from '../src/generated/eager.js';

// Typed from the sources, loaded from the build: the figures are for the code users install.
const { binanceUsdmEager }: typeof Eager = await import(new URL('../dist/generated/eager.js', import.meta.url).href);
const validateUsdmOrder = (facts: unknown, options?: FormatOptions) => validateOrder(binanceUsdmEager, facts, options);

// The workspace's copy of the fixture: a real entry as Binance served it (see the fixtures' README).
const FIXTURES = new URL('../../binance/src/rules/test-support/fixtures/', import.meta.url);
const entries = JSON.parse(readFileSync(new URL('usdm-2021-09.json', FIXTURES), 'utf8')) as { symbol: string }[];
const symbolInfo = entries.find((e) => e.symbol === 'BTCUSDT');
const ada = entries.find((e) => e.symbol === 'ADAUSDT');
if (!symbolInfo || !ada) throw new Error('no BTCUSDT or ADAUSDT fixture');

const order = (fields: Record<string, unknown>) => ({
  symbol: 'BTCUSDT',
  side: 'BUY',
  type: 'LIMIT',
  timeInForce: 'GTC',
  price: '45000',
  quantity: '0.010',
  ...fields,
});
const markPrice = { symbol: 'BTCUSDT', markPrice: '45010.50000000', time: 1_700_000_000_000 };

const CASES: Record<string, unknown> = {
  'valid order': { order: order({}), symbolInfo, markPrice },
  'precision (-1111)': { order: order({ price: '45000.001' }), symbolInfo, markPrice },
  'PRICE_FILTER minPrice (-4013)': { order: order({ price: '100' }), symbolInfo, markPrice },
  'PRICE_FILTER tick (-4014, ADAUSDT)': {
    order: order({ symbol: 'ADAUSDT', price: '1.23456', quantity: '10' }),
    symbolInfo: ada,
    markPrice: '1.2345',
  },
  'LOT_SIZE maxQty (-4005)': { order: order({ quantity: '5000' }), symbolInfo, markPrice },
  'PERCENT_PRICE (-4016)': { order: order({ price: '60000' }), symbolInfo, markPrice },
  'MIN_NOTIONAL (-4164)': { order: order({ price: '4500', quantity: '0.001' }), symbolInfo, markPrice: '4501' },
  'price and quantity failing': { order: order({ price: '-1', quantity: '-1' }), symbolInfo, markPrice },
};

const ROUNDS = 9;
const ROUND_MS = 100;

function iterationsFor(fn: () => unknown): number {
  let iterations = 100;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    if (Number(process.hrtime.bigint() - start) / 1e6 >= ROUND_MS) return iterations;
    iterations *= 2;
  }
}

function perCall(fn: () => unknown, iterations: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  return Number(process.hrtime.bigint() - start) / iterations;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const calls: Record<string, () => unknown> = {};
for (const [label, facts] of Object.entries(CASES)) {
  for (const lng of ['en', 'zh']) calls[`${label}, ${lng}`] = () => validateUsdmOrder(facts, { lng });
}
// Interleaved rounds, so that drift on a shared machine hits every case alike.
const counts = Object.fromEntries(Object.entries(calls).map(([label, fn]) => [label, iterationsFor(fn)]));
const rounds: Record<string, number>[] = [];
for (let r = 0; r < ROUNDS; r++) {
  rounds.push(
    Object.fromEntries(Object.entries(calls).map(([label, fn]) => [label, perCall(fn, counts[label] ?? 100)])),
  );
}
console.log(`node ${process.version}, ${ROUNDS} interleaved rounds of ~${ROUND_MS} ms each, median µs per call\n`);
for (const [label, fn] of Object.entries(calls)) {
  const ns = median(rounds.map((round) => round[label] ?? Number.NaN));
  const result = fn() as ReturnType<typeof validateUsdmOrder>;
  const seen = result.errors.map((e) => `${e.code} ${e.serverMessage}`).join('; ') || 'ok';
  console.log(`${(ns / 1e3).toFixed(2).padStart(8)} µs  validateUsdmOrder: ${label}  [${seen}]`);
}
