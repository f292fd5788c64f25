/**
 * Exact decimal arithmetic on the strings Binance sends (`"0.0001"`, `"12305"`, `"0.01000000"`):
 * a decimal is a bigint count of units of 10^-scale, so a tick size of 0.0001 or 0.00000001 never
 * drifts the way `12306 / 0.0001` does in floating point. Parsing is strict (no exponents, no
 * NaN/Infinity, no white space, bounded length) and total: bad input gives `null`, never a throw.
 */

/** `units × 10^-scale`, e.g. 12.305 is `{ units: 12305n, scale: 3 }`. */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

/**
 * Longest decimal string accepted, sign included. Binance allows 20 digits on each side of the point;
 * the cap keeps a hostile megabyte-long string from costing a quadratic BigInt parse.
 */
export const MAX_DECIMAL_LENGTH = 100;

const DECIMAL_TEXT = /^([+-]?)(\d+)(?:\.(\d+))?$/;

function fromText(text: string): Decimal | null {
  if (text.length === 0 || text.length > MAX_DECIMAL_LENGTH) return null;
  const match = DECIMAL_TEXT.exec(text);
  if (!match) return null;
  const whole = match[2] ?? '0';
  const fraction = match[3] ?? '';
  const magnitude = BigInt(whole + fraction);
  return { units: match[1] === '-' ? -magnitude : magnitude, scale: fraction.length };
}

/** A finite JS number as the shortest decimal that reads back as the same number. */
function fromNumber(value: number): Decimal | null {
  if (!Number.isFinite(value)) return null;
  // `String` may answer in exponent form (1e-7, 1e+21); rebuild the plain digits from it exactly.
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(String(value));
  if (!match) return fromText(String(value));
  const digits = (match[2] ?? '') + (match[3] ?? '');
  const exponent = Number(match[4]) - (match[3]?.length ?? 0);
  if (Math.abs(exponent) > MAX_DECIMAL_LENGTH) return null;
  const magnitude = exponent >= 0 ? BigInt(digits) * 10n ** BigInt(exponent) : BigInt(digits);
  return { units: match[1] === '-' ? -magnitude : magnitude, scale: exponent >= 0 ? 0 : -exponent };
}

/**
 * `"12.50"` → 12.5 (scale 2, as written). Accepts a plain decimal string with an optional sign, or a
 * finite number; anything else (`"1e5"`, `"NaN"`, `" 1"`, `"1,5"`, `".5"`, objects) is `null`.
 */
export function parseDecimal(input: unknown): Decimal | null {
  try {
    if (typeof input === 'string') return fromText(input);
    if (typeof input === 'number') return fromNumber(input);
    if (typeof input === 'bigint') return { units: input, scale: 0 };
  } catch {
    // Only a BigInt over a pathological string could throw; the length cap prevents it.
  }
  return null;
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Both values as units of one common scale. */
function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.units, b.units, a.scale];
  if (a.scale > b.scale) return [a.units, b.units * pow10(a.scale - b.scale), a.scale];
  return [a.units * pow10(b.scale - a.scale), b.units, b.scale];
}

/** The same value with no trailing zeros in the fraction (`12.500` → `12.5`, `-0` → `0`). */
export function normalize(d: Decimal): Decimal {
  let { units, scale } = d;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return units === 0n ? { units: 0n, scale: 0 } : { units, scale };
}

/** Decimal places the value needs: `12.50` → 1, `5` → 0, `0.00000001` → 8. */
export function decimalPlaces(d: Decimal): number {
  return normalize(d).scale;
}

/** Plain digits, never an exponent; the shortest form unless `minScale` asks for more places. */
export function formatDecimal(d: Decimal, minScale = 0): string {
  const n = normalize(d);
  const scale = Math.max(n.scale, Math.max(0, Math.floor(minScale) || 0));
  const units = n.units * pow10(scale - n.scale);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

export function compareDecimal(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(d: Decimal): boolean {
  return d.units === 0n;
}

export function isNegative(d: Decimal): boolean {
  return d.units < 0n;
}

export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
}

export function subtractDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
}

export function minDecimal(a: Decimal, b: Decimal): Decimal {
  return compareDecimal(a, b) <= 0 ? a : b;
}

export function maxDecimal(a: Decimal, b: Decimal): Decimal {
  return compareDecimal(a, b) >= 0 ? a : b;
}

/** `value` limited to `[min, max]`; either bound may be absent. */
export function clampDecimal(value: Decimal, min?: Decimal | null, max?: Decimal | null): Decimal {
  let out = value;
  if (min && compareDecimal(out, min) < 0) out = min;
  if (max && compareDecimal(out, max) > 0) out = max;
  return out;
}

/** Floor division on bigints (JS `/` truncates toward zero). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** `value` is a whole number of `step`s (Binance's `price % tickSize == 0`). `step` must be positive. */
export function isMultipleOf(value: Decimal, step: Decimal): boolean {
  if (step.units <= 0n) return false;
  const [x, s] = align(value, step);
  return x % s === 0n;
}

/** The largest multiple of `step` not above `value`. `null` when `step` is not positive. */
export function floorToStep(value: Decimal, step: Decimal): Decimal | null {
  if (step.units <= 0n) return null;
  const [x, s, scale] = align(value, step);
  return normalize({ units: floorDiv(x, s) * s, scale });
}

/** The smallest multiple of `step` not below `value`. `null` when `step` is not positive. */
export function ceilToStep(value: Decimal, step: Decimal): Decimal | null {
  if (step.units <= 0n) return null;
  const [x, s, scale] = align(value, step);
  return normalize({ units: -floorDiv(-x, s) * s, scale });
}

/** `⌈a / b⌉` as an integer, for b > 0 (e.g. how many orders of at most `b` carry `a`). */
export function ceilQuotient(a: Decimal, b: Decimal): bigint | null {
  if (b.units <= 0n) return null;
  const [x, y] = align(a, b);
  return -floorDiv(-x, y);
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * The smallest positive step that is a multiple of both (their least common multiple): the grid a
 * value must sit on to be a multiple of a tick size *and* have at most `priceScale` decimals.
 */
export function commonStep(a: Decimal, b: Decimal): Decimal | null {
  if (a.units <= 0n || b.units <= 0n) return null;
  const [x, y, scale] = align(a, b);
  return normalize({ units: (x / gcd(x, y)) * y, scale });
}

/** One unit in the last place of `scale` decimals: 2 → 0.01. */
export function unitOfScale(scale: number): Decimal {
  return { units: 1n, scale };
}
