/**
 * Resolving as the components need it: never throws, whatever the caller passes. Props and options
 * come from app code, where a Proxy, a throwing getter, a BigInt or a cycle can hide; a resolved
 * error given as a prop may be partial. Everything here ends in a complete `ResolvedBinanceError`.
 */
import { resolveBinanceError, type ResolvedBinanceError, type ResolveHints } from '@exchange-errors/binance-options';

/** Reads one property; a throwing getter or a revoked Proxy reads as `undefined`. */
export function read(target: unknown, key: PropertyKey): unknown {
  if ((typeof target !== 'object' && typeof target !== 'function') || target === null) return undefined;
  try {
    return (target as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** Hint values as plain strings: only text, numbers, bigints and booleans survive. */
export function plainValues(values: unknown): Record<string, string> | undefined {
  if (typeof values !== 'object' || values === null) return undefined;
  const out: Record<string, string> = {};
  let keys: string[];
  try {
    keys = Object.keys(values);
  } catch {
    return undefined;
  }
  for (const key of keys) {
    const value = read(values, key);
    if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') out[key] = String(value);
  }
  return out;
}

/** A stable text for a values object, for memo keys: no JSON.stringify of caller data (BigInt, cycles). */
export function valuesKey(values: unknown): string {
  const plain = plainValues(values);
  if (!plain) return '';
  return JSON.stringify(Object.keys(plain).sort().map((k) => [k, plain[k]]));
}

export function safeResolve(input: unknown, hints?: ResolveHints): ResolvedBinanceError {
  const safeHints: ResolveHints = { variant: typeof hints?.variant === 'string' ? hints.variant : undefined, values: plainValues(hints?.values) };
  try {
    return resolveBinanceError(input, safeHints);
  } catch {
    // The resolver is total over its input; this is for a resolver that is not (an older version).
    return resolveBinanceError(undefined);
  }
}

/**
 * A resolved error given as a prop, usable: a complete one (the store's always are) as is; a
 * partial or odd one (`{ code: -1121 }`) resolved again from its code, message and values.
 */
export function usableResolved(given: unknown): ResolvedBinanceError {
  const keys = read(given, 'keys');
  const code = read(given, 'code');
  const complete =
    [read(keys, 'title'), read(keys, 'message'), read(keys, 'hint'), read(given, 'severity'), read(given, 'category')].every((v) => typeof v === 'string') &&
    (code === null || typeof code === 'number') &&
    [read(given, 'values'), read(given, 'interpolation')].every((v) => typeof v === 'object' && v !== null);
  if (complete) return given as ResolvedBinanceError;
  const msg = read(given, 'serverMessage');
  const hasCode = typeof code === 'number' && Number.isFinite(code);
  const text = typeof msg === 'string' ? msg : undefined;
  return safeResolve(hasCode ? (text === undefined ? code : { code, msg: text }) : text, { values: read(given, 'values') as ResolveHints['values'] });
}
