/**
 * validateSpotOrder against this exchange's Spot, on random symbols, accounts and orders: whatever
 * validateSpotOrder accepts passes the exchange's order checks (the matching engine may still refuse
 * it: balance, a maker order that would take, a stop that would trigger at once, a quote-sized order
 * that buys less than a lot), and whatever it rejects the exchange rejects with the same code, the
 * same values, the same localized message and the same explanation. validateSpotOrder is given what an
 * app has, each as the exchange serves it: the symbol's exchangeInfo entry, the average price, the
 * open orders, the account and the exchange filters. The exchange's checks are written apart from the
 * kit (exact.ts, spot/filters.ts), so this compares two implementations, not one with itself.
 */
import { binanceSpotEager } from '@exchange-errors/binance-spot/eager';
import { format, validateOrder, type FormatOptions } from '@exchange-errors/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExchangeRejection } from './errors.js';
import { indexPrice } from './market.js';
import { Params } from './params.js';
import { SpotAccount, type SpotOrder } from './spot/account.js';
import {
  spotAvgPrice,
  SPOT_EXCHANGE_FILTERS,
  SPOT_SYMBOLS,
  spotSymbolView,
  type SpotFilterEntry,
  type SpotOrderType,
  type SpotSymbol,
} from './spot/instruments.js';

/** The kit's checks and formatter on Spot, as the ticket runs them. */
const validateSpotOrder = (facts: unknown, options?: FormatOptions) => validateOrder(binanceSpotEager, facts, options);
const formatBinanceSpotError = (input: unknown, options?: FormatOptions) => format(binanceSpotEager, input, options);

const NOW = Date.UTC(2026, 10, 24, 10);
const RUNS = Number(process.env['VALIDATE_RUNS'] ?? 3000);

/** Answers that depend on the matching engine, which validation leaves to the exchange. */
function stateful(code: number, msg: string, order: Record<string, unknown>): boolean {
  if (code === -2010) return true;
  // A quote-sized market order's quantity is decided by the book: LOT_SIZE when it buys less than a lot.
  return code === -1013 && msg === 'Filter failure: LOT_SIZE' && order['quoteOrderQty'] !== undefined;
}

/* ------------------------------------------------------------------ decimals */

const placesOf = (step: string) => (step.split('.')[1] ?? '').replace(/0+$/, '').length;
/** `n` steps of `step`, with eight places as Spot serves its filters. */
function times(step: string, n: bigint, places = 8): string {
  const scale = (step.split('.')[1] ?? '').length;
  const units = BigInt(step.replace('.', '')) * n;
  const digits = units.toString().padStart(scale + 1, '0');
  const plain = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  const [whole, fraction = ''] = plain.split('.');
  return places === 0 ? (whole ?? '0') : `${whole}.${fraction.padEnd(places, '0').slice(0, places)}`;
}

/* ------------------------------------------------------------------ symbols */

const ticks = fc.constantFrom('0.01000000', '0.10000000', '1.00000000', '0.00010000', '0.00000100', '0.05000000');
const steps = fc.constantFrom('0.00001000', '0.00010000', '0.00100000', '0.01000000', '0.00000001', '0.00500000');

const symbols = fc
  .record({
    today: fc.boolean(),
    tick: ticks,
    noTick: fc.boolean(),
    minTicks: fc.oneof(fc.constant(0n), fc.bigInt({ min: 1n, max: 50n })),
    step: steps,
    noStep: fc.boolean(),
    minSteps: fc.bigInt({ min: 1n, max: 3n }),
    maxSteps: fc.oneof(
      { weight: 1, arbitrary: fc.bigInt({ min: 100n, max: 10_000n }) },
      { weight: 5, arbitrary: fc.bigInt({ min: 100_000_000n, max: 100_000_000_000n }) },
    ),
    marketMaxSteps: fc.oneof(fc.constant(0n), fc.bigInt({ min: 50n, max: 1_000_000n })),
    marketStep: fc.boolean(),
    up: fc.constantFrom('5', '1.2', '1.05'),
    down: fc.constantFrom('0.2', '0.8', '0.95'),
    minNotional: fc.constantFrom('5.00000000', '10.00000000', '0.00100000', '0.00000000', '100.00000000'),
    maxNotional: fc.constantFrom('9000000.00000000', '1000.00000000', '0.00000000'),
    applyMin: fc.boolean(),
    applyMax: fc.boolean(),
    icebergParts: fc.constantFrom(10, 3),
    maxOrders: fc.integer({ min: 4, max: 12 }),
    maxAlgo: fc.integer({ min: 1, max: 3 }),
    maxIceberg: fc.constant(1),
    maxPosition: fc.constantFrom('1.00000000', '50.00000000', '0.50000000'),
    extraBase: fc.integer({ min: 0, max: 2 }),
    extraQuote: fc.integer({ min: 0, max: 2 }),
    types: fc.oneof(
      { weight: 4, arbitrary: fc.constant(['MARKET', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'] as const) },
      { weight: 1, arbitrary: fc.subarray(['MARKET', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'] as const) },
    ),
  })
  .map((r): SpotSymbol => {
    const tick = r.noTick ? '0.00000000' : r.tick;
    const step = r.noStep ? '0.00000000' : r.step;
    const gridStep = r.noStep ? '0.00000001' : r.step;
    const priceFilter: SpotFilterEntry = {
      filterType: 'PRICE_FILTER',
      minPrice: times(r.noTick ? '0.01' : r.tick, r.minTicks),
      maxPrice: '1000000.00000000',
      tickSize: tick,
    };
    const lot: SpotFilterEntry = {
      filterType: 'LOT_SIZE',
      minQty: times(gridStep, r.minSteps),
      maxQty: times(gridStep, r.maxSteps),
      stepSize: step,
    };
    const marketLot: SpotFilterEntry = {
      filterType: 'MARKET_LOT_SIZE',
      minQty: r.marketStep ? times(gridStep, r.minSteps * 2n) : '0.00000000',
      maxQty: times(gridStep, r.marketMaxSteps),
      stepSize: r.marketStep ? times(gridStep, 2n) : '0.00000000',
    };
    const trailing: SpotFilterEntry = {
      filterType: 'TRAILING_DELTA',
      minTrailingAboveDelta: 10,
      maxTrailingAboveDelta: 2000,
      minTrailingBelowDelta: 20,
      maxTrailingBelowDelta: 1500,
    };
    const counts: SpotFilterEntry[] = [
      { filterType: 'MAX_NUM_ORDERS', maxNumOrders: r.maxOrders },
      { filterType: 'MAX_NUM_ALGO_ORDERS', maxNumAlgoOrders: r.maxAlgo },
    ];
    const filters: SpotFilterEntry[] = r.today
      ? [
          priceFilter,
          lot,
          { filterType: 'ICEBERG_PARTS', limit: r.icebergParts },
          marketLot,
          trailing,
          {
            filterType: 'PERCENT_PRICE_BY_SIDE',
            bidMultiplierUp: r.up,
            bidMultiplierDown: r.down,
            askMultiplierUp: r.up === '5' ? '1.5' : r.up,
            askMultiplierDown: r.down,
            avgPriceMins: 5,
          },
          {
            filterType: 'NOTIONAL',
            minNotional: r.minNotional,
            applyMinToMarket: r.applyMin,
            maxNotional: r.maxNotional,
            applyMaxToMarket: r.applyMax,
            avgPriceMins: 5,
          },
          ...counts,
        ]
      : [
          priceFilter,
          { filterType: 'PERCENT_PRICE', multiplierUp: r.up, multiplierDown: r.down, avgPriceMins: 5 },
          lot,
          { filterType: 'MIN_NOTIONAL', minNotional: r.minNotional, applyToMarket: r.applyMin, avgPriceMins: 5 },
          { filterType: 'ICEBERG_PARTS', limit: r.icebergParts },
          marketLot,
          trailing,
          ...counts,
          { filterType: 'MAX_NUM_ICEBERG_ORDERS', maxNumIcebergOrders: r.maxIceberg },
          { filterType: 'MAX_POSITION', maxPosition: r.maxPosition },
        ];
    const base = SPOT_SYMBOLS[1]!;
    return {
      ...base,
      baseAssetPrecision: placesOf(gridStep) + r.extraBase,
      quoteAssetPrecision: Math.max(placesOf(r.noTick ? '0.01' : r.tick), 2) + r.extraQuote,
      orderTypes: ['LIMIT', 'LIMIT_MAKER', ...r.types] as SpotOrderType[],
      filters,
    };
  });

/* ------------------------------------------------------------------ accounts */

const accounts = fc.record({
  usdt: fc.constantFrom(0, 50, 5_000, 200_000),
  eth: fc.constantFrom(0, 0.3, 2, 49.5),
  /** Orders already open: plain, stop and iceberg, none crossing the book or triggered. */
  open: fc.array(fc.constantFrom('limit', 'stop', 'stop', 'iceberg', 'iceberg', 'sell'), { maxLength: 6 }),
});

function accountWith(pair: SpotSymbol, state: { usdt: number; eth: number; open: readonly string[] }): SpotAccount {
  const account = new SpotAccount([pair]);
  account.balances.set('USDT', { free: state.usdt, locked: 0 });
  account.balances.set('ETH', { free: state.eth, locked: 0 });
  const index = indexPrice(pair.underlying, NOW);
  state.open.forEach((kind, i) => {
    const buy = kind !== 'sell';
    const order: SpotOrder = {
      orderId: 1000 + i,
      pair,
      side: buy ? 'BUY' : 'SELL',
      type: kind === 'stop' ? 'STOP_LOSS_LIMIT' : 'LIMIT',
      timeInForce: 'GTC',
      price: Math.round(buy ? index * 0.5 : index * 2),
      origQty: 0.25,
      quoteOrderQty: 0,
      stopPrice: kind === 'stop' ? Math.round(index * 3) : 0,
      icebergQty: kind === 'iceberg' ? 0.05 : 0,
      trailingDelta: undefined,
      triggered: kind !== 'stop',
      clientOrderId: `open${i}`,
      time: NOW - 1000,
      executedQty: 0,
      cummulativeQuoteQty: 0,
      status: 'NEW',
      updateTime: NOW - 1000,
      locked: 0,
      fills: [],
    };
    account.orders.set(order.orderId, order);
  });
  return account;
}

/* ------------------------------------------------------------------ orders */

/** A decimal on `step`'s grid near `value` (floored), written as a trader would type it. */
function onStep(value: number, step: string): string {
  const scale = (step.split('.')[1] ?? '').length;
  const units = BigInt(step.replace('.', ''));
  const n = BigInt(Math.max(0, Math.floor(value * 10 ** scale))) / units;
  return times(step, n).replace(/\.?0+$/, '') || '0';
}

const stepOf = (pair: SpotSymbol, type: string, key: string, fallback: string): string => {
  const value = String(pair.filters.find((f) => f.filterType === type)?.[key] ?? '0');
  return /^0(\.0+)?$/.test(value) ? fallback : value;
};

/** A price near the average price (mostly inside the bands), on the tick or off it, or odd text. */
function priceNear(pair: SpotSymbol) {
  const avg = indexPrice(pair.underlying, NOW);
  const tick = stepOf(
    pair,
    'PRICE_FILTER',
    'tickSize',
    (10 ** -pair.quoteAssetPrecision).toFixed(pair.quoteAssetPrecision),
  );
  const factor = fc.oneof(
    { weight: 6, arbitrary: fc.double({ min: 0.9, max: 1.1, noNaN: true }) },
    { weight: 2, arbitrary: fc.double({ min: 0.05, max: 8, noNaN: true }) },
  );
  const onTick = factor.map((f) => onStep(avg * f, tick));
  return fc.oneof(
    { weight: 24, arbitrary: onTick },
    { weight: 2, arbitrary: onTick.map((p) => `${p}${p.includes('.') ? '' : '.'}05`) },
    { weight: 1, arbitrary: onTick.map((p) => `${p}${p.includes('.') ? '' : '.'}000000001`) },
    { weight: 1, arbitrary: fc.constantFrom('0', '0.001', '2000000', '-5', '12a') },
  );
}

/** A quantity worth a few to a lot of USDT at the average price, on the lot step or off it, or odd text. */
function quantityNear(pair: SpotSymbol) {
  const avg = indexPrice(pair.underlying, NOW);
  const step = stepOf(pair, 'LOT_SIZE', 'stepSize', '0.00000001');
  const worth = fc.constantFrom(0.5, 4, 8, 30, 200, 2_000, 20_000, 200_000);
  const onLot = worth.map((w) => onStep(w / avg, step));
  return fc.oneof(
    { weight: 24, arbitrary: onLot },
    { weight: 2, arbitrary: onLot.map((q) => `${q}${q.includes('.') ? '' : '.'}0000001`) },
    { weight: 1, arbitrary: fc.constantFrom('0', '-1', 'x', '0.000000001', '100000') },
  );
}

type Draft = Record<string, string | undefined>;

/** What a ticket sends for each type: the parameters Binance's documentation asks of it. */
const shapes = (pair: SpotSymbol) =>
  fc.record({
    type: fc.constantFrom(
      'LIMIT',
      'LIMIT',
      'LIMIT',
      'LIMIT',
      'MARKET',
      'MARKET',
      'MARKET',
      'LIMIT_MAKER',
      'STOP_LOSS_LIMIT',
      'STOP_LOSS_LIMIT',
      'TAKE_PROFIT_LIMIT',
      'LIMIT',
      'MARKET',
      'STOP_LOSS',
    ),
    side: fc.constantFrom('BUY', 'SELL'),
    timeInForce: fc.constantFrom('GTC', 'GTC', 'IOC', 'FOK'),
    price: priceNear(pair),
    quantity: quantityNear(pair),
    quote: fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      { weight: 2, arbitrary: fc.constantFrom('4', '5', '25.5', '2000', '12000', '0.123456789') },
    ),
    stopPrice: fc.oneof({ weight: 3, arbitrary: priceNear(pair) }, { weight: 1, arbitrary: fc.constant(undefined) }),
    trailingDelta: fc.oneof(
      { weight: 2, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom('5', '10', '15', '500', '1800', '2500') },
    ),
    /** An iceberg showing a part of its quantity: all of it, a half, a third, a twentieth. */
    icebergParts: fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom(1, 2, 3, 20) },
    ),
    clientId: fc.constantFrom(undefined, undefined, undefined, 'ladder-1', 'open1'),
  });

function shaped(
  pair: SpotSymbol,
  r: {
    type: string;
    side: string;
    timeInForce: string;
    price: string;
    quantity: string;
    quote: string | undefined;
    stopPrice: string | undefined;
    trailingDelta: string | undefined;
    icebergParts: number | undefined;
    clientId: string | undefined;
  },
): Draft {
  const step = stepOf(pair, 'LOT_SIZE', 'stepSize', '0.00000001');
  const total = Number(r.quantity);
  const icebergQty =
    r.icebergParts === undefined || !Number.isFinite(total) ? undefined : onStep(total / r.icebergParts, step);
  const base: Draft = { symbol: pair.symbol, side: r.side, type: r.type, newClientOrderId: r.clientId };
  const stop = {
    stopPrice: r.stopPrice,
    trailingDelta: r.stopPrice === undefined ? (r.trailingDelta ?? '100') : r.trailingDelta,
  };
  switch (r.type) {
    case 'LIMIT':
      return { ...base, timeInForce: r.timeInForce, price: r.price, quantity: r.quantity, icebergQty };
    case 'LIMIT_MAKER':
      return { ...base, price: r.price, quantity: r.quantity, icebergQty };
    case 'MARKET':
      return r.quote === undefined ? { ...base, quantity: r.quantity } : { ...base, quoteOrderQty: r.quote };
    case 'STOP_LOSS':
      return { ...base, quantity: r.quantity, ...stop };
    default:
      return {
        ...base,
        timeInForce: r.timeInForce,
        price: r.price,
        quantity: r.quantity,
        icebergQty,
        ...stop,
      };
  }
}

/** What can go wrong with a ticket's request: a parameter dropped or added, a bad value. */
const mutations = fc.oneof(
  { weight: 14, arbitrary: fc.constant((d: Draft): Draft => d) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('symbol', 'side', 'type', 'timeInForce', 'price', 'quantity', 'stopPrice')
      .map((key) => (d: Draft): Draft => ({ ...d, [key]: undefined })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<[string, string]>(
        ['timeInForce', 'GTC'],
        ['price', '3400'],
        ['quoteOrderQty', '10'],
        ['stopPrice', '3400'],
        ['icebergQty', '0.1'],
        ['trailingDelta', '100'],
      )
      .map(([key, value]) => (d: Draft): Draft => ({ ...d, [key]: value })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<[string, string]>(
        ['side', 'HOLD'],
        ['type', 'STOP'],
        ['timeInForce', 'GTD'],
        ['trailingDelta', '1.5'],
        ['newClientOrderId', 'no spaces!'],
        ['quoteOrderQty', '-3'],
      )
      .map(([key, value]) => (d: Draft): Draft => ({ ...d, [key]: value })),
  },
);

const orders = (pair: SpotSymbol) =>
  fc.tuple(shapes(pair), mutations).map(([r, mutate]) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(mutate(shaped(pair, r)))) if (value !== undefined) out[key] = value;
    return out;
  });

const cases = fc
  .tuple(symbols, accounts)
  .chain(([pair, state]) => fc.tuple(fc.constant(pair), fc.constant(state), orders(pair)));

/* ------------------------------------------------------------------ the exchange */

function place(account: SpotAccount, order: Record<string, unknown>): { code: number; msg: string } {
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

/** What an app knows before sending, each as the exchange serves it. */
function factsOf(account: SpotAccount, pair: SpotSymbol, order: Record<string, unknown>) {
  return {
    order,
    symbolInfo: spotSymbolView(pair),
    avgPrice: { mins: 5, price: spotAvgPrice(pair, NOW), closeTime: NOW },
    openOrders: account.openOrders().map((o) => account.openOrderView(o)),
    balance: account.accountView(NOW),
    exchangeFilters: SPOT_EXCHANGE_FILTERS,
  };
}

describe('validateSpotOrder against the simulated Spot exchange', () => {
  it(`agrees with the exchange on every order (${RUNS} runs)`, () => {
    const seen = new Map<string, number>();
    let agreed = 0;
    fc.assert(
      fc.property(cases, ([pair, state, order]) => {
        const account = accountWith(pair, state);
        account.advance(NOW);
        const facts = factsOf(account, pair, order);
        const validation = validateSpotOrder(facts, { lng: 'zh' });
        const answer = place(account, order);
        const label = answer.code === -1013 ? answer.msg.replace('Filter failure: ', '') : String(answer.code);
        seen.set(label, (seen.get(label) ?? 0) + 1);
        if (validation.ok) {
          expect(
            answer.code === 0 || stateful(answer.code, answer.msg, order),
            `exchange: ${answer.code} ${answer.msg}`,
          ).toBe(true);
          agreed += 1;
          return;
        }
        const first = validation.first!;
        expect(answer.code, `validateSpotOrder: ${first.code} ${first.serverMessage}; exchange: ${answer.msg}`).toBe(
          first.code,
        );
        expect(first.serverMessage).toBe(answer.msg);
        const exchange = formatBinanceSpotError({ code: answer.code, msg: answer.msg }, { lng: 'zh', explain: facts });
        expect(first.values).toEqual(exchange.values);
        expect(first.message).toBe(exchange.message);
        expect(first.explanation?.text ?? null).toBe(exchange.explanation?.text ?? null);
        agreed += 1;
      }),
      { numRuns: RUNS },
    );
    expect(agreed).toBe(RUNS);
    // The report's figures: how many cases, how each was answered.
    console.log(`Spot agreement: ${agreed}/${RUNS}`, Object.fromEntries([...seen].sort((a, b) => b[1] - a[1])));
    // The generators reach every answer they are meant to (the property is not vacuous).
    for (const label of [
      '0',
      '-1102',
      '-1106',
      '-1100',
      '-1111',
      '-1115',
      '-1116',
      '-1117',
      '-2010',
      'PRICE_FILTER',
      'PERCENT_PRICE',
      'PERCENT_PRICE_BY_SIDE',
      'LOT_SIZE',
      'MARKET_LOT_SIZE',
      'MIN_NOTIONAL',
      'NOTIONAL',
      'ICEBERG_PARTS',
      'TRAILING_DELTA',
      'MAX_NUM_ORDERS',
      'MAX_NUM_ALGO_ORDERS',
      'MAX_NUM_ICEBERG_ORDERS',
      'MAX_POSITION',
    ]) {
      expect(seen.get(label) ?? 0, `${label} never came up`).toBeGreaterThan(0);
    }
  }, 300_000);
});
