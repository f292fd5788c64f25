/**
 * `errorsOf`: an answer that carries several errors, as its list of errors. Batch orders
 * (`/fapi/v1/batchOrders`, `/dapi/…`, `/eapi/…`, `/papi/…`) answer HTTP 200 with an array mixing
 * orders and `{code, msg}` entries; an exchange whose batch answers keep each item's result in a list
 * beside the items says where (its adapter's `batchResults`: Bybit's `retExtInfo.list`); Spot's cancel-replace (-2021 / -2022) carries each half's answer
 * in `data.cancelResponse` and `data.newOrderResponse` (also inside a WebSocket API `error`). Any
 * other failure is one error; a success, none. The answer may be given as the body, its JSON text,
 * an HTTP client's response (`data`), or what a client threw (`response.data`, `body`, `cause`, the
 * body in ccxt's message). Total: no input makes it throw.
 */
import { readClient } from './clients/index.js';
import type { ExchangeAdapter } from './exchange.js';
import { bodyReader, extractError, type BodyReader } from './extract.js';
import { readFormatOptions } from './format.js';
import { readSafely } from './lookup.js';
import { productList } from './modules.js';
import type { ResolvedError } from './resolve.js';
import { readyProducts, resolveAmong, urlOfInput, urlParts, type ResolveOptions } from './route.js';
import type { Products } from './verbs.js';

export interface AnswerError {
  /** The entry's position in a batch answer (from 0); null for a cancel-replace half or a single error. */
  readonly index: number | null;
  /** The half of a cancel-replace that failed; null otherwise. */
  readonly leg: 'cancel' | 'new' | null;
  readonly error: ResolvedError;
}

export interface AnswerErrors {
  /** How many parts the answer has: orders in a batch, 2 for a cancel-replace, 1 otherwise. */
  readonly total: number;
  readonly errors: readonly AnswerError[];
}

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

interface Legs {
  readonly cancel: string;
  readonly new: string;
  readonly product: string;
}

/** The exchanges whose batch answers keep each item's result in a list of their own (Bybit's `retExtInfo.list`). */
type ResultLists = readonly ExchangeAdapter[];

/**
 * The per-item results of `value`, an answer of one of `lists`' exchanges that went through as a whole
 * (its own code a success, or none), each entry in the exchange's own body shape, so that it reads as
 * an answer of that exchange would.
 */
function resultsIn(value: object, lists: ResultLists): unknown[] | null {
  for (const adapter of lists) {
    const batch = adapter.batchResults;
    const shape = adapter.bodies[0];
    if (!batch || !shape) continue;
    const own = readSafely(value, shape.code);
    if (typeof own === 'number' && !(adapter.successCodes ?? []).includes(own)) continue;
    let node: unknown = value;
    for (const key of batch.path) node = readSafely(node, key);
    if (!Array.isArray(node)) continue;
    return Array.from(node as unknown[], (entry) => ({
      [shape.code]: readSafely(entry, batch.body.code),
      [shape.message]: readSafely(entry, batch.body.message),
    }));
  }
  return null;
}

/** The batch array or the two legs' answers inside what was given, if any. */
function carrierIn(
  value: unknown,
  depth: number,
  seen: Set<unknown>,
  reader: BodyReader,
  legs: Legs | null,
  lists: ResultLists,
): Carrier | null {
  if (depth > MAX_DEPTH) return null;
  if (typeof value === 'string') {
    const body = parsed(value);
    return body === undefined ? null : carrierIn(body, depth + 1, seen, reader, legs, lists);
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  try {
    if (Array.isArray(value)) return { kind: 'batch', entries: value };
    const results = lists.length > 0 ? resultsIn(value, lists) : null;
    if (results) return { kind: 'batch', entries: results };
    const data = readSafely(value, 'data');
    if (legs && typeof data === 'object' && data !== null && (legs.cancel in data || legs.new in data))
      return { kind: 'legs', data };
    const facts = readClient(value, reader.clients);
    if (facts?.body !== undefined) {
      const found = carrierIn(facts.body, depth + 1, seen, reader, legs, lists);
      if (found) return found;
    }
  } catch {
    return null; // A hostile Proxy: nothing more to read here.
  }
  for (const key of NEXT) {
    const found = carrierIn(readSafely(value, key), depth + 1, seen, reader, legs, lists);
    if (found) return found;
  }
  return null;
}

/** An entry that is an error in one of the exchanges' body shapes (200 is how some gateways say "fine"). */
function isError(entry: unknown, reader: BodyReader): boolean {
  for (const shape of reader.shapes) {
    const code = readSafely(entry, shape.code);
    if (typeof code !== 'number' || code === 200 || reader.ignored.has(code) || reader.success.has(code)) continue;
    if (typeof readSafely(entry, shape.message) === 'string') return true;
  }
  return false;
}

/**
 * The errors an answer carries, each read as `resolve` reads one: the entries of a batch answer with
 * their `index`, the failed halves of a cancel-replace with their `leg` (`cancel` or `new`), or the
 * answer itself when it is a plain failure. `total` says how many parts it had (orders in a batch, 2
 * legs, 1). Total: no input makes it throw.
 */
export function errorsOf(products: Products, answer: unknown, options?: ResolveOptions): AnswerErrors {
  const opts = readFormatOptions(options);
  const ready = readyProducts(productList(products));
  const adapters = [...new Set(ready.map((p) => p.adapter))];
  const reader = bodyReader(adapters);
  const legsOf = adapters.find((a) => a.legs !== undefined)?.legs ?? null;
  const lists = adapters.filter((a) => a.batchResults !== undefined);
  const carrier = carrierIn(answer, 0, new Set(), reader, legsOf, lists);
  const url = readSafely(opts.request, 'url') ?? urlOfInput(answer);
  const request = typeof url === 'string' && urlParts(url) !== null ? { ...opts.request, url } : opts.request;
  const read = (entry: unknown, product?: string) =>
    resolveAmong(ready, entry, { ...opts, request, product: opts.product ?? product });
  if (carrier?.kind === 'batch') {
    const errors: AnswerError[] = [];
    carrier.entries.forEach((entry, index) => {
      if (isError(entry, reader)) errors.push({ index, leg: null, error: read(entry) });
    });
    return { total: carrier.entries.length, errors };
  }
  if (carrier?.kind === 'legs' && legsOf) {
    const errors: AnswerError[] = [];
    const cancel = readSafely(carrier.data, legsOf.cancel);
    const placed = readSafely(carrier.data, legsOf.new);
    // Only one product answers in two legs: the request's URL may say so too, the shape does anyway.
    const product = request?.url === undefined ? legsOf.product : undefined;
    if (isError(cancel, reader)) errors.push({ index: null, leg: 'cancel', error: read(cancel, product) });
    if (isError(placed, reader)) errors.push({ index: null, leg: 'new', error: read(placed, product) });
    return { total: 2, errors };
  }
  const raw = extractError(answer, reader);
  const failed =
    (raw.code !== null && raw.code !== 0) ||
    raw.transport !== null ||
    raw.html ||
    (raw.httpStatus !== null && raw.httpStatus >= 400);
  return { total: 1, errors: failed ? [{ index: null, leg: null, error: read(answer) }] : [] };
}
