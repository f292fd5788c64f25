/**
 * Whatever a client sends to the Spot and USDⓈ-M order endpoints, the exchange answers as Binance
 * does: an order, or a 4xx with a code the product's document knows (never a 500, never a crash), and
 * the kit reads that code as the product's from the URL. Random parameters, some of them built to
 * hurt (exponents, 25 digits, signs, empty, unicode, a 10,000-character value).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readByKit, testExchange } from './test-support.js';

const RUNS = Number(process.env['HOSTILE_RUNS'] ?? 300);

const nasty = fc.oneof(
  fc.constantFrom(
    '',
    '0',
    '-0',
    '1e3',
    '0.00000000001',
    '9'.repeat(25),
    'NaN',
    'Infinity',
    '０.５',
    '-1',
    'x'.repeat(10_000),
  ),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
);

/** Mostly what a client would send, sometimes absent, sometimes built to hurt. */
function mostly<T>(plausible: fc.Arbitrary<T>): fc.Arbitrary<T | string | undefined> {
  return fc.oneof(
    { arbitrary: plausible, weight: 30 },
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: nasty, weight: 1 },
  );
}

/** Absent most of the time. */
function sometimes<T>(value: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 5 }, { arbitrary: value, weight: 1 });
}

const decimal = (min: number, max: number, places: number) =>
  fc.tuple(fc.double({ min, max, noNaN: true }), fc.integer({ min: 0, max: places })).map(([v, p]) => v.toFixed(p));

const params = fc.record({
  symbol: mostly(fc.constantFrom('BTCUSDT', 'BTCUSDT', 'BTCUSDT', 'BTCUSDT', 'ETHUSDT', 'ETHUSDT', 'BTCUSDX')),
  side: mostly(fc.constantFrom('BUY', 'SELL')),
  type: mostly(fc.constantFrom('LIMIT', 'LIMIT', 'LIMIT', 'MARKET', 'MARKET', 'LIMIT_MAKER')),
  timeInForce: mostly(fc.constantFrom('GTC', 'IOC', 'FOK', 'GTX')),
  price: mostly(
    fc.oneof({ arbitrary: decimal(90_000, 100_000, 3), weight: 4 }, { arbitrary: decimal(1, 200_000, 4), weight: 1 }),
  ),
  quantity: mostly(decimal(0, 0.3, 7)),
  quoteOrderQty: sometimes(mostly(decimal(0, 2000, 3))),
  reduceOnly: sometimes(fc.constantFrom('true', 'false', 'yes')),
  positionSide: sometimes(fc.constantFrom('BOTH', 'BOTH', 'BOTH', 'LONG', 'UP')),
  newClientOrderId: sometimes(fc.oneof(fc.stringMatching(/^[a-z0-9_-]{1,36}$/), fc.string({ maxLength: 40 }))),
  cancelReplaceMode: mostly(fc.constantFrom('STOP_ON_FAILURE', 'ALLOW_FAILURE')),
  cancelOrderId: sometimes(fc.oneof(fc.constant('28000000001'), fc.constant('28000000002'), nasty)),
});

describe.each([
  ['Spot', '/api/v3/order', 'spot'],
  ['Spot cancel-replace', '/api/v3/order/cancelReplace', 'spot'],
  ['USDⓈ-M', '/fapi/v1/order', 'usdm'],
] as const)('%s under random parameters', (_, path, product) => {
  it(`answers an order or a known ${product} error, never a 500 (${RUNS} runs)`, async () => {
    const ex = testExchange();
    const codes = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(params, async (p) => {
        // A new order-rate window each time: -1015 would otherwise answer everything after 50.
        ex.advance(10_000);
        const answer = await ex.signed('POST', path, p as Record<string, string | undefined>);
        expect(answer.status).not.toBe(500);
        const body = JSON.parse(answer.body) as { code?: number };
        if (answer.status === 200) return;
        expect(typeof body.code).toBe('number');
        codes.set(body.code!, (codes.get(body.code!) ?? 0) + 1);
        const kit = readByKit(answer, path);
        expect([kit.product, kit.code, kit.known]).toEqual([product, body.code, true]);
      }),
      { numRuns: RUNS },
    );
    // The generators reach past the first checks.
    expect(codes.size).toBeGreaterThan(6);
    expect(codes.has(-1015)).toBe(false);
  });
});
