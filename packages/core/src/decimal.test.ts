/** Exact decimal arithmetic: the tick sizes Binance uses, and input built to break it. */
import { describe, expect, it } from 'vitest';
import {
  ceilQuotient,
  ceilToStep,
  clampDecimal,
  commonStep,
  compareDecimal,
  decimalPlaces,
  floorToStep,
  formatDecimal,
  isMultipleOf,
  MAX_DECIMAL_LENGTH,
  parseDecimal,
  type Decimal,
} from './decimal.js';

const d = (text: string): Decimal => {
  const parsed = parseDecimal(text);
  if (!parsed) throw new Error(`test value ${text} does not parse`);
  return parsed;
};
const f = (value: Decimal | null) => (value === null ? null : formatDecimal(value));

describe('parseDecimal', () => {
  it.each([
    ['12305', 12305n, 0],
    ['0.0001', 1n, 4],
    ['0.01000000', 1000000n, 8],
    ['-5', -5n, 0],
    ['+5.50', 550n, 2],
    ['00012.5', 125n, 1],
  ])('reads %s exactly', (text, units, scale) => {
    expect(parseDecimal(text)).toEqual({ units, scale });
  });

  it.each([
    'NaN',
    'Infinity',
    '-Infinity',
    '1e5',
    '1E-8',
    '0x10',
    '1_000',
    '1,5',
    '12,305',
    ' 1',
    '1 ',
    '',
    '.',
    '.5',
    '5.',
    '--1',
    '+-1',
    '1.2.3',
    '١٢٣',
    '12305\u0000',
    '½',
  ])('refuses %j', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });

  it('refuses anything that is not a string or a finite number, without throwing', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );
    for (const value of [
      undefined,
      null,
      {},
      [],
      true,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      hostile,
      Symbol('x'),
      () => 1,
    ]) {
      expect(parseDecimal(value)).toBeNull();
    }
  });

  it('reads finite numbers as their shortest decimal, exponent forms included', () => {
    expect(f(parseDecimal(0.1))).toBe('0.1');
    expect(f(parseDecimal(1e-8))).toBe('0.00000001');
    expect(f(parseDecimal(1.5e-7))).toBe('0.00000015');
    expect(f(parseDecimal(1e21))).toBe('1000000000000000000000');
    expect(f(parseDecimal(-0))).toBe('0');
  });

  it(`refuses strings longer than ${MAX_DECIMAL_LENGTH} characters in constant time, however long`, () => {
    expect(parseDecimal('9'.repeat(MAX_DECIMAL_LENGTH))).not.toBeNull();
    expect(parseDecimal('9'.repeat(MAX_DECIMAL_LENGTH + 1))).toBeNull();
    const huge = '1'.repeat(10_000_000);
    const started = performance.now();
    expect(parseDecimal(huge)).toBeNull();
    expect(parseDecimal(`0.${'0'.repeat(5_000_000)}1`)).toBeNull();
    // Generous: the point is that the length is checked before any regular expression or BigInt work.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('formatDecimal', () => {
  it.each([
    ['12305', '12305'],
    ['12305.000', '12305'],
    ['0.00000001', '0.00000001'],
    ['-0.0', '0'],
    ['-0.50', '-0.5'],
    ['100000000000000000000.00000000000000000001', '100000000000000000000.00000000000000000001'],
  ])('writes %s as %s, never in exponent form', (text, out) => {
    expect(formatDecimal(d(text))).toBe(out);
  });

  it('pads to a minimum number of places on request', () => {
    expect(formatDecimal(d('5'), 2)).toBe('5.00');
    expect(formatDecimal(d('0.125'), 2)).toBe('0.125');
  });
});

describe('tick and step arithmetic', () => {
  it.each([
    // value, step, multiple?, floor, ceil
    ['12306', '5', false, '12305', '12310'],
    ['12305', '5', true, '12305', '12305'],
    ['12.34', '0.5', false, '12', '12.5'],
    ['0.30000001', '0.0001', false, '0.3', '0.3001'],
    ['0.3', '0.1', true, '0.3', '0.3'],
    ['1.00000001', '0.00000001', true, '1.00000001', '1.00000001'],
    ['1.000000015', '0.00000001', false, '1.00000001', '1.00000002'],
    ['-7', '5', false, '-10', '-5'],
    ['0', '0.01', true, '0', '0'],
    [
      '99999999999999999999.99999999999999999999',
      '0.00000001',
      false,
      '99999999999999999999.99999999',
      '100000000000000000000',
    ],
  ])('%s on a step of %s', (value, step, multiple, floor, ceil) => {
    expect(isMultipleOf(d(value), d(step))).toBe(multiple);
    expect(f(floorToStep(d(value), d(step)))).toBe(floor);
    expect(f(ceilToStep(d(value), d(step)))).toBe(ceil);
  });

  it('does what floating point gets wrong', () => {
    // 0.3 / 0.1 is 2.9999999999999996 in doubles; 12306 % 0.0001 is not 0 either.
    expect(isMultipleOf(d('0.3'), d('0.1'))).toBe(true);
    expect(isMultipleOf(d('12306'), d('0.0001'))).toBe(true);
    expect(isMultipleOf(d('4.35'), d('0.05'))).toBe(true);
    expect(f(floorToStep(d('1.015'), d('0.01')))).toBe('1.01');
  });

  it('refuses a step that is zero or negative', () => {
    expect(isMultipleOf(d('1'), d('0'))).toBe(false);
    expect(floorToStep(d('1'), d('0'))).toBeNull();
    expect(ceilToStep(d('1'), d('-1'))).toBeNull();
    expect(ceilQuotient(d('1'), d('0'))).toBeNull();
    expect(commonStep(d('0'), d('1'))).toBeNull();
  });

  it('compares, clamps, counts places and divides', () => {
    expect(compareDecimal(d('0.10'), d('0.1'))).toBe(0);
    expect(compareDecimal(d('-1'), d('0.0000001'))).toBe(-1);
    expect(f(clampDecimal(d('250000'), d('5'), d('200000')))).toBe('200000');
    expect(f(clampDecimal(d('1'), d('5'), null))).toBe('5');
    expect(f(clampDecimal(d('7'), null, undefined))).toBe('7');
    expect(decimalPlaces(d('12.3400'))).toBe(2);
    expect(ceilQuotient(d('150'), d('100'))).toBe(2n);
    expect(ceilQuotient(d('200'), d('100'))).toBe(2n);
    expect(ceilQuotient(d('0.25'), d('0.1'))).toBe(3n);
  });

  it('finds the grid of a tick size and a number of decimals', () => {
    expect(f(commonStep(d('5'), d('1')))).toBe('5');
    expect(f(commonStep(d('0.025'), d('0.01')))).toBe('0.05');
    expect(f(commonStep(d('0.0001'), d('0.01')))).toBe('0.01');
  });
});
