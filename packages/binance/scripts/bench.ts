/**
 * `pnpm bench`: the cost of the order rules' `check` per call, on real exchangeInfo entries (the
 * fixtures), for orders that pass and orders that fail one or several rules, with and without the
 * extras an app passes (average price, balances, 200 open orders). The products' own benches time
 * validateSpotOrder / validateUsdmOrder (check, then format and explain each failure). Runs against
 * the built package (what users get). Reported, never gated.
 */
import { readFileSync } from 'node:fs';
import type * as Futures from '../src/rules/futures/index.js';
import type * as Spot from '../src/rules/spot/index.js';

// Typed from the sources, loaded from the build: the figures are for the code users install.
const { spotRules }: typeof Spot = await import(new URL('../dist/rules/spot/index.js', import.meta.url).href);
const { coinmRules, usdmRules }: typeof Futures = await import(
  new URL('../dist/rules/futures/index.js', import.meta.url).href
);

function entry(file: string, symbol: string): unknown {
  const url = new URL(`../src/rules/test-support/fixtures/${file}`, import.meta.url);
  const list = JSON.parse(readFileSync(url, 'utf8')) as { symbol: string }[];
  const found = list.find((e) => e.symbol === symbol);
  if (!found) throw new Error(`no fixture for ${symbol} in ${file}`);
  return found;
}

const SPOT = entry('spot-2022-11.json', 'BTCUSDT');
const USDM = entry('usdm-2021-09.json', 'BTCUSDT');
const COINM = entry('coinm-2020-08.json', 'BTCUSD_PERP');

const spotOrder = (order: Record<string, unknown>) => ({
  symbol: 'BTCUSDT',
  side: 'BUY',
  type: 'LIMIT',
  timeInForce: 'GTC',
  price: '20000.00',
  quantity: '0.00100',
  ...order,
});
const openOrders = Array.from({ length: 200 }, (_, i) => ({
  symbol: i % 2 === 0 ? 'BTCUSDT' : 'ETHUSDT',
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
const spotExtras = {
  avgPrice: { mins: 5, price: '20010.12345678', closeTime: 1_700_000_000_000 },
  balance: {
    balances: [
      { asset: 'BTC', free: '0.50000000', locked: '0.00000000' },
      { asset: 'USDT', free: '10000.00000000', locked: '0.00000000' },
    ],
  },
};
const futuresOrder = (symbol: string, order: Record<string, unknown>) => ({
  symbol,
  side: 'BUY',
  type: 'LIMIT',
  timeInForce: 'GTC',
  price: '45000',
  quantity: '0.010',
  ...order,
});

const CASES: Record<string, () => unknown> = {
  'Spot, valid limit order, entry only': () => spotRules.check({ order: spotOrder({}), symbolInfo: SPOT }),
  'Spot, valid limit order, with average price and balances': () =>
    spotRules.check({ order: spotOrder({}), symbolInfo: SPOT, ...spotExtras }),
  'Spot, valid limit order, with 200 open orders': () =>
    spotRules.check({ order: spotOrder({}), symbolInfo: SPOT, ...spotExtras, openOrders }),
  'Spot, PRICE_FILTER (price off the tick)': () =>
    spotRules.check({ order: spotOrder({ price: '20000.005' }), symbolInfo: SPOT, ...spotExtras }),
  'Spot, MIN_NOTIONAL': () =>
    spotRules.check({ order: spotOrder({ quantity: '0.00010' }), symbolInfo: SPOT, ...spotExtras }),
  'Spot, price, quantity and notional all failing': () =>
    spotRules.check({ order: spotOrder({ price: '0.001', quantity: '0.000001' }), symbolInfo: SPOT, ...spotExtras }),
  'USDⓈ-M, valid limit order': () =>
    usdmRules.check({ order: futuresOrder('BTCUSDT', {}), symbolInfo: USDM, markPrice: '45010.5' }),
  'USDⓈ-M, PERCENT_PRICE against the mark price': () =>
    usdmRules.check({ order: futuresOrder('BTCUSDT', { price: '60000' }), symbolInfo: USDM, markPrice: '45010.5' }),
  'USDⓈ-M, MIN_NOTIONAL (-4164)': () =>
    usdmRules.check({ order: futuresOrder('BTCUSDT', { quantity: '0.001', price: '4500' }), symbolInfo: USDM }),
  'COIN-M, valid limit order (contracts)': () =>
    coinmRules.check({ order: futuresOrder('BTCUSD_PERP', { quantity: '3', price: '11000.0' }), symbolInfo: COINM }),
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

// Interleaved rounds, so that drift on a shared machine hits every case alike.
const counts = Object.fromEntries(Object.entries(CASES).map(([label, fn]) => [label, iterationsFor(fn)]));
const rounds: Record<string, number>[] = [];
for (let r = 0; r < ROUNDS; r++) {
  rounds.push(
    Object.fromEntries(Object.entries(CASES).map(([label, fn]) => [label, perCall(fn, counts[label] ?? 100)])),
  );
}
console.log(
  `node ${process.version}, ${ROUNDS} interleaved rounds of ~${ROUND_MS} ms each, median µs per check call\n`,
);
for (const label of Object.keys(CASES)) {
  const ns = median(rounds.map((round) => round[label] ?? Number.NaN));
  const failures = (CASES[label]?.() as readonly { code: number }[]).map((f) => f.code).join(' ') || 'none';
  console.log(`${(ns / 1e3).toFixed(2).padStart(8)} µs  ${label}  [failures: ${failures}]`);
}
