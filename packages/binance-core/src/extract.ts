/**
 * Digs the Binance body and the HTTP facts out of whatever a caller caught: a `{code, msg}` body, a
 * JSON string, a bare code, an Error from fetch / axios / ky / got, a fetch Response, or a chain of
 * `cause`s. Never throws: getters that throw and cyclic objects are skipped. What client libraries
 * throw (ccxt, the official SDKs, RTK Query, …) is read by the readers in clients/.
 */
import { BINANCE_CLIENT_WORDS, readClient, statusOfPage, type ClientFacts } from './clients/index.js';

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
  /** The body was an HTML page (a proxy or CDN error page), not Binance JSON. */
  html: boolean;
  /** The client library's own message (an exception's text): for the details, never the exchange's words. */
  clientMessage: string | null;
  /** `msg` was cut from a client's message and may be the client's words: it counts only as a catalog text. */
  quoted: boolean;
  /** The client says the request was refused (ccxt's `ExchangeError` classes): whatever else is unknown, it did not go through. */
  refused: boolean;
}

/** The walk's state: a generic browser message is only a guess until a more precise cause is read. */
interface Working extends ExtractedError {
  guess: 'notSent' | null;
  weakMsg: string | null;
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
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === name) return read(headers, key);
  }
  return undefined;
}

function fromString(text: string, out: Working, depth: number, seen: WeakSet<object>): void {
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
    visit(parsed, out, depth + 1, seen);
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

/** A field other than `msg` that holds the server's words; `error` last (Spring puts the status phrase there). */
function messageOf(object: object): string | null {
  for (const field of MESSAGE_FIELDS) {
    const text = nonEmpty(read(object, field));
    if (text !== null) return text;
  }
  return nonEmpty(read(object, 'error'));
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

function applyFacts(facts: ClientFacts, out: Working, depth: number, seen: WeakSet<object>): void {
  if (facts.status !== undefined) out.httpStatus ??= toStatus(facts.status);
  if (facts.transport !== undefined) out.transport ??= facts.transport;
  if (facts.errorCode !== undefined) transportOfCode(facts.errorCode, out);
  if (facts.failureText !== undefined) transportOfText(facts.failureText, out);
  if (facts.clientMessage !== undefined) out.clientMessage ??= nonEmpty(facts.clientMessage);
  if (facts.refused === true) out.refused = true;
  if (facts.body !== undefined) visit(facts.body, out, depth + 1, seen);
  if (facts.serverText !== undefined && out.msg === null) {
    out.msg = nonEmpty(facts.serverText);
    out.quoted = facts.quoted === true;
  }
}

function fromObject(object: object, out: Working, depth: number, seen: WeakSet<object>): void {
  if (seen.has(object)) return;
  seen.add(object);
  const facts = readClient(object, BINANCE_CLIENT_WORDS);
  if (facts) applyFacts(facts, out, depth, seen);

  const code = read(object, 'code');
  const msg = read(object, 'msg');
  const numericCode = toCode(code);
  // Plain data (a Spring or gateway body) says what went wrong in `message`; an Error's own `message`
  // is the client's words ("Request failed with status code 400"), unless it rethrows a Binance code.
  const data = !(object instanceof Error);
  // Binance's codes are never 0: `{"code":0,"msg":…}` is how some of its gateways answer a 451.
  if (numericCode !== null && numericCode !== 0 && out.code === null && (typeof msg === 'string' || numericCode < 0)) {
    // A positive "code" with only a `message` is an HTTP status or a library's own number, not Binance's.
    out.code = numericCode;
  }
  const direct = nonEmpty(msg);
  if (direct !== null) {
    out.msg ??= direct;
  } else if (numericCode !== null && numericCode < 0) {
    const text = messageOf(object);
    if (text !== null) out.msg ??= text;
  } else if (data && facts === null) {
    // Weaker than a Binance `msg` found deeper (an axios error turned into plain data has both).
    const text = messageOf(object);
    if (text !== null) out.weakMsg ??= text;
  }
  if (typeof code === 'string') transportOfCode(code, out);

  const name = read(object, 'name');
  if (name === 'AbortError' || name === 'TimeoutError') out.transport ??= 'timeout';
  if (object instanceof Error) {
    transportOfText(object.message, out);
    out.clientMessage ??= nonEmpty(object.message);
  }

  out.httpStatus ??= toStatus(read(object, 'status')) ?? toStatus(read(object, 'statusCode'));
  out.retryAfterMs ??= parseRetryAfter(header(read(object, 'headers'), 'retry-after'));

  for (const key of ['response', 'data', 'body', 'responseBody', 'error', 'cause']) {
    const next = read(object, key);
    // A string under `error` is a status phrase or a message, read above as a weak one.
    if (next === undefined || next === null || (key === 'error' && typeof next === 'string')) continue;
    visit(next, out, depth + 1, seen);
  }
}

function visit(input: unknown, out: Working, depth: number, seen: WeakSet<object>): void {
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
      fromString(input, out, depth, seen);
      return;
    case 'object':
      if (input === null) return;
      try {
        fromObject(input, out, depth, seen);
      } catch {
        // A hostile Proxy or exotic object: keep whatever was read before it threw.
      }
      return;
    default:
      return;
  }
}

/** What `String.prototype.trim` removes, tested on one character code. */
function isTrimmed(c: number): boolean {
  return (
    c <= 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The server's message without surrounding white space; `null` when nothing is left. */
function cleanMessage(msg: string): string | null {
  // Trimming only when needed keeps the server's string as is (no copy) in the common case.
  const text =
    msg.length > 0 && !isTrimmed(msg.charCodeAt(0)) && !isTrimmed(msg.charCodeAt(msg.length - 1)) ? msg : msg.trim();
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
    clientMessage: null,
    quoted: false,
    refused: false,
  };
}

/** The common case, a parsed Binance body `{code, msg}`, read without walking anything else. */
function plainBody(value: unknown): ExtractedError | null {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return null;
  const { code, msg } = value as { code?: unknown; msg?: unknown };
  if (typeof code !== 'number' || !Number.isSafeInteger(code) || code === 0 || typeof msg !== 'string') return null;
  const out = emptyResult();
  out.code = code;
  out.msg = cleanMessage(msg);
  return out;
}

const BODY_HEAD = '{"code":';
const BODY_MSG = ',"msg":"';
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

/** Binance's body byte for byte as its servers write it: compact, code first. */
function scanExact(text: string): { code: number; msg: string } | null {
  if (text.slice(0, BODY_HEAD.length) !== BODY_HEAD) return null;
  const end = text.length - 2;
  if (text.charCodeAt(end) !== 34 /* " */ || text.charCodeAt(end + 1) !== 125 /* } */) return null;
  const comma = text.indexOf(BODY_MSG, BODY_HEAD.length);
  if (comma < 0) return null;
  const codeText = text.slice(BODY_HEAD.length, comma);
  if (!CODE_TEXT.test(codeText)) return null;
  const msg = plainString(text, comma + BODY_MSG.length, end);
  return msg === null ? null : { code: Number(codeText), msg };
}

/** The same body with white space around its tokens (a proxy or a test server pretty-printed it). */
function scanSpaced(text: string): { code: number; msg: string } | null {
  const match = /^\s*\{\s*"code"\s*:\s*(-?(?:0|[1-9]\d{0,14}))\s*,\s*"msg"\s*:\s*"/.exec(text);
  if (!match?.[1]) return null;
  // A pretty-printer adds a little white space; more than that goes to JSON.parse, which skips it faster.
  const floor = Math.max(0, text.length - 1 - PRETTY_SPACE);
  let close = text.length - 1;
  while (close > floor && isJsonSpace(text.charCodeAt(close))) close--;
  if (text.charCodeAt(close) !== 125 /* } */) return null;
  let end = close - 1;
  while (end > close - 1 - PRETTY_SPACE && end > 0 && isJsonSpace(text.charCodeAt(end))) end--;
  if (text.charCodeAt(end) !== 34 /* " */) return null;
  const msg = plainString(text, match[0].length, end);
  return msg === null ? null : { code: Number(match[1]), msg };
}

/**
 * Binance's own body, `{"code":-1121,"msg":"Invalid symbol."}` (code first, then msg; white space
 * allowed), read with a few searches instead of a full JSON parse. Anything else (other keys, other
 * order, escapes in the message, a non-integer code) returns null and goes to JSON.parse.
 */
export function scanCompactBody(text: string): { code: number; msg: string } | null {
  return scanExact(text) ?? scanSpaced(text);
}

function working(): Working {
  return { ...emptyResult(), guess: null, weakMsg: null, pageStatus: null };
}

function finish(out: Working): ExtractedError {
  return {
    code: out.code,
    msg: out.msg ?? out.weakMsg,
    httpStatus: out.httpStatus ?? out.pageStatus,
    retryAfterMs: out.retryAfterMs,
    transport: out.transport ?? out.guess,
    html: out.html,
    clientMessage: out.clientMessage,
    quoted: out.msg !== null && out.quoted,
    refused: out.refused,
  };
}

/** The text without the white space JavaScript trims (JSON's own white space is narrower). */
function trimmed(text: string): string {
  return text.length > 0 && (isTrimmed(text.charCodeAt(0)) || isTrimmed(text.charCodeAt(text.length - 1)))
    ? text.trim()
    : text;
}

export function extractError(input: unknown): ExtractedError {
  let value = input;
  if (typeof input === 'string' && input.charCodeAt(skipSpace(input, 0)) === 123 /* { */) {
    const compact = scanCompactBody(input);
    if (compact && compact.code !== 0) {
      const out = emptyResult();
      out.code = compact.code;
      out.msg = cleanMessage(compact.msg);
      return out;
    }
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
    fast = plainBody(value);
  } catch {
    // A revoked Proxy throws even on getPrototypeOf; the careful walk below copes with it.
  }
  if (fast) return fast;
  const out = working();
  visit(value, out, 0, new WeakSet());
  return finish(out);
}
