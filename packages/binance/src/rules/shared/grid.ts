/**
 * The values a rule lets through, as a grid: multiples of a step (a tick or step size, and the
 * digits a precision allows) between a low and a high bound. Suggestions come from here: the nearest
 * valid values to what the trader typed, the lowest or highest value a bound allows.
 */
import { ceilToStep, commonStep, compareDecimal, floorToStep, unitOfScale, type Decimal } from './decimal.js';

export interface Grid {
  /** Values must be multiples of it; null: any value. */
  readonly step: Decimal | null;
  readonly low: Decimal | null;
  readonly high: Decimal | null;
  /** The bounds admit no value at all (a minimum above the maximum). */
  readonly empty: boolean;
}

/**
 * The grid of a tick or step size (`step`), a digit count (`digits`: values may have at most this
 * many decimals) and bounds. Without a minimum the smallest positive value on the grid is the low
 * end: a price or quantity of 0 helps nobody.
 */
export function gridOf(step: Decimal | null, digits: number | null, min: Decimal | null, max: Decimal | null): Grid {
  const places = digits === null ? null : unitOfScale(digits);
  const unit = step && places ? commonStep(step, places) : (step ?? places);
  const lowBound = min ?? unit;
  const low = lowBound && unit ? ceilToStep(lowBound, unit) : lowBound;
  const high = max && unit ? floorToStep(max, unit) : max;
  const empty = low !== null && high !== null && compareDecimal(low, high) > 0;
  return { step: unit, low, high, empty };
}

export function onGrid(value: Decimal, grid: Grid): boolean {
  if (grid.empty || value.units <= 0n) return false;
  if (grid.low && compareDecimal(value, grid.low) < 0) return false;
  if (grid.high && compareDecimal(value, grid.high) > 0) return false;
  return isOnStep(value, grid.step);
}

function isOnStep(value: Decimal, step: Decimal | null): boolean {
  if (!step) return true;
  const floor = floorToStep(value, step);
  return floor !== null && compareDecimal(floor, value) === 0;
}

/** The valid values on either side of `value`, lower first; the nearest bound when none is near. */
export function neighboursOf(value: Decimal, grid: Grid): Decimal[] {
  if (grid.empty || !grid.step) return [];
  const out: Decimal[] = [];
  for (const candidate of [floorToStep(value, grid.step), ceilToStep(value, grid.step)]) {
    if (candidate && onGrid(candidate, grid) && !out.some((o) => compareDecimal(o, candidate) === 0))
      out.push(candidate);
  }
  if (out.length === 0) {
    if (grid.low && compareDecimal(value, grid.low) < 0) out.push(grid.low);
    else if (grid.high && compareDecimal(value, grid.high) > 0) out.push(grid.high);
  }
  return out;
}

/** The highest valid value not above `bound`, or null when there is none. */
export function highestUpTo(bound: Decimal, grid: Grid): Decimal | null {
  if (grid.empty) return null;
  let value = grid.high && compareDecimal(grid.high, bound) < 0 ? grid.high : bound;
  if (grid.step) value = floorToStep(value, grid.step) ?? value;
  return onGrid(value, grid) ? value : null;
}

/** The lowest valid value not below `bound`, or null when there is none. */
export function lowestFrom(bound: Decimal, grid: Grid): Decimal | null {
  if (grid.empty) return null;
  let value = grid.low && compareDecimal(grid.low, bound) > 0 ? grid.low : bound;
  if (grid.step) value = ceilToStep(value, grid.step) ?? value;
  return onGrid(value, grid) ? value : null;
}
