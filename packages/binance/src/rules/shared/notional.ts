/**
 * Order value (notional, price × quantity) limits and the quantity that meets them: the smallest
 * quantity on the symbol's grid whose value at `price` reaches a minimum, the largest that stays
 * within a maximum. Exact: `k` whole steps, `k = ⌈min / (step × price)⌉` or `⌊max / (step × price)⌋`.
 */
import { ceilQuotient, floorQuotient, multiplyDecimal, timesStep, type Decimal } from './decimal.js';
import { highestUpTo, lowestFrom, type Grid } from './grid.js';

/** The smallest quantity on `grid` worth at least `min` at `price` (for one unit worth `unit × price`). */
export function smallestQuantityFor(
  min: Decimal,
  price: Decimal,
  grid: Grid,
  unit: Decimal | null = null,
): Decimal | null {
  if (!grid.step || price.units <= 0n) return null;
  const stepValue = multiplyDecimal(multiplyDecimal(grid.step, price), unit ?? { units: 1n, scale: 0 });
  const steps = ceilQuotient(min, stepValue);
  return steps === null ? null : lowestFrom(timesStep(grid.step, steps), grid);
}

/** The largest quantity on `grid` worth at most `max` at `price`. */
export function largestQuantityFor(
  max: Decimal,
  price: Decimal,
  grid: Grid,
  unit: Decimal | null = null,
): Decimal | null {
  if (!grid.step || price.units <= 0n) return null;
  const stepValue = multiplyDecimal(multiplyDecimal(grid.step, price), unit ?? { units: 1n, scale: 0 });
  const steps = floorQuotient(max, stepValue);
  return steps === null || steps <= 0n ? null : highestUpTo(timesStep(grid.step, steps), grid);
}
