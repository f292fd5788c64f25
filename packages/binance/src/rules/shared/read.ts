/**
 * Total readers for what an app passes: an exchangeInfo entry as Binance serves it (decimal strings
 * with trailing zeros, integers as JSON numbers, or as digit strings where a client library
 * stringified them), an order as sent, and the extras. Only own properties are read; a throwing
 * getter, a Proxy or a value of the wrong type reads as "not given", never as a throw, and every loop
 * over a caller's array is capped.
 */
import { readOwn } from '@exchange-errors/core/internal';
import { formatDecimal, MAX_DECIMAL_LENGTH, parseDecimal, type Decimal } from './decimal.js';

/** An own property, or undefined (absent, inherited, or a getter that throws). */
export const own: (source: unknown, key: string) => unknown = readOwn;

export function textOf(source: unknown, key: string): string | undefined {
  const value = own(source, key);
  return typeof value === 'string' ? value : undefined;
}

/** A decimal as Binance serves numbers (`"0.01000000"` or a JSON number); null when absent or malformed. */
export function decimalOf(source: unknown, key: string): Decimal | null {
  return parseDecimal(own(source, key));
}

/** A positive filter value; null when absent, malformed, negative or 0 (Binance: 0 turns the rule off). */
export function limitOf(source: unknown, key: string): Decimal | null {
  const value = decimalOf(source, key);
  return value && value.units > 0n ? value : null;
}

/**
 * Whether the property is a decimal above 0, as `limitOf` reads it, without building the number: a
 * list of open orders carries `"0.00000000"` on almost every item, and this runs on each.
 */
export function isPositiveOf(source: unknown, key: string): boolean {
  const raw = own(source, key);
  if (typeof raw === 'number') return Number.isFinite(raw) && raw > 0;
  if (typeof raw !== 'string' || raw.length > MAX_DECIMAL_LENGTH) return limitOf(source, key) !== null;
  return POSITIVE_TEXT.test(raw) && /[1-9]/.test(raw);
}

const POSITIVE_TEXT = /^\+?\d+(?:\.\d+)?$/;

/** A whole number ≥ 0 (a count, a digit count, basis points) as a JSON number or a digit string. */
export function wholeOf(source: unknown, key: string): number | null {
  const raw = own(source, key);
  const value =
    typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/** `true`, `false`, or null when it is neither (a JSON boolean, or the strings Binance's forms carry). */
export function flagOf(source: unknown, key: string): boolean | null {
  const raw = own(source, key);
  if (raw === true || raw === 'true') return true;
  if (raw === false || raw === 'false') return false;
  return null;
}

/** The first `cap` items of an array property; a Proxy posing as an array, or anything else, gives none. */
export function itemsOf(source: unknown, key: string, cap: number): unknown[] {
  return itemsOfArray(own(source, key), cap);
}

export function itemsOfArray(value: unknown, cap: number): unknown[] {
  const out: unknown[] = [];
  try {
    if (!Array.isArray(value)) return out;
    const length = Math.min(value.length, cap);
    for (let i = 0; i < length; i += 1) out.push(value[i]);
  } catch {
    return [];
  }
  return out;
}

/** A number as the order sends it: the text on the wire and its exact value (null when it is not a decimal). */
export interface SentNumber {
  readonly text: string;
  readonly value: Decimal | null;
}

/**
 * A number parameter of an order: undefined when not sent (Binance reads '' as not sent). A JS number
 * goes on the wire as its plain shortest decimal, which is what an app should send.
 */
export function sentNumberOf(order: unknown, key: string): SentNumber | undefined {
  const raw = own(order, key);
  if (typeof raw === 'number') {
    const value = parseDecimal(raw);
    return value ? { text: formatDecimal(value), value } : { text: String(raw), value: null };
  }
  if (typeof raw !== 'string' || raw === '') return undefined;
  return { text: raw, value: parseDecimal(raw) };
}

/** A text parameter of an order; undefined when not sent or empty. */
export function sentTextOf(order: unknown, key: string): string | undefined {
  const raw = own(order, key);
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return typeof raw === 'string' && raw !== '' ? raw : undefined;
}

/** A boolean parameter as sent: a boolean, a string (checked by the rules), or undefined. */
export function sentFlagOf(order: unknown, key: string): boolean | string | undefined {
  const raw = own(order, key);
  if (typeof raw === 'boolean') return raw;
  return typeof raw === 'string' && raw !== '' ? raw : undefined;
}

/**
 * A price an app passes as an extra: a decimal, or Binance's answer that holds it (`{ price }` from
 * `GET /api/v3/avgPrice`, `{ markPrice }` from `GET /fapi/v1/premiumIndex`, …).
 */
export function priceExtraOf(value: unknown, keys: readonly string[]): Decimal | null {
  const direct = parseDecimal(value);
  if (direct) return direct.units > 0n ? direct : null;
  for (const key of keys) {
    const found = limitOf(value, key);
    if (found) return found;
  }
  return null;
}

/** A symbol or asset name as Binance writes them (`BTCUSDT`, `BTCUSD_PERP`); anything else is not one. */
export function nameOf(source: unknown, key: string): string | null {
  const value = own(source, key);
  return typeof value === 'string' && /^[A-Za-z0-9_.-]{1,40}$/.test(value) ? value : null;
}
