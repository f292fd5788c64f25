/**
 * Digs the exchange's body and the HTTP facts out of whatever a caller caught: a `{code, msg}` body
 * (or any shape an adapter names: Bybit's `{retCode, retMsg}`), a JSON string, a bare code, an Error
 * from fetch / axios / ky / got, a fetch Response, or a chain of `cause`s. Never throws: getters that
 * throw and cyclic objects are skipped. What client libraries throw (ccxt, the official SDKs, RTK
 * Query, …) is read by the readers in clients/, with the words of the exchanges given (their adapters').
 */
import { readClient, statusOfPage, type ClientFacts } from './clients/index.js';
import { clientOwners, mergeClientWords, type ClientWords } from './clients/words.js';
import { HTTP_ONLY, type ExchangeAdapter, type RetryHeader } from './exchange.js';
// `\s` and what `String.prototype.trim` removes are the same set of characters.
import { isSpace } from './normalize.js';

export interface ExtractedError {
  code: number | null;
  msg: string | null;
  httpStatus: number | null;
  retryAfterMs: number | null;
  /**
   * How the request failed without an answer: `notSent` (it never left: offline, DNS, refused, CORS),
   * `dropped` (the connection broke after it was sent), `timeout` (no answer in time, or aborted).
   */
  transport: 'notSent' | 'dropped' | 'timeout' | null;
  /** The body was an HTML page (a proxy or CDN error page), not the exchange's JSON. */
  html: boolean;
  /**
   * The exchange whose body shape held the code (its adapter's id), when only one adapter has that
   * shape; else the one a client that threw names (ccxt's id for it, its SDK's class names).
   */
  exchange: string | null;
  /** The body says the request succeeded (Bybit's `retCode: 0`) and nothing else says it failed. */
  success: boolean;
  /** The client library's own message (an exception's text): for the details, never the exchange's words. */
  clientMessage: string | null;
  /** `msg` was cut from a client's message and may be the client's words: it counts only as a catalog text. */
  quoted: boolean;
  /** The client says the request was refused (ccxt's `ExchangeError` classes): whatever else is unknown, it did not go through. */
  refused: boolean;
}

/** What one set of adapters makes the walk look for; built once per set. */
export interface BodyReader {
  readonly shapes: readonly { readonly code: string; readonly message: string; readonly exchange: string | null }[];
  readonly success: ReadonlySet<number>;
  readonly ignored: ReadonlySet<number>;
  readonly retryHeaders: readonly RetryHeader[];
  /** The compact forms the fast path scans for: `{"code":` then `,"msg":"`. */
  readonly compact: readonly { readonly head: string; readonly between: string; readonly exchange: string | null }[];
  /** What the exchanges' client libraries say (ccxt ids, SDK classes): for the readers in clients/. */
  readonly clients: ClientWords;
  /** The exchange each of those words names, where only one exchange given has it. */
  readonly clientOwners: ReadonlyMap<string, string>;
}

/** The walk's state: a generic browser message is only a guess until a more precise cause is read. */
interface Working extends ExtractedError {
  guess: 'notSent' | null;
  weakMsg: string | null;
  sawSuccess: boolean;
  /** The exchange whose body shape said success, when only one adapter has that shape. */
  successExchange: string | null;
  /** The exchange the client that threw names (ccxt's id, the SDK's class). */
  clientExchange: string | null;
  /** The status an HTML page states, for when nothing else gives one. */
  pageStatus: number | null;
}

const MAX_DEPTH = 6;
const INTEGER = /^\s*[+-]?\d{1,15}\s*$/;
/** Error codes of Node, undici, axios and browsers that say the request never reached the server. */
const NOT_SENT_CODES = new Set([
  'ERR_NETWORK',
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_INTERNET_DISCONNECTED',
  'ERR_NAME_NOT_RESOLVED',
  'ERR_CONNECTION_REFUSED',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);
/** The connection broke while the request was in flight: the exchange may have acted on it. */
const DROPPED_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'ERR_CONNECTION_RESET',
  'ERR_HTTP2_STREAM_ERROR',
]);
const TIMEOUT_CODES = new Set([
  'ETIMEDOUT',
  'ECONNABORTED',
  'ESOCKETTIMEDOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ERR_CANCELED',
]);
/**
 * What browsers' fetch and XHR clients say when no answer came: offline, DNS, refused connection or a
 * CORS refusal (a Binance request carries an API-key header, so a refused preflight means it was
 * never sent). Browsers do not tell these apart from a connection dropped after sending.
 */
const NOT_SENT_MESSAGES =
  /^(?:typeerror: )?(?:failed to fetch|fetch failed|load failed|network ?error|networkerror when attempting to fetch resource\.?)$/i;
const DROPPED_MESSAGES = /^(?:socket hang up|other side closed|terminated)$/i;

function read(object: object, key: string): unknown {
  try {
    return (object as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function toCode(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value === 'string' && INTEGER.test(value)) return Number(value);
  return null;
}

function toStatus(value: unknown): number | null {
  const status = toCode(value);
  return status !== null && status >= 100 && status <= 599 ? status : null;
}

/** `Retry-After` is delta-seconds or an HTTP date. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value * 1000) : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** A reset time in epoch milliseconds (Bybit's `X-Bapi-Limit-Reset-Timestamp`), as time left. */
function parseResetTime(value: unknown, now = Date.now()): number | null {
  const ms =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d{10,16}\s*$/.test(value)
        ? Number(value)
        : NaN;
  return Number.isFinite(ms) ? Math.max(0, Math.round(ms - now)) : null;
}

function header(headers: unknown, name: string): unknown {
  if (!headers || typeof headers !== 'object') return undefined;
  const get = read(headers, 'get');
  if (typeof get === 'function') {
    try {
      return get.call(headers, name) ?? undefined;
    } catch {
      return undefined;
    }
  }
  let keys: string[];
  try {
    keys = Object.keys(headers);
  } catch {
    return undefined;
  }
  for (const key of keys) {
    if (key.toLowerCase() === name) return read(headers, key);
  }
  return undefined;
}

/** The header says requests are still left (a number above 0): a reset time sent with it is no wait. */
function requestsLeft(headers: unknown, name: string | undefined): boolean {
  if (name === undefined) return false;
  const left = toCode(header(headers, name));
  return left !== null && left > 0;
}

function retryAfterOf(headers: unknown, reader: BodyReader): number | null {
  if (headers === undefined || headers === null) return null;
  for (const { name, unit, remaining } of reader.retryHeaders) {
    const value = header(headers, name);
    if (value === undefined || value === null || requestsLeft(headers, remaining)) continue;
    const ms = unit === 'epoch-ms' ? parseResetTime(value) : parseRetryAfter(value);
    if (ms !== null) return ms;
  }
  return null;
}

/* -------------------------------------------------------------------------------------------------
 * Readers: what the walk looks for, from the adapters it is given
 * -----------------------------------------------------------------------------------------------*/

const readers = new Map<string, BodyReader>();

function buildReader(adapters: readonly ExchangeAdapter[]): BodyReader {
  const shapes: { code: string; message: string; exchange: string | null }[] = [];
  const success = new Set<number>();
  const ignored = new Set<number>();
  const retryHeaders: RetryHeader[] = [];
  for (const adapter of adapters) {
    for (const shape of adapter.bodies) {
      const same = shapes.find((s) => s.code === shape.code && s.message === shape.message);
      // A shape two exchanges share tells neither apart.
      if (same) same.exchange = same.exchange === adapter.id ? same.exchange : null;
      else shapes.push({ code: shape.code, message: shape.message, exchange: adapter.id || null });
    }
    for (const code of adapter.successCodes ?? []) success.add(code);
    for (const code of adapter.ignoredCodes ?? []) ignored.add(code);
    for (const h of adapter.retryHeaders ?? []) {
      if (retryHeaders.some((r) => r.name === h.name.toLowerCase())) continue;
      const remaining = h.remaining?.toLowerCase();
      retryHeaders.push(
        remaining === undefined
          ? { name: h.name.toLowerCase(), unit: h.unit }
          : { name: h.name.toLowerCase(), unit: h.unit, remaining },
      );
    }
  }
  // A code of 0 is nobody's error: a success where an adapter says so, else a gateway's filler.
  if (!success.has(0)) ignored.add(0);
  const compact = shapes.map((s) => ({ head: `{"${s.code}":`, between: `,"${s.message}":"`, exchange: s.exchange }));
  const words = adapters.flatMap((a) => (a.clients ? [{ id: a.id, words: a.clients }] : []));
  const clients = mergeClientWords(words.map((w) => w.words));
  return { shapes, success, ignored, retryHeaders, compact, clients, clientOwners: clientOwners(words) };
}

/** The reader for a set of adapters (cached: resolving runs on every failed request). */
export function bodyReader(adapters: readonly ExchangeAdapter[]): BodyReader {
  const key = adapters.map((a) => a.id).join('\u0000');
  let reader = readers.get(key);
  if (!reader) {
    reader = buildReader(adapters.length > 0 ? adapters : [HTTP_ONLY]);
    if (readers.size < 64) readers.set(key, reader);
  }
  return reader;
}

/* -------------------------------------------------------------------------------------------------
 * The walk
 * -----------------------------------------------------------------------------------------------*/

function fromString(text: string, out: Working, depth: number, seen: WeakSet<object>, reader: BodyReader): void {
  const trimmed = text.trim();
  if (trimmed === '') return;
  if (INTEGER.test(trimmed)) {
    out.code ??= Number(trimmed);
    return;
  }
  const first = trimmed.charAt(0);
  if (first === '{' || first === '[') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      out.msg ??= trimmed;
      return;
    }
    visit(parsed, out, depth + 1, seen, reader);
    return;
  }
  if (first === '<') {
    out.html = true;
    out.pageStatus ??= statusOfPage(trimmed);
    return;
  }
  out.msg ??= trimmed;
}

/** Field names servers and gateways use for their message, most specific first. */
const MESSAGE_FIELDS = ['message', 'errorMessage', 'error_message', 'error_description'];

function nonEmpty(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}

/** A field other than the shape's own that holds the server's words; `error` last (Spring puts the status phrase there). */
function messageOf(object: object): string | null {
  for (const field of MESSAGE_FIELDS) {
    const text = nonEmpty(read(object, field));
    if (text !== null) return text;
  }
  return nonEmpty(read(object, 'error'));
}

/** The code and message of the first body shape the object has: `{code, msg}`, `{retCode, retMsg}`, … */
function bodyOf(object: object, reader: BodyReader, out: Working): { code: unknown; msg: unknown } {
  let fallback: { code: unknown; msg: unknown } | null = null;
  for (const shape of reader.shapes) {
    const code = read(object, shape.code);
    if (code === undefined) continue;
    const msg = read(object, shape.message);
    const numeric = toCode(code);
    if (numeric !== null && reader.success.has(numeric)) {
      out.sawSuccess = true;
      out.successExchange ??= shape.exchange;
      continue;
    }
    if (numeric !== null && !reader.ignored.has(numeric) && out.code === null && shape.exchange !== null) {
      out.exchange ??= shape.exchange;
    }
    if (typeof msg === 'string' || numeric !== null) return { code, msg };
    fallback ??= { code, msg };
  }
  if (fallback) return fallback;
  // No shape's code here: the message alone (a gateway's `{timestamp, path, msg}`, a wallet's `{msg, success}`).
  for (const shape of reader.shapes) {
    const msg = read(object, shape.message);
    if (typeof msg === 'string') return { code: undefined, msg };
  }
  return { code: read(object, 'code'), msg: undefined };
}

function transportOfCode(code: string, out: Working): void {
  if (DROPPED_CODES.has(code)) out.transport ??= 'dropped';
  else if (TIMEOUT_CODES.has(code)) out.transport ??= 'timeout';
  else if (NOT_SENT_CODES.has(code)) out.transport ??= 'notSent';
}

function transportOfText(text: string, out: Working): void {
  if (text.length >= 200) return;
  // A wrapper's cause is more precise (undici's `fetch failed` wraps ECONNREFUSED or ECONNRESET).
  if (DROPPED_MESSAGES.test(text)) out.transport ??= 'dropped';
  else if (NOT_SENT_MESSAGES.test(text)) out.guess ??= 'notSent';
}

function applyFacts(facts: ClientFacts, out: Working, depth: number, seen: WeakSet<object>, reader: BodyReader): void {
  if (facts.status !== undefined) out.httpStatus ??= toStatus(facts.status);
  if (facts.transport !== undefined) out.transport ??= facts.transport;
  if (facts.errorCode !== undefined) transportOfCode(facts.errorCode, out);
  if (facts.failureText !== undefined) transportOfText(facts.failureText, out);
  if (facts.clientMessage !== undefined) out.clientMessage ??= nonEmpty(facts.clientMessage);
  if (facts.refused === true) out.refused = true;
  if (facts.client !== undefined) out.clientExchange ??= reader.clientOwners.get(facts.client) ?? null;
  if (facts.body !== undefined) visit(facts.body, out, depth + 1, seen, reader);
  if (facts.serverText !== undefined && out.msg === null) {
    out.msg = nonEmpty(facts.serverText);
    out.quoted = facts.quoted === true;
  }
}

function fromObject(object: object, out: Working, depth: number, seen: WeakSet<object>, reader: BodyReader): void {
  if (seen.has(object)) return;
  seen.add(object);
  const facts = readClient(object, reader.clients);
  if (facts) applyFacts(facts, out, depth, seen, reader);

  const { code, msg } = bodyOf(object, reader, out);
  const numericCode = toCode(code);
  // Plain data (a Spring or gateway body) says what went wrong in `message`; an Error's own `message`
  // is the client's words ("Request failed with status code 400"), unless it rethrows the exchange's code.
  const data = !(object instanceof Error);
  const usable = numericCode !== null && !reader.ignored.has(numericCode) && !reader.success.has(numericCode);
  if (usable && out.code === null && (typeof msg === 'string' || numericCode < 0)) {
    // A positive "code" with only a `message` is an HTTP status or a library's own number, not the exchange's.
    out.code = numericCode;
  }
  const direct = nonEmpty(msg);
  if (direct !== null && (numericCode === null || usable)) {
    out.msg ??= direct;
  } else if (numericCode !== null && numericCode < 0) {
    const text = messageOf(object);
    if (text !== null) out.msg ??= text;
  } else if (data && direct === null && facts === null) {
    // Weaker than the exchange's own message found deeper (an axios error turned into plain data has both).
    const text = messageOf(object);
    if (text !== null) out.weakMsg ??= text;
  }
  const transportCode = read(object, 'code');
  if (typeof transportCode === 'string') transportOfCode(transportCode, out);

  const name = read(object, 'name');
  if (name === 'AbortError' || name === 'TimeoutError') out.transport ??= 'timeout';
  if (object instanceof Error) {
    transportOfText(object.message, out);
    out.clientMessage ??= nonEmpty(object.message);
  }

  out.httpStatus ??= toStatus(read(object, 'status')) ?? toStatus(read(object, 'statusCode'));
  out.retryAfterMs ??= retryAfterOf(read(object, 'headers'), reader);

  for (const key of ['response', 'data', 'body', 'responseBody', 'error', 'cause']) {
    const next = read(object, key);
    // A string under `error` is a status phrase or a message, read above as a weak one.
    if (next === undefined || next === null || (key === 'error' && typeof next === 'string')) continue;
    visit(next, out, depth + 1, seen, reader);
  }
}

function visit(input: unknown, out: Working, depth: number, seen: WeakSet<object>, reader: BodyReader): void {
  if (depth > MAX_DEPTH) return;
  switch (typeof input) {
    case 'number':
      if (Number.isSafeInteger(input)) out.code ??= input;
      return;
    case 'bigint':
      if (input >= BigInt(Number.MIN_SAFE_INTEGER) && input <= BigInt(Number.MAX_SAFE_INTEGER))
        out.code ??= Number(input);
      return;
    case 'string':
      fromString(input, out, depth, seen, reader);
      return;
    case 'object':
      if (input === null) return;
      try {
        fromObject(input, out, depth, seen, reader);
      } catch {
        // A hostile Proxy or exotic object: keep whatever was read before it threw.
      }
      return;
    default:
      return;
  }
}

/** The server's message without surrounding white space; `null` when nothing is left. */
function cleanMessage(msg: string): string | null {
  // Trimming only when needed keeps the server's string as is (no copy) in the common case.
  const text =
    msg.length > 0 && !isSpace(msg.charCodeAt(0)) && !isSpace(msg.charCodeAt(msg.length - 1)) ? msg : msg.trim();
  return text === '' ? null : text;
}

function emptyResult(): ExtractedError {
  return {
    code: null,
    msg: null,
    httpStatus: null,
    retryAfterMs: null,
    transport: null,
    html: false,
    exchange: null,
    success: false,
    clientMessage: null,
    quoted: false,
    refused: false,
  };
}

/** The common case, a parsed body in the reader's first shape (`{code, msg}`), read without walking anything else. */
function plainBody(value: unknown, reader: BodyReader): ExtractedError | null {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return null;
  const shape = reader.shapes[0];
  if (!shape) return null;
  const record = value as Record<string, unknown>;
  const code = record[shape.code];
  const msg = record[shape.message];
  if (typeof code !== 'number' || !Number.isSafeInteger(code) || typeof msg !== 'string') return null;
  if (reader.ignored.has(code) || reader.success.has(code)) return null;
  const out = emptyResult();
  out.code = code;
  out.msg = cleanMessage(msg);
  out.exchange = shape.exchange;
  return out;
}

const CODE_TEXT = /^-?(?:0|[1-9]\d{0,14})$/;

/**
 * The message between `start` and the closing quote at `end`, if nothing in it needs JSON.parse.
 * Raw control characters (which JSON forbids, and JSON.stringify always escapes) are let through:
 * such a body is read leniently instead of being rejected, and looking for them costs as much as
 * the rest of the scan.
 */
function plainString(text: string, start: number, end: number): string | null {
  if (start > end || text.indexOf('"', start) !== end) return null;
  const backslash = text.indexOf('\\', start);
  return backslash >= 0 && backslash < end ? null : text.slice(start, end);
}

/** How much white space the scanner steps over at one place; a body padded more is left to JSON.parse. */
const PRETTY_SPACE = 256;

function isJsonSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function skipSpace(text: string, pos: number): number {
  let i = pos;
  const limit = pos + PRETTY_SPACE;
  while (i < limit && isJsonSpace(text.charCodeAt(i))) i++;
  return i;
}

interface Compact {
  readonly head: string;
  readonly between: string;
}

/** The body byte for byte as the exchange's servers write it: compact, code first (`{"code":-1121,"msg":"…"}`). */
function scanExact(text: string, form: Compact): { code: number; msg: string } | null {
  if (!text.startsWith(form.head)) return null;
  const end = text.length - 2;
  if (text.charCodeAt(end) !== 34 /* " */ || text.charCodeAt(end + 1) !== 125 /* } */) return null;
  const comma = text.indexOf(form.between, form.head.length);
  if (comma < 0) return null;
  const codeText = text.slice(form.head.length, comma);
  if (!CODE_TEXT.test(codeText)) return null;
  const msg = plainString(text, comma + form.between.length, end);
  return msg === null ? null : { code: Number(codeText), msg };
}

/** Reads `"name"` after optional white space at `pos`; the position after it, or -1. */
function expectToken(text: string, pos: number, token: string): number {
  const at = skipSpace(text, pos);
  return text.startsWith(token, at) ? at + token.length : -1;
}

/** The same body with white space around its tokens (a proxy or a test server pretty-printed it). */
function scanSpaced(text: string, shape: { code: string; message: string }): { code: number; msg: string } | null {
  let pos = expectToken(text, 0, '{');
  if (pos < 0) return null;
  pos = expectToken(text, pos, `"${shape.code}"`);
  if (pos < 0) return null;
  pos = expectToken(text, pos, ':');
  if (pos < 0) return null;
  pos = skipSpace(text, pos);
  const codeStart = pos;
  if (text.charCodeAt(pos) === 45 /* - */) pos++;
  while (pos < codeStart + 17 && text.charCodeAt(pos) >= 48 && text.charCodeAt(pos) <= 57) pos++;
  const codeText = text.slice(codeStart, pos);
  if (!CODE_TEXT.test(codeText)) return null;
  pos = expectToken(text, pos, ',');
  if (pos < 0) return null;
  pos = expectToken(text, pos, `"${shape.message}"`);
  if (pos < 0) return null;
  pos = expectToken(text, pos, ':');
  if (pos < 0) return null;
  pos = expectToken(text, pos, '"');
  if (pos < 0) return null;
  // A pretty-printer adds a little white space; more than that goes to JSON.parse, which skips it faster.
  const floor = Math.max(0, text.length - 1 - PRETTY_SPACE);
  let close = text.length - 1;
  while (close > floor && isJsonSpace(text.charCodeAt(close))) close--;
  if (text.charCodeAt(close) !== 125 /* } */) return null;
  let end = close - 1;
  while (end > close - 1 - PRETTY_SPACE && end > 0 && isJsonSpace(text.charCodeAt(end))) end--;
  if (text.charCodeAt(end) !== 34 /* " */) return null;
  const msg = plainString(text, pos, end);
  return msg === null ? null : { code: Number(codeText), msg };
}

const BINANCE_FORM = { code: 'code', message: 'msg' };

/**
 * A body in its compact form, `{"code":-1121,"msg":"Invalid symbol."}` (code first, then the message;
 * white space allowed), read with a few searches instead of a full JSON parse. Anything else (other
 * keys, other order, escapes in the message, a non-integer code) returns null and goes to JSON.parse.
 * The shape defaults to Binance's; a reader passes each of its adapters' shapes.
 */
export function scanCompactBody(
  text: string,
  shape: { readonly code: string; readonly message: string } = BINANCE_FORM,
): { code: number; msg: string } | null {
  return scanExact(text, { head: `{"${shape.code}":`, between: `,"${shape.message}":"` }) ?? scanSpaced(text, shape);
}

function working(): Working {
  return {
    ...emptyResult(),
    guess: null,
    weakMsg: null,
    sawSuccess: false,
    successExchange: null,
    clientExchange: null,
    pageStatus: null,
  };
}

function finish(out: Working): ExtractedError {
  // A 2xx status is no failure (Bybit answers errors and successes alike with HTTP 200).
  const status = out.httpStatus ?? out.pageStatus;
  const failed = out.code !== null || (status !== null && status >= 300) || out.html || out.transport !== null;
  // A success body inside an HTTP failure (a 4xx whose body says `retCode: 0`) is still a failure.
  const success = out.sawSuccess && !failed && out.guess === null;
  return {
    code: out.code,
    msg: out.msg ?? out.weakMsg,
    httpStatus: out.httpStatus ?? out.pageStatus,
    retryAfterMs: out.retryAfterMs,
    transport: out.transport ?? out.guess,
    html: out.html,
    // The body's shape names the exchange; else the success body's; else the client that threw.
    exchange: (out.code !== null ? out.exchange : success ? out.successExchange : null) ?? out.clientExchange,
    success,
    clientMessage: out.clientMessage,
    quoted: out.msg !== null && out.quoted,
    refused: out.refused,
  };
}

/** The text without the white space JavaScript trims (JSON's own white space is narrower). */
function trimmed(text: string): string {
  return text.length > 0 && (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)))
    ? text.trim()
    : text;
}

function fromCompact(text: string, reader: BodyReader): ExtractedError | null {
  for (let i = 0; i < reader.shapes.length; i++) {
    const shape = reader.shapes[i];
    const form = reader.compact[i];
    if (!shape || !form) continue;
    const compact = scanExact(text, form) ?? scanSpaced(text, shape);
    if (!compact) continue;
    if (reader.ignored.has(compact.code) || reader.success.has(compact.code)) return null;
    const out = emptyResult();
    out.code = compact.code;
    out.msg = cleanMessage(compact.msg);
    out.exchange = shape.exchange;
    return out;
  }
  return null;
}

/**
 * The code, message and HTTP facts of anything a caller caught, read with the body shapes of
 * `reader` (default: Binance's `{code, msg}` and HTTP's own rules). Total.
 */
export function extractError(input: unknown, reader: BodyReader = bodyReader([])): ExtractedError {
  let value = input;
  if (typeof input === 'string' && input.charCodeAt(skipSpace(input, 0)) === 123 /* { */) {
    const compact = fromCompact(input, reader);
    if (compact) return compact;
    try {
      // Padding a proxy added (NBSP, ideographic space) is not JSON's white space, but not the body either.
      value = JSON.parse(trimmed(input));
    } catch {
      // Not JSON after all (a truncated body): the text is what the server said. Parsed once, not again.
      const out = emptyResult();
      out.msg = cleanMessage(input);
      return out;
    }
  }
  let fast: ExtractedError | null = null;
  try {
    fast = plainBody(value, reader);
  } catch {
    // A revoked Proxy throws even on getPrototypeOf; the careful walk below copes with it.
  }
  if (fast) return fast;
  const out = working();
  visit(value, out, 0, new WeakSet(), reader);
  return finish(out);
}
