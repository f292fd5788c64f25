/**
 * `errorsOf`: an answer that carries several errors, as its list of errors. Batch orders
 * (`/fapi/v1/batchOrders`, `/dapi/…`, `/eapi/…`, `/papi/…`) answer HTTP 200 with an array mixing
 * orders and `{code, msg}` entries; Spot's cancel-replace (-2021 / -2022) carries each half's answer
 * in `data.cancelResponse` and `data.newOrderResponse` (also inside a WebSocket API `error`). Any
 * other failure is one error; a success, none. The answer may be given as the body, its JSON text,
 * an HTTP client's response (`data`), or what a client threw (`response.data`, `body`, `cause`, the
 * body in ccxt's message). Total: no input makes it throw.
 */
import { resolveAmong } from './across.js';
import type { BinanceCatalogModule, BinanceProduct } from './catalog.js';
import { BINANCE_CLIENT_WORDS, readClient } from './clients/index.js';
import { extractError } from './extract.js';
import { readSafely } from './lookup.js';
import { productOfInput, type ProductHints, type ResolvedAcross } from './product.js';

export interface AnswerError {
  /** The entry's position in a batch answer (from 0); null for a cancel-replace half or a single error. */
  readonly index: number | null;
  /** The half of a cancel-replace that failed; null otherwise. */
  readonly leg: 'cancel' | 'new' | null;
  readonly error: ResolvedAcross;
}

export interface AnswerErrors {
  /** How many parts the answer has: orders in a batch, 2 for a cancel-replace, 1 otherwise. */
  readonly total: number;
  readonly errors: readonly AnswerError[];
}

/** Only Spot cancels and replaces in one request, with this shape. */
const CANCEL_REPLACE_PRODUCT: BinanceProduct = 'spot';
const MAX_DEPTH = 4;
const NEXT = ['data', 'response', 'body', 'error', 'cause'];

type Carrier =
  { readonly kind: 'batch'; readonly entries: readonly unknown[] } | { readonly kind: 'legs'; readonly data: object };

function parsed(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed.charAt(0) !== '[' && trimmed.charAt(0) !== '{') return undefined;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return undefined;
  }
}

/** The batch array or the cancel-replace `data` inside what was given, if any. */
function carrierIn(value: unknown, depth: number, seen: Set<unknown>): Carrier | null {
  if (depth > MAX_DEPTH) return null;
  if (typeof value === 'string') {
    const body = parsed(value);
    return body === undefined ? null : carrierIn(body, depth + 1, seen);
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  try {
    if (Array.isArray(value)) return { kind: 'batch', entries: value };
    const data = readSafely(value, 'data');
    if (typeof data === 'object' && data !== null && ('cancelResponse' in data || 'newOrderResponse' in data))
      return { kind: 'legs', data };
    const facts = readClient(value, BINANCE_CLIENT_WORDS);
    if (facts?.body !== undefined) {
      const found = carrierIn(facts.body, depth + 1, seen);
      if (found) return found;
    }
  } catch {
    return null; // A hostile Proxy: nothing more to read here.
  }
  for (const key of NEXT) {
    const found = carrierIn(readSafely(value, key), depth + 1, seen);
    if (found) return found;
  }
  return null;
}

/** A `{code, msg}` entry: Binance's codes are never 0 (200 is how some gateways say "fine"). */
function isError(entry: unknown): boolean {
  const code = readSafely(entry, 'code');
  return typeof code === 'number' && code !== 0 && code !== 200 && typeof readSafely(entry, 'msg') === 'string';
}

function hintsWith(hints: ProductHints | undefined, product: string | null): ProductHints {
  const given = readSafely(hints, 'product');
  const url = readSafely(hints, 'url');
  return {
    product: typeof given === 'string' ? given : (product ?? undefined),
    url: typeof url === 'string' ? url : undefined,
  };
}

export function errorsOf(
  modules: readonly BinanceCatalogModule[],
  answer: unknown,
  hints?: ProductHints,
): AnswerErrors {
  const carrier = carrierIn(answer, 0, new Set());
  const fromUrl = productOfInput(answer);
  if (carrier?.kind === 'batch') {
    const options = hintsWith(hints, fromUrl);
    const errors: AnswerError[] = [];
    carrier.entries.forEach((entry, index) => {
      if (isError(entry)) errors.push({ index, leg: null, error: resolveAmong(modules, entry, options) });
    });
    return { total: carrier.entries.length, errors };
  }
  if (carrier?.kind === 'legs') {
    const options = hintsWith(hints, fromUrl ?? CANCEL_REPLACE_PRODUCT);
    const errors: AnswerError[] = [];
    const cancel = readSafely(carrier.data, 'cancelResponse');
    const placed = readSafely(carrier.data, 'newOrderResponse');
    if (isError(cancel)) errors.push({ index: null, leg: 'cancel', error: resolveAmong(modules, cancel, options) });
    if (isError(placed)) errors.push({ index: null, leg: 'new', error: resolveAmong(modules, placed, options) });
    return { total: 2, errors };
  }
  const raw = extractError(answer);
  const failed =
    (raw.code !== null && raw.code !== 0) ||
    raw.transport !== null ||
    raw.html ||
    (raw.httpStatus !== null && raw.httpStatus >= 400);
  const single = failed ? [{ index: null, leg: null, error: resolveAmong(modules, answer, hints) }] : [];
  return { total: 1, errors: single };
}
