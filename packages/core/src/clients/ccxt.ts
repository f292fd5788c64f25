/**
 * ccxt's exceptions. Every message starts with the exchange's id (from the exchange's words), then one
 * of: `<METHOD> <url> <status> <reason> <body>` (a status it maps: HTML pages, 5xx),
 * `<METHOD> <url> <its own words>` (no answer: `fetch failed: connect ECONNREFUSED …`, `request timed
 * out (10000 ms)`), `<status> <reason> <body>` (418, 429), `<body>` (a code it maps), `<its own words>
 * <body>`, or the exchange's message alone (a text it maps by its words: no code, no status).
 */
import type { ClientFacts } from './facts.js';
import { bodyStart, statusLine } from './status-line.js';
import type { ClientWords } from './words.js';

/**
 * JavaScript's own error names: an error so named is not ccxt's (its classes, `ExchangeError`,
 * `NetworkError`, … name themselves), whatever its message starts with.
 */
const BUILT_IN = /^(?:Error|TypeError|RangeError|ReferenceError|SyntaxError|EvalError|URIError|AggregateError)$/;

/** Raised by ccxt before any request is made. */
const BEFORE_SENDING = new Set(['ArgumentsRequired', 'NotSupported', 'InvalidProxySettings', 'ExchangeClosedByUser']);
/**
 * ccxt's classes for failures whose result may be unknown (its `OperationFailed` branch: no answer, a
 * 5xx, a rate limit). Every other class of its hierarchy (`ExchangeError`'s branch) means the order
 * was refused, by the exchange or by ccxt's own checks: it did not go through.
 */
const MAY_HAVE_GONE_THROUGH =
  /^(?:OperationFailed|NetworkError|DDoSProtection|RateLimitExceeded|ExchangeNotAvailable|OnMaintenance|InvalidNonce|ChecksumError|RequestTimeout|BadResponse|NullResponse|CancelPending)$/;

const REQUEST = /^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) (\S+) /;
const NODE_CODE = /\b(E[A-Z]{3,}|UND_ERR_[A-Z_]+|ERR_[A-Z_]+)\b/;
const CODE_SEARCH = 512;

/** The exchange's id a message starts with, and the message without it. */
function afterId(message: string, ids: readonly string[]): { id: string; rest: string } | null {
  // The words list longer ids first (`binanceusdm` before `binance`).
  for (const id of ids) if (message.startsWith(`${id} `)) return { id, rest: message.slice(id.length + 1) };
  return null;
}

/** The body that ends a message: JSON or an HTML page. */
function bodyAt(text: string, start: number): unknown {
  const body = text.slice(start).trim();
  if (body.charAt(0) === '<') return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

function afterRequest(tail: string, name: string, message: string): ClientFacts {
  const line = statusLine(tail);
  if (line)
    return { status: line.status, body: line.body === '' ? undefined : bodyAt(line.body, 0), clientMessage: message };
  // No answer: ccxt's own words about the connection (the code is near their start; a bounded search).
  const code = NODE_CODE.exec(tail.slice(0, CODE_SEARCH))?.[1];
  return {
    transport: name === 'RequestTimeout' ? 'timeout' : undefined,
    errorCode: code,
    failureText: tail,
    clientMessage: message,
  };
}

export function readCcxt(name: string, message: string, words: ClientWords): ClientFacts | null {
  if (BUILT_IN.test(name)) return null;
  const named = afterId(message, words.ccxtIds);
  if (named === null) return null;
  const facts = readCcxtMessage(name, named.rest, message);
  return { ...facts, client: named.id };
}

function readCcxtMessage(name: string, rest: string, message: string): ClientFacts {
  if (BEFORE_SENDING.has(name)) return { transport: 'notSent', clientMessage: message };
  const request = REQUEST.exec(rest);
  if (request) return afterRequest(rest.slice(request[0].length), name, message);
  const line = statusLine(rest);
  if (line)
    return { status: line.status, body: line.body === '' ? undefined : bodyAt(line.body, 0), clientMessage: message };
  const start = bodyStart(rest);
  if (start >= 0) {
    const body = bodyAt(rest, start);
    if (body !== undefined) return { body, clientMessage: message };
  }
  // The exchange's message alone, or ccxt's own words: the catalogs decide.
  return { serverText: rest, quoted: true, refused: !MAY_HAVE_GONE_THROUGH.test(name), clientMessage: message };
}
