/**
 * `pnpm bench`: what `validateOrder` on Spot costs per call, the figure a ticket that validates on every
 * keystroke pays: the order rules' check, then each failure formatted and explained as the exchange's
 * answer would be, in en and zh. On a real exchangeInfo entry (BTCUSDT, November 2022, from
 * @exchange-errors/binance's fixtures), with the extras an app passes. Runs against the built package
 * (what users get). Reported, never gated.
 */
import { readFileSync } from 'node:fs';
import { validateOrder, type FormatOptions } from '@exchange-errors/core';
import type * as Eager from '../src/generated/eager.js';

// Typed from the sources, loaded from the build: the figures are for the code users install.
const { binanceSpotEager }: typeof Eager = await import(new URL('../dist/generated/eager.js', import.meta.url).href);
const validateSpotOrder = (facts: unknown, options?: FormatOptions) => validateOrder(binanceSpotEager, facts, options);

// The workspace's copy of the fixture: a real entry as Binance served it (see the fixtures' README).
const FIXTURES = new URL('../../binance/src/rules/test-support/fixtures/', import.meta.url);
const entries = JSON.parse(readFileSync(new URL('spot-2022-11.json', FIXTURES), 'utf8')) as { symbol: string }[];
const symbolInfo = entries.find((e) => e.symbol === 'BTCUSDT');
if (!symbolInfo) throw new Error('no BTCUSDT fixture');

const order = (fields: Record<string, unknown>) => ({
  symbol: 'BTCUSDT',
  side: 'BUY',
  type: 'LIMIT',
  timeInForce: 'GTC',
  price: '20000.00',
  quantity: '0.00100',
  ...fields,
});
const extras = {
  avgPrice: { mins: 5, price: '20010.12345678', closeTime: 1_700_000_000_000 },
  balance: {
    balances: [
      { asset: 'BTC', free: '0.50000000', locked: '0.00000000' },
      { asset: 'USDT', free: '10000.00000000', locked: '0.00000000' },
    ],
  },
};
const openOrders = Array.from({ length: 200 }, (_, i) => ({
  symbol: 'BTCUSDT',
  orderId: i + 1,
  orderListId: -1,
  price: '19000.00000000',
  origQty: '0.00100000',
  executedQty: '0.00000000',
  status: 'NEW',
  type: 'LIMIT',
  side: 'BUY',
  icebergQty: '0.00000000',
}));

const CASES: Record<string, unknown> = {
  'valid order': { order: order({}), symbolInfo, ...extras },
  'PRICE_FILTER (price off the tick)': { order: order({ price: '20000.005' }), symbolInfo, ...extras },
  'PERCENT_PRICE (price over the band)': { order: order({ price: '200000.00' }), symbolInfo, ...extras },
  MIN_NOTIONAL: { order: order({ quantity: '0.00010' }), symbolInfo, ...extras },
  'price and quantity failing': { order: order({ price: '0.001', quantity: '0.000001' }), symbolInfo, ...extras },
  'MAX_NUM_ORDERS (200 open orders passed)': { order: order({}), symbolInfo, ...extras, openOrders },
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
  for (const lng of ['en', 'zh']) calls[`${label}, ${lng}`] = () => validateSpotOrder(facts, { lng });
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
  const result = fn() as ReturnType<typeof validateSpotOrder>;
  const seen = result.errors.map((e) => `${e.code} ${e.serverMessage}`).join('; ') || 'ok';
  console.log(`${(ns / 1e3).toFixed(2).padStart(8)} µs  validateSpotOrder: ${label}  [${seen}]`);
}
