/**
 * Resolving as the components need it: never throws, whatever the caller passes. Props and options
 * come from app code, where a Proxy, a throwing getter, a BigInt or a cycle can hide; a resolved
 * error given as a prop may be partial. Everything here ends in a complete `ResolvedBinanceError`.
 */
import { resolveBinanceError, type ResolvedBinanceError, type ResolveHints } from '@exchange-errors/binance-options';

const UNKNOWN: ResolvedBinanceError = Object.freeze({
  kind: 'unknown',
  code: null,
  name: null,
  known: false,
  variant: null,
  values: Object.freeze({}),
  serverMessage: null,
  category: 'unknown',
  retryable: false,
  severity: 'error',
  httpStatus: null,
  retryAfterMs: null,
  docsUrl: null,
  candidates: Object.freeze([]),
  keys: Object.freeze({ title: 'fallback.unknown.title', message: 'fallback.unknown.message', hint: 'fallback.unknown.hint' }),
  interpolation: Object.freeze({}),
});

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
    try {
      return resolveBinanceError(undefined);
    } catch {
      return UNKNOWN;
    }
  }
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * A resolved error given as a prop, completed: a partial or odd object (`{ code: -1121 }`) is
 * resolved again from its code and message, and every field it does carry correctly is kept.
 */
export function completeResolved(given: unknown): ResolvedBinanceError {
  if (typeof given !== 'object' || given === null) return safeResolve(given);
  const code = num(read(given, 'code'));
  const msg = str(read(given, 'serverMessage'));
  const base = safeResolve(code === null ? msg ?? undefined : msg === null ? code : { code, msg }, { values: plainValues(read(given, 'values')) });
  const keys = read(given, 'keys');
  const title = str(read(keys, 'title'));
  const message = str(read(keys, 'message'));
  const hint = str(read(keys, 'hint'));
  const docs = read(given, 'docsUrl');
  const docsEn = str(read(docs, 'en'));
  const docsZh = str(read(docs, 'zh'));
  const severity = read(given, 'severity');
  return {
    ...base,
    name: str(read(given, 'name')) ?? base.name,
    known: typeof read(given, 'known') === 'boolean' ? (read(given, 'known') as boolean) : base.known,
    variant: str(read(given, 'variant')) ?? base.variant,
    values: plainValues(read(given, 'values')) ?? base.values,
    severity: severity === 'error' || severity === 'warning' || severity === 'info' ? severity : base.severity,
    category: (str(read(given, 'category')) as ResolvedBinanceError['category'] | null) ?? base.category,
    retryable: typeof read(given, 'retryable') === 'boolean' ? (read(given, 'retryable') as boolean) : base.retryable,
    httpStatus: num(read(given, 'httpStatus')) ?? base.httpStatus,
    retryAfterMs: num(read(given, 'retryAfterMs')) ?? base.retryAfterMs,
    docsUrl: docsEn !== null && docsZh !== null ? { en: docsEn, zh: docsZh } : base.docsUrl,
    keys: title !== null && message !== null && hint !== null ? { title, message, hint } : base.keys,
    interpolation: plainValues(read(given, 'interpolation')) ?? base.interpolation,
  };
}

/** The given resolved error when it is complete (the store's own always are), else completed. */
export function usableResolved(given: unknown): ResolvedBinanceError {
  const keys = read(given, 'keys');
  const values = read(given, 'values');
  const interpolation = read(given, 'interpolation');
  const code = read(given, 'code');
  const complete =
    typeof read(keys, 'title') === 'string' &&
    typeof read(keys, 'message') === 'string' &&
    typeof read(keys, 'hint') === 'string' &&
    typeof read(given, 'severity') === 'string' &&
    typeof read(given, 'category') === 'string' &&
    (code === null || typeof code === 'number') &&
    typeof values === 'object' && values !== null &&
    typeof interpolation === 'object' && interpolation !== null;
  return complete ? (given as ResolvedBinanceError) : completeResolved(given);
}
