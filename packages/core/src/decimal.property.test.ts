/**
 * The decimal module against a reference written the plainest way: every value as a bigint count of
 * 10^-40, so arithmetic is integer arithmetic with no scale bookkeeping at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ceilQuotient,
  ceilToStep,
  compareDecimal,
  floorToStep,
  formatDecimal,
  isMultipleOf,
  parseDecimal,
} from './decimal.js';

const RUNS = 5_000;
const REF_SCALE = 40;

/** Reference: a decimal string (as built below) → units of 10^-40. */
function ref(text: string): bigint {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace(/^[+-]/, '').split('.');
  const units =
    BigInt(whole) * 10n ** BigInt(REF_SCALE) + BigInt((fraction + '0'.repeat(REF_SCALE)).slice(0, REF_SCALE) || '0');
  return negative ? -units : units;
}

function refFormat(units: bigint): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(REF_SCALE + 1, '0');
  const whole = digits.slice(0, -REF_SCALE);
  const fraction = digits.slice(-REF_SCALE).replace(/0+$/, '');
  const out = fraction ? `${whole}.${fraction}` : whole;
  return negative && out !== '0' ? `-${out}` : out;
}

const floorDiv = (a: bigint, b: bigint) => (a >= 0n ? a / b : -((-a + b - 1n) / b));

/** Decimal strings with up to 20 digits on each side, as Binance allows, written in varied forms. */
const decimalText = fc
  .tuple(
    fc.constantFrom('', '-', '+'),
    fc.bigInt({ min: 0n, max: 10n ** 20n - 1n }),
    fc.integer({ min: 0, max: 20 }),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([sign, digits, scale, zeros]) => {
    const text = digits.toString().padStart(scale + 1, '0');
    const body = scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
    return `${sign}${body}${scale > 0 ? '0'.repeat(zeros) : ''}`;
  });

/** Steps shaped like real tick sizes: 1, 5, 0.5, 0.0001, 0.00000001, 25 × 10^-k … */
const stepText = fc
  .tuple(fc.constantFrom(1n, 2n, 5n, 25n, 1n, 1n, 3n, 7n), fc.integer({ min: -8, max: 4 }))
  .map(([mantissa, exponent]) => refFormat(mantissa * 10n ** BigInt(REF_SCALE + exponent)));

const parse = (text: string) => {
  const value = parseDecimal(text);
  if (!value) throw new Error(`generator made an unparsable ${text}`);
  return value;
};

describe('decimal arithmetic against a BigInt reference', () => {
  it('parses and writes back every value exactly (no drift, no exponent)', () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        const out = formatDecimal(parse(text));
        expect(out).toBe(refFormat(ref(text)));
        expect(out).not.toMatch(/e/i);
        expect(formatDecimal(parse(out))).toBe(out);
      }),
      { numRuns: RUNS },
    );
  });

  it('compares like the reference', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const expected = ref(a) < ref(b) ? -1 : ref(a) > ref(b) ? 1 : 0;
        expect(compareDecimal(parse(a), parse(b))).toBe(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('finds multiples, floors and ceilings like the reference', () => {
    fc.assert(
      fc.property(decimalText, stepText, (value, step) => {
        const v = ref(value);
        const s = ref(step);
        const floor = floorDiv(v, s) * s;
        const ceil = floor === v ? v : floor + s;
        expect(isMultipleOf(parse(value), parse(step))).toBe(v % s === 0n);
        expect(formatDecimal(floorToStep(parse(value), parse(step))!)).toBe(refFormat(floor));
        expect(formatDecimal(ceilToStep(parse(value), parse(step))!)).toBe(refFormat(ceil));
        expect(ceilQuotient(parse(value), parse(step))).toBe(ceil / s);
      }),
      { numRuns: RUNS },
    );
  });

  it('puts a value on the grid the value itself sits between (floor ≤ value ≤ ceil, one step apart)', () => {
    fc.assert(
      fc.property(decimalText, stepText, (value, step) => {
        const floor = floorToStep(parse(value), parse(step))!;
        const ceil = ceilToStep(parse(value), parse(step))!;
        expect(compareDecimal(floor, parse(value))).toBeLessThanOrEqual(0);
        expect(compareDecimal(ceil, parse(value))).toBeGreaterThanOrEqual(0);
        expect(isMultipleOf(floor, parse(step)) && isMultipleOf(ceil, parse(step))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything(), fc.double(), fc.string({ unit: 'binary' })), (input) => {
        const value = parseDecimal(input);
        if (value !== null) expect(formatDecimal(value)).toMatch(/^-?\d+(\.\d+)?$/);
      }),
      { numRuns: RUNS },
    );
  });
});
