/**
 * A catalog in parts (a product module's `parts`, `loadCatalogPart`, `loadTextsPart`): which part
 * holds a code. A module of its own: the React kit reads it in an app's first load, without the
 * catalog's lookups.
 */

/**
 * The part of a catalog in `parts` parts that holds `code` (and `-code`: a positive code is read as
 * its negative where only that is documented); null for a code that is not a finite number.
 */
export function codePart(code: number, parts: number): number | null {
  if (!Number.isFinite(code) || !Number.isInteger(parts) || parts < 1) return null;
  return Math.abs(Math.trunc(code)) % parts;
}
