/**
 * What ErrorDetails shows and copies about a request, with its secrets taken out. A signed Binance
 * request carries its `signature` and `timestamp` in the query string or body and the API key in the
 * `X-MBX-APIKEY` header; a user-data stream carries a `listenKey`. Support needs the request, never
 * those. Tolerant of anything: a Proxy, a throwing getter, a cycle or an odd type only loses the part
 * it hides, and nothing here throws.
 */
import { read } from '../resolved/read.js';

export const REDACTED = '[redacted]';

/**
 * `signature`, `apiKey`, `X-MBX-APIKEY`, `listenKey`, `secret`, `token`, `password`, `passphrase`,
 * `Authorization`, `Cookie`: any name holding key, secret, signature, token, passw(ord), passphrase,
 * auth or cookie, in any case; and `sign` as a word of its own (Bybit's `X-BAPI-SIGN`, `sign` in a
 * query), not inside another word (`design`, `signal`).
 */
const SECRET_NAME = /key|secret|signature|(?:^|[^a-z])sign(?:$|[^a-z])|token|passw|passphrase|auth|cookie/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** A request as ErrorDetails shows it and Copy puts it on the clipboard: only text, no secrets. */
export interface RedactedRequest {
  readonly method: string | null;
  /** The URL (or path) with the values of secret query parameters replaced. */
  readonly url: string | null;
  readonly query?: Readonly<Record<string, unknown>>;
  /** In the shape given: text stays text (urlencoded or JSON), an object stays an object. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

const MAX_DEPTH = 8;
const MAX_ENTRIES = 500;
const MAX_TEXT = 100_000;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** `a=1&signature=abc` → `a=1&signature=[redacted]`; other parameters keep their exact text. */
export function redactQueryString(query: string): string {
  return query
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      if (eq < 0) return part;
      const name = part.slice(0, eq);
      return isSecretName(safeDecode(name)) ? `${name}=${REDACTED}` : part;
    })
    .join('&');
}

/** The path or URL with secret query values and any `user:password@` taken out. */
export function redactPath(path: string): string {
  const text = path.length > MAX_TEXT ? path.slice(0, MAX_TEXT) : path;
  const withoutUser = text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, `$1${REDACTED}@`);
  const q = withoutUser.indexOf('?');
  if (q < 0) return withoutUser;
  const base = withoutUser.slice(0, q);
  const rest = withoutUser.slice(q + 1);
  const hash = rest.indexOf('#');
  const query = hash < 0 ? rest : rest.slice(0, hash);
  const fragment = hash < 0 ? '' : rest.slice(hash);
  return `${base}?${redactQueryString(query)}${fragment}`;
}

function entriesOf(value: unknown): [string, unknown][] | null {
  if (typeof value !== 'object' || value === null) return null;
  try {
    // Headers, URLSearchParams, Map, FormData: anything with entries() of pairs.
    if (!Array.isArray(value) && typeof read(value, 'entries') === 'function' && !(value.constructor === Object)) {
      const out: [string, unknown][] = [];
      for (const pair of (value as { entries(): Iterable<unknown> }).entries()) {
        if (out.length >= MAX_ENTRIES) break;
        if (Array.isArray(pair) && pair.length >= 2) out.push([String(pair[0]), pair[1]]);
      }
      return out;
    }
    if (Array.isArray(value)) {
      // `[name, value]` pairs, as `fetch` accepts for headers.
      if (!value.every((pair) => Array.isArray(pair) && pair.length === 2)) return null;
      return value.slice(0, MAX_ENTRIES).map((pair: unknown[]) => [String(pair[0]), pair[1]]);
    }
    return Object.keys(value)
      .slice(0, MAX_ENTRIES)
      .map((key) => [key, read(value, key)]);
  } catch {
    return null;
  }
}

/** A JSON-safe copy with secret fields redacted at every depth; cycles and odd values drop out. */
function redactValue(value: unknown, depth: number, seen: Set<object>): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object') return undefined;
  if (seen.has(value)) return '[cycle]';
  if (depth >= MAX_DEPTH) return '[…]';
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      return value.slice(0, MAX_ENTRIES).map((item) => redactValue(item, depth + 1, seen) ?? null);
    }
    const entries = entriesOf(value);
    if (!entries) return undefined;
    const out: Record<string, unknown> = {};
    for (const [key, item] of entries) {
      const redacted = isSecretName(key) ? REDACTED : redactValue(item, depth + 1, seen);
      if (redacted !== undefined) out[key] = redacted;
    }
    return out;
  } catch {
    return undefined;
  } finally {
    seen.delete(value);
  }
}

function redactText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.stringify(redactValue(JSON.parse(trimmed) as unknown, 0, new Set()));
    } catch {
      // Not JSON after all: treated as urlencoded below.
    }
  }
  return redactQueryString(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
}

function redactBody(body: unknown): unknown {
  if (typeof body === 'string') return redactText(body);
  if (
    body instanceof URLSearchParams ||
    (typeof URLSearchParams === 'function' && read(body, Symbol.toStringTag) === 'URLSearchParams')
  ) {
    try {
      return redactQueryString(String(body));
    } catch {
      return undefined;
    }
  }
  return redactValue(body, 0, new Set());
}

function redactQuery(query: unknown): Readonly<Record<string, unknown>> | undefined {
  if (typeof query === 'string') {
    const out: Record<string, unknown> = {};
    for (const part of query.replace(/^\?/, '').split('&').slice(0, MAX_ENTRIES)) {
      if (part === '') continue;
      const eq = part.indexOf('=');
      const name = safeDecode(eq < 0 ? part : part.slice(0, eq));
      out[name] = isSecretName(name) ? REDACTED : eq < 0 ? '' : safeDecode(part.slice(eq + 1));
    }
    return out;
  }
  const value = redactValue(query, 0, new Set());
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function redactHeaders(headers: unknown): Readonly<Record<string, string>> | undefined {
  const entries = entriesOf(headers);
  if (!entries) return undefined;
  const out: Record<string, string> = {};
  for (const [name, value] of entries) {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    out[name] = isSecretName(name) ? REDACTED : String(value);
  }
  return out;
}

/** The request without its secrets, or `null` when there is nothing to show. Never throws. */
export function redactRequest(request: unknown): RedactedRequest | null {
  if (typeof request !== 'object' || request === null) return null;
  try {
    const method = read(request, 'method');
    const url = read(request, 'url');
    const query = read(request, 'query');
    const body = read(request, 'body');
    const headers = read(request, 'headers');
    const out: { -readonly [K in keyof RedactedRequest]: RedactedRequest[K] } = {
      method: typeof method === 'string' && method !== '' ? method.slice(0, 32) : null,
      url: typeof url === 'string' && url !== '' ? redactPath(url) : null,
    };
    const q = query === undefined || query === null ? undefined : redactQuery(query);
    if (q !== undefined) out.query = q;
    const b = body === undefined || body === null ? undefined : redactBody(body);
    if (b !== undefined) out.body = b;
    const h = headers === undefined || headers === null ? undefined : redactHeaders(headers);
    if (h !== undefined) out.headers = h;
    if (out.method === null && out.url === null && q === undefined && b === undefined && h === undefined) return null;
    return out;
  } catch {
    return null;
  }
}

/** `POST /eapi/v1/order?symbol=…&signature=[redacted]`, or '' without a method or path. */
export function requestLine(request: RedactedRequest | null): string {
  if (!request) return '';
  return [request.method, request.url].filter(Boolean).join(' ');
}
