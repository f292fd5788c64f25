/**
 * Resolving as the components need it: against the registered products (the caller's product, the
 * request's URL, or the only product registered), and never throwing, whatever the caller passes.
 * Props and options come from app code, where a Proxy, a throwing getter, a BigInt or a cycle can
 * hide; a resolved error given as a prop may be partial. Everything ends in a complete error.
 */
import {
  resolveAcross,
  resolveIn,
  type BinanceCatalog,
  type ResolvedBinanceError,
} from '@exchange-errors/binance-core';
import { loadedCatalogs } from '../catalogs/load.js';
import { plainValues, read } from '../resolved/read.js';

/** How the caller describes an error besides the error itself. */
export interface RecordHints {
  readonly variant?: unknown;
  readonly values?: unknown;
  /** The product it came from, when the caller knows. */
  readonly product?: unknown;
  /** The request's URL or path, when the caller has it. */
  readonly url?: unknown;
}

/** Hints already read from the caller's objects (the store reads them once, where they enter): plain, trusted. */
export interface EngineHints {
  readonly variant?: string | undefined;
  readonly values?: Readonly<Record<string, string>> | undefined;
  readonly product?: string | undefined;
  readonly url?: string | undefined;
}

/** Read with no product's codes: transport and HTTP failures still read right; codes stay generic. */
const NO_PRODUCT: BinanceCatalog = { product: 'options', namespace: '', prefixes: [], codes: [] };

export function resolveRecord(input: unknown, hints?: RecordHints): ResolvedBinanceError {
  const variant = read(hints, 'variant');
  const product = read(hints, 'product');
  const url = read(hints, 'url');
  return resolveTrusted(input, {
    variant: typeof variant === 'string' ? variant : undefined,
    values: plainValues(read(hints, 'values')),
    product: typeof product === 'string' ? product : undefined,
    url: typeof url === 'string' ? url : undefined,
  });
}

/** `resolveRecord` for hints already read (the store's): nothing of them is read again. */
export function resolveTrusted(input: unknown, hints: EngineHints): ResolvedBinanceError {
  try {
    return (
      resolveAcross(loadedCatalogs() ?? [], input, hints) ?? { ...resolveIn(NO_PRODUCT, input, hints), product: null }
    );
  } catch {
    // The engine is total over its input; this is for one that is not (an older version).
    return { ...resolveIn(NO_PRODUCT, undefined), product: null };
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
    [
      read(keys, 'title'),
      read(keys, 'message'),
      read(keys, 'hint'),
      read(given, 'severity'),
      read(given, 'category'),
      read(given, 'namespace'),
    ].every((v) => typeof v === 'string') &&
    (code === null || typeof code === 'number') &&
    [read(given, 'values'), read(given, 'interpolation')].every((v) => typeof v === 'object' && v !== null);
  if (complete) return given as ResolvedBinanceError;
  const msg = read(given, 'serverMessage');
  const hasCode = typeof code === 'number' && Number.isFinite(code);
  const text = typeof msg === 'string' ? msg : undefined;
  return resolveRecord(hasCode ? (text === undefined ? code : { code, msg: text }) : text, {
    values: read(given, 'values'),
    product: read(given, 'product'),
  });
}
