/**
 * The rules' exact arithmetic against a BigInt reference (test-support/reference.ts), on the values
 * Binance serves: decimal strings with trailing zeros (`"0.00100000"`), a step of `"0.00000000"`
 * meaning no step rule, precision as a count of digits. LOT_SIZE and PRICE_FILTER are judged on a
 * Spot entry built as Binance serves one; the fixes they suggest are checked to be valid and nearest;
 * the smallest quantity for a minimum notional and the futures' mark-price band are checked exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { usdmRules } from '../futures/index.js';
import { spotRules } from '../spot/index.js';
import { entry, SPOT_2022, USDM_2021 } from '../test-support/fixtures.js';
import { ONE, passes, places, ref, show, times } from '../test-support/reference.js';
import { isPositiveOf } from './read.js';
import { futuresText, spotText } from '../test-support/texts.js';

/** A decimal string with `scale` places, trailing zeros kept, as Binance writes filter values. */
const decimal = (units: bigint, scale: number) => {
  const digits = units.toString().padStart(scale + 1, '0');
  return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
};

/** A step: 1, 2, 5 or 25 × 10^-k, written with eight places (or none), sometimes 0 (no rule). */
const stepText = fc
  .record({ mantissa: fc.constantFrom(1n, 2n, 5n, 25n), exponent: fc.integer({ min: 0, max: 8 }), off: fc.boolean() })
  .map(({ mantissa, exponent, off }) => (off ? '0.00000000' : decimal(mantissa * 10n ** BigInt(8 - exponent), 8)));

/** A value near multiples of `step` (or of a hundredth when the step is off), on and off the grid. */
const valueNear = (step: string) =>
  fc
    .record({ n: fc.bigInt({ min: 0n, max: 100_000n }), tail: fc.constantFrom('', '', '1', '5', '000', '0000001') })
    .map(({ n, tail }) => {
      const base = show(ref(step === '0.00000000' ? '0.01' : step) * n);
      return tail === '' ? base : `${base}${base.includes('.') ? '' : '.'}${tail}`;
    });

const BTC = entry(SPOT_2022, 'BTCUSDT');

/** BTCUSDT's entry with one LOT_SIZE (and PRICE_FILTER) replaced, the precisions set: Binance's shape. */
function entryWith(lot: Record<string, string>, price: Record<string, string>, base: number, quote: number) {
  const filters = (BTC['filters'] as Record<string, unknown>[]).map((f) =>
    f['filterType'] === 'LOT_SIZE'
      ? { filterType: 'LOT_SIZE', ...lot }
      : f['filterType'] === 'PRICE_FILTER'
        ? { filterType: 'PRICE_FILTER', ...price }
        : f,
  );
  // Only the two rules under test: notional, percent and the rest of the entry stay out of the way.
  return {
    ...BTC,
    baseAssetPrecision: base,
    quoteAssetPrecision: quote,
    filters: filters.filter((f) => f['filterType'] === 'LOT_SIZE' || f['filterType'] === 'PRICE_FILTER'),
  };
}

const lots = fc
  .record({
    step: stepText,
    minSteps: fc.bigInt({ min: 0n, max: 50n }),
    maxSteps: fc.oneof(fc.constant(0n), fc.bigInt({ min: 60n, max: 80_000n })),
    digits: fc.integer({ min: 0, max: 10 }),
  })
  .map((r) => {
    const unit = r.step === '0.00000000' ? '0.01000000' : r.step;
    return {
      step: r.step,
      minQty: decimal((ref(unit) / 10n ** 22n) * r.minSteps, 8),
      maxQty: decimal((ref(unit) / 10n ** 22n) * r.maxSteps, 8),
      digits: r.digits,
    };
  });

describe('LOT_SIZE and precision against the reference', () => {
  it('fails exactly when the document’s rule does, and suggests the nearest valid quantities', () => {
    fc.assert(
      fc.property(
        lots.chain((lot) => fc.tuple(fc.constant(lot), valueNear(lot.step))),
        ([lot, quantity]) => {
          const symbolInfo = entryWith(
            { minQty: lot.minQty, maxQty: lot.maxQty, stepSize: lot.step },
            { minPrice: '0.01000000', maxPrice: '1000000.00000000', tickSize: '0.01000000' },
            lot.digits,
            8,
          );
          const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', price: '1', quantity };
          const codes = spotRules.check({ order, symbolInfo }).map((f) => `${f.code}:${f.variant}`);
          const value = ref(quantity);
          const tooPrecise = places(quantity) > lot.digits;
          const lotFails = !passes(value, ref(lot.minQty), ref(lot.maxQty), ref(lot.step));
          expect(codes.includes('-1111:default'), quantity).toBe(tooPrecise);
          expect(codes.includes('-1013:filterLotSize'), quantity).toBe(!tooPrecise && lotFails);
          const code = tooPrecise ? -1111 : -1013;
          const answer = tooPrecise
            ? { variant: 'default', message: "Parameter 'quantity' has too much precision." }
            : { variant: 'filterLotSize', message: 'Filter failure: LOT_SIZE' };
          if (!tooPrecise && !lotFails) return;
          const explained = spotRules.explain(code, { order, symbolInfo }, 'en', spotText('en'), answer);
          // The reference's fixes: the valid values on either side (for a step or a precision), or the
          // bound that was crossed, on the grid of the step and the digits together.
          const unit = 10n ** BigInt(30 - lot.digits);
          const step = ref(lot.step);
          const grid = step === 0n ? unit : (step * unit) / gcd(step, unit);
          const [min, max] = [ref(lot.minQty), ref(lot.maxQty)];
          const low = min > 0n ? ((min + grid - 1n) / grid) * grid : grid;
          const high = max > 0n ? (max / grid) * grid : null;
          const valid = (v: bigint) => v > 0n && v % grid === 0n && v >= low && (high === null || v <= high);
          let expected: bigint[];
          if (!tooPrecise && min > 0n && value < min) expected = valid(low) ? [low] : [];
          else if (!tooPrecise && max > 0n && value > max) expected = high !== null && valid(high) ? [high] : [];
          else {
            const below = (value / grid) * grid;
            const above = below === value ? below : below + grid;
            expected = [...new Set([below, above])].filter(valid);
            if (expected.length === 0 && value < low && valid(low)) expected = [low];
            if (expected.length === 0 && high !== null && value > high && valid(high)) expected = [high];
          }
          expect(
            (explained?.suggestions ?? []).map((s) => s.value),
            `${quantity} on ${JSON.stringify(lot)}`,
          ).toEqual(expected.map(show));
        },
      ),
    );
  });
});

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

describe('PRICE_FILTER against the reference', () => {
  it('fails exactly when the document’s rule does, a tick of 0 meaning no tick rule', () => {
    const ticks = stepText;
    fc.assert(
      fc.property(
        ticks.chain((tick) => fc.tuple(fc.constant(tick), valueNear(tick), fc.bigInt({ min: 0n, max: 20n }))),
        ([tick, price, minTicks]) => {
          const minPrice = decimal((ref(tick === '0.00000000' ? '0.01' : tick) / 10n ** 22n) * minTicks, 8);
          const symbolInfo = entryWith(
            { minQty: '0.00001000', maxQty: '9000.00000000', stepSize: '0.00001000' },
            { minPrice, maxPrice: '1000000.00000000', tickSize: tick },
            8,
            12,
          );
          const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', price, quantity: '1' };
          const failed = spotRules.check({ order, symbolInfo }).some((f) => f.variant === 'filterPriceFilter');
          const expected = places(price) <= 12 && !passes(ref(price), ref(minPrice), ref('1000000'), ref(tick));
          expect(failed, `${price} on ${tick} from ${minPrice}`).toBe(expected);
        },
      ),
    );
  });
});

describe('the smallest quantity for a minimum notional', () => {
  it('is the least multiple of the step worth the minimum at the price', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('0.00001000', '0.00100000', '0.10000000', '1.00000000'),
        fc.bigInt({ min: 1n, max: 10_000_000n }),
        fc.constantFrom('5.00000000', '10.00000000', '0.00100000', '123.45000000'),
        (step, priceCents, minNotional) => {
          const price = show(priceCents * 10n ** 28n);
          const symbolInfo = {
            ...BTC,
            filters: [
              { filterType: 'LOT_SIZE', minQty: step, maxQty: '90000000.00000000', stepSize: step },
              { filterType: 'MIN_NOTIONAL', minNotional, applyToMarket: true, avgPriceMins: 5 },
            ],
          };
          const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', price, quantity: step };
          const explained = spotRules.explain(-1013, { order, symbolInfo }, 'en', spotText('en'), {
            variant: 'filterMinNotional',
            message: 'Filter failure: MIN_NOTIONAL',
          });
          const worth = times(ref(price), ref(step));
          if (worth >= ref(minNotional)) {
            expect(explained).toBeNull();
            return;
          }
          // The reference: k = ⌈min / (step × price)⌉ steps.
          const k = (ref(minNotional) * ONE + worth * ONE - 1n) / (worth * ONE);
          const smallest = show(ref(step) * k);
          expect(explained?.values['minQuantity'], `${price} × ${step} ≥ ${minNotional}`).toBe(smallest);
          expect(explained?.suggestions).toEqual([{ field: 'quantity', value: smallest, label: `Use ${smallest}` }]);
        },
      ),
    );
  });
});

describe('the futures’ band around the mark price', () => {
  const btc = entry(USDM_2021, 'BTCUSDT');
  it('rejects a limit price above mark × multiplierUp or below mark × multiplierDown, exactly', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 60_000n, max: 400_000_000n }),
        fc.bigInt({ min: 60_000_000_000n, max: 400_000_000_000_000n }),
        (priceCents, markUnits) => {
          const price = show(priceCents * 10n ** 28n);
          const mark = show(markUnits * 10n ** 22n);
          const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', price, quantity: '1' };
          const codes = usdmRules.check({ order, symbolInfo: btc, markPrice: mark }).map((f) => f.code);
          const p = ref(price);
          const expected =
            p < ref('556.72') || p > ref('4529764')
              ? null
              : p > times(ref(mark), ref('1.05'))
                ? -4016
                : p < times(ref(mark), ref('0.95'))
                  ? -4024
                  : null;
          if (expected !== null) expect(codes, `${price} against ${mark}`).toContain(expected);
          else expect(codes.filter((c) => c === -4016 || c === -4024)).toEqual([]);
          if (expected === -4016 && times(ref(mark), ref('1.05')) >= ref('556.72')) {
            const high = usdmRules.explain(
              -4016,
              { order, symbolInfo: btc, markPrice: mark },
              'en',
              futuresText('en'),
            )!;
            // The highest price on the tick at or under the cap.
            const cap = times(ref(mark), ref('1.05'));
            expect(high.values['high']).toBe(show(cap - (cap % ref('0.01'))));
          }
        },
      ),
    );
  });

  it('count an open order as an iceberg exactly when its icebergQty is above 0', () => {
    const digits = fc.stringMatching(/^\d{1,12}$/);
    const text = fc.oneof(
      fc
        .record({ sign: fc.constantFrom('', '', '+', '-'), whole: digits, fraction: fc.option(digits) })
        .map(({ sign, whole, fraction }) => `${sign}${whole}${fraction === null ? '' : `.${fraction}`}`),
      fc.constantFrom('0.00000000', '-0.00000000', '1e5', '.5', '5.', ' 1', '', 'NaN', '0x10', '١'),
    );
    fc.assert(
      fc.property(text, (value) => {
        const valid = /^[+-]?\d+(?:\.\d+)?$/.test(value) && value.length <= 100;
        expect(isPositiveOf({ icebergQty: value }, 'icebergQty'), value).toBe(
          valid && ref(value.replace('+', '')) > 0n,
        );
      }),
    );
    fc.assert(
      fc.property(fc.double(), (value) => {
        expect(isPositiveOf({ icebergQty: value }, 'icebergQty')).toBe(Number.isFinite(value) && value > 0);
      }),
    );
  });
});
