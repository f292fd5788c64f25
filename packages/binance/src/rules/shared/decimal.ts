/**
 * The engine's exact decimals (bigint units of 10^-scale, see @exchange-errors/core), by name,
 * plus the two operations the filters need beyond them: a product (price × quantity, average price ×
 * multiplier) and the multiples of a step that a bound allows.
 */
import { decimal } from '@exchange-errors/core/internal';

export type Decimal = decimal.Decimal;
export const {
  addDecimal,
  ceilQuotient,
  ceilToStep,
  commonStep,
  compareDecimal,
  decimalPlaces,
  floorToStep,
  formatDecimal,
  isMultipleOf,
  isNegative,
  isZero,
  MAX_DECIMAL_LENGTH,
  normalize,
  parseDecimal,
  subtractDecimal,
  unitOfScale,
} = decimal;

/** `a × b`, exactly. */
export function multiplyDecimal(a: Decimal, b: Decimal): Decimal {
  return normalize({ units: a.units * b.units, scale: a.scale + b.scale });
}

/** `⌊a / b⌋` as an integer, for b > 0. */
export function floorQuotient(a: Decimal, b: Decimal): bigint | null {
  if (b.units <= 0n) return null;
  const x = a.units * 10n ** BigInt(Math.max(0, b.scale - a.scale));
  const y = b.units * 10n ** BigInt(Math.max(0, a.scale - b.scale));
  const q = x / y;
  return x % y !== 0n && x < 0n !== y < 0n ? q - 1n : q;
}

/** `n` whole steps: `step × n`. */
export function timesStep(step: Decimal, n: bigint): Decimal {
  return normalize({ units: step.units * n, scale: step.scale });
}

/** The smaller of two bounds where either may be absent. */
export function lowerOf(a: Decimal | null, b: Decimal | null): Decimal | null {
  if (!a) return b;
  if (!b) return a;
  return compareDecimal(a, b) <= 0 ? a : b;
}

/** The larger of two bounds where either may be absent. */
export function higherOf(a: Decimal | null, b: Decimal | null): Decimal | null {
  if (!a) return b;
  if (!b) return a;
  return compareDecimal(a, b) >= 0 ? a : b;
}

/** `a / b` on `places` decimals, rounded up (`up`) or down; null when b is not positive. */
export function divideDecimal(a: Decimal, b: Decimal, places: number, up: boolean): Decimal | null {
  if (b.units <= 0n) return null;
  // a / b = (a.units × 10^(b.scale + places - a.scale)) / b.units, on `places` decimals.
  const shift = b.scale + places - a.scale;
  const numerator = shift >= 0 ? a.units * 10n ** BigInt(shift) : a.units;
  const denominator = shift >= 0 ? b.units : b.units * 10n ** BigInt(-shift);
  const q = numerator / denominator;
  const exact = numerator % denominator === 0n;
  const floor = !exact && numerator < 0n ? q - 1n : q;
  return normalize({ units: up && !exact ? floor + 1n : floor, scale: places });
}
