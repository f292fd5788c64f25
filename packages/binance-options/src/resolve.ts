/**
 * `resolveBinanceError(input)`: from anything a caller caught to a plain description of the error:
 * code, name, variant, the values recovered from the server's message, classification, and the
 * namespace keys a translator looks up. Framework-free and total: no input makes it throw.
 */
import { getErrorCodeInfo, type ErrorCodeInfo } from './catalog.js';
import { extractError } from './extract.js';
import { matchAnyCode, matchVariant, type VariantMatch } from './matcher.js';
import type { Category, Severity } from './taxonomy.js';

export type ResolvedKind =
  /** A Binance `{code, msg}` body (or a bare code or message) was found. */
  | 'binance'
  /** An HTTP failure without a Binance body: 429, 418, a proxy's HTML page, a 5xx. */
  | 'http'
  /** The request never got an answer: connection refused, DNS, offline. */
  | 'network'
  /** The request was aborted or timed out; whether the exchange acted on it is unknown. */
  | 'timeout'
  /** Nothing recognizable. */
  | 'unknown';

/** Keys inside the `binanceOptions` namespace. */
export interface ResolvedKeys {
  readonly title: string;
  readonly message: string;
  readonly hint: string;
}

export interface ResolvedBinanceError {
  readonly kind: ResolvedKind;
  /** Binance's code when one was found (known or not). */
  readonly code: number | null;
  /** The code's name (e.g. `BAD_SYMBOL`) when the code is in the document. */
  readonly name: string | null;
  /** The code is in Binance's document. */
  readonly known: boolean;
  /** The message variant the server's text matched (`default` for a bare code); `null` when none did. */
  readonly variant: string | null;
  /** Named values recovered from the server's message, e.g. `{ param: 'quantity' }`. */
  readonly values: Readonly<Record<string, string>>;
  /** The server's own message, unchanged. */
  readonly serverMessage: string | null;
  readonly category: Category;
  /** The same request may succeed if sent again later, unchanged. */
  readonly retryable: boolean;
  readonly severity: Severity;
  readonly httpStatus: number | null;
  /** From `Retry-After`, in milliseconds. */
  readonly retryAfterMs: number | null;
  /** The code's entry on Binance's docs page. */
  readonly docsUrl: { readonly en: string; readonly zh: string } | null;
  /**
   * When the code was inferred from a bare message, every code whose text fits it (some texts are
   * shared, e.g. "Invalid underlying" is -1128 and -6003); `code` is the first of them.
   */
  readonly candidates: readonly number[];
  readonly keys: ResolvedKeys;
  /** Values for the message key: `values` plus `code`, `serverMessage`, `status`, `retryAfter` where used. */
  readonly interpolation: Readonly<Record<string, string>>;
}

export interface ResolveHints {
  /** Pick this variant when the input carries no server message (e.g. `<ErrorToast code={-1102}>`). */
  readonly variant?: string;
  /** Values to fill that variant with; also used to pick a variant whose placeholders they fill. */
  readonly values?: Readonly<Record<string, unknown>>;
}

const EMPTY: Readonly<Record<string, string>> = Object.freeze({});
const NONE: readonly number[] = Object.freeze([]);

function fallbackKeys(group: string): ResolvedKeys {
  return { title: `fallback.${group}.title`, message: `fallback.${group}.message`, hint: `fallback.${group}.hint` };
}

interface Base {
  readonly code: number | null;
  readonly msg: string | null;
  readonly httpStatus: number | null;
  readonly retryAfterMs: number | null;
}

function stringValues(values: Readonly<Record<string, unknown>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!values || typeof values !== 'object') return out;
  for (const key of Object.keys(values)) {
    const value = values[key];
    if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') out[key] = String(value);
  }
  return out;
}

/** With no server text: the hinted variant, else the one whose placeholders the hinted values fill. */
function variantFromHints(info: ErrorCodeInfo, hints: ResolveHints | undefined): VariantMatch | null {
  const given = stringValues(hints?.values);
  const fits = (params: readonly string[]): boolean => params.every((p) => given[p] !== undefined);
  const pick = (params: readonly string[]): Record<string, string> =>
    Object.fromEntries(params.map((p) => [p, given[p] ?? '']));
  const named = info.variants.find((v) => v.key === hints?.variant);
  if (named && fits(named.params)) return { key: named.key, values: pick(named.params) };
  const candidates = info.variants.filter((v) => v.params.length > 0 && fits(v.params));
  const best = candidates.sort((a, b) => b.params.length - a.params.length)[0];
  if (best) return { key: best.key, values: pick(best.params) };
  const plain = info.variants.find((v) => v.params.length === 0);
  return plain ? { key: plain.key, values: EMPTY } : null;
}

interface CodeKeys {
  readonly title: string;
  readonly hint: string;
  readonly messages: ReadonlyMap<string, ResolvedKeys>;
  readonly unmatched: ResolvedKeys;
  readonly bare: ResolvedKeys;
}

const keyCache = new Map<number, CodeKeys>();

/** Namespace keys per code, built once: resolving is on the hot path of every failed request. */
function keysOf(info: ErrorCodeInfo): CodeKeys {
  let keys = keyCache.get(info.code);
  if (!keys) {
    const title = `codes.${info.code}.title`;
    const hint = `codes.${info.code}.hint`;
    keys = {
      title,
      hint,
      messages: new Map(info.variants.map((v) => [v.key, { title, hint, message: `codes.${info.code}.messages.${v.key}` }])),
      unmatched: { title, hint, message: 'fallback.code.message' },
      bare: { title, hint, message: 'fallback.code.messageBare' },
    };
    keyCache.set(info.code, keys);
  }
  return keys;
}

function forKnownCode(info: ErrorCodeInfo, b: Base, match: VariantMatch | null, candidates: readonly number[]): ResolvedBinanceError {
  const codeKeys = keysOf(info);
  let keys: ResolvedKeys;
  let interpolation: Readonly<Record<string, string>>;
  if (match) {
    keys = codeKeys.messages.get(match.key) ?? codeKeys.bare;
    interpolation = match.values;
  } else if (b.msg !== null) {
    keys = codeKeys.unmatched;
    interpolation = { code: String(info.code), serverMessage: b.msg };
  } else {
    keys = codeKeys.bare;
    interpolation = { code: String(info.code) };
  }
  return {
    kind: 'binance',
    code: info.code,
    name: info.name,
    known: true,
    variant: match ? match.key : null,
    values: match ? match.values : EMPTY,
    serverMessage: b.msg,
    category: info.category,
    retryable: info.retryable,
    severity: info.severity,
    httpStatus: b.httpStatus,
    retryAfterMs: b.retryAfterMs,
    docsUrl: info.docsUrl,
    candidates,
    keys,
    interpolation,
  };
}

function plain(
  kind: ResolvedKind,
  b: Base,
  classification: { category: Category; retryable: boolean; severity: Severity },
  keys: ResolvedKeys,
  interpolation: Readonly<Record<string, string>>,
): ResolvedBinanceError {
  return {
    kind,
    code: b.code,
    name: null,
    known: false,
    variant: null,
    values: EMPTY,
    serverMessage: b.msg,
    ...classification,
    httpStatus: b.httpStatus,
    retryAfterMs: b.retryAfterMs,
    docsUrl: null,
    candidates: NONE,
    keys,
    interpolation,
  };
}

const UNKNOWN_CLASS = { category: 'unknown', retryable: false, severity: 'error' } as const;

function forHttp(b: Base, html: boolean): ResolvedBinanceError {
  const status = b.httpStatus ?? 0;
  const seconds = b.retryAfterMs === null ? null : String(Math.ceil(b.retryAfterMs / 1000));
  const withRetry = (group: string): [ResolvedKeys, Readonly<Record<string, string>>] =>
    seconds === null
      ? [fallbackKeys(group), EMPTY]
      : [{ ...fallbackKeys(group), message: `fallback.${group}.messageRetry` }, { retryAfter: seconds }];
  if (status === 429) {
    const [keys, values] = withRetry('rateLimited');
    return plain('http', b, { category: 'rateLimit', retryable: true, severity: 'warning' }, keys, values);
  }
  if (status === 418) {
    const [keys, values] = withRetry('ipBanned');
    return plain('http', b, { category: 'rateLimit', retryable: true, severity: 'error' }, keys, values);
  }
  const interpolation = { status: String(status) };
  if (status >= 500 || (html && status === 0)) {
    return plain('http', b, { category: 'network', retryable: true, severity: 'error' }, fallbackKeys('server'), interpolation);
  }
  if (status === 408) {
    return plain('timeout', b, { category: 'network', retryable: false, severity: 'error' }, fallbackKeys('timeout'), EMPTY);
  }
  const category: Category = status === 401 || status === 403 ? 'auth' : 'unknown';
  return plain('http', b, { category, retryable: false, severity: 'error' }, fallbackKeys('http'), interpolation);
}

/**
 * Reads a raw server error and recovers its code, variant and values. Accepts a `{code, msg}` body,
 * a JSON string, a number or numeric string, an Error or HTTP-client error carrying the body
 * (`response.data`, `body`, `cause`), a fetch Response, and HTTP or network failures with no body.
 */
export function resolveBinanceError(input: unknown, hints?: ResolveHints): ResolvedBinanceError {
  const raw = extractError(input);
  const b: Base = raw;

  if (raw.code !== null) {
    const info = getErrorCodeInfo(raw.code);
    if (info) {
      const match = raw.msg !== null ? matchVariant(info, raw.msg) : variantFromHints(info, hints);
      return forKnownCode(info, b, match, NONE);
    }
    const code = String(raw.code);
    return plain(
      'binance',
      b,
      UNKNOWN_CLASS,
      { ...fallbackKeys('code'), message: raw.msg === null ? 'fallback.code.messageBare' : 'fallback.code.message' },
      raw.msg === null ? { code } : { code, serverMessage: raw.msg },
    );
  }
  if (raw.transport === 'network') {
    return plain('network', b, { category: 'network', retryable: true, severity: 'error' }, fallbackKeys('network'), EMPTY);
  }
  if (raw.transport === 'timeout') {
    return plain('timeout', b, { category: 'network', retryable: false, severity: 'error' }, fallbackKeys('timeout'), EMPTY);
  }
  if (raw.msg !== null) {
    const matches = matchAnyCode(raw.msg);
    const first = matches[0];
    if (first) return forKnownCode(first.info, b, first, matches.map((m) => m.info.code));
  }
  if (raw.httpStatus !== null || raw.html) return forHttp(b, raw.html);
  if (raw.msg !== null) {
    return plain('unknown', b, UNKNOWN_CLASS, { ...fallbackKeys('unknown'), message: 'fallback.text.message' }, { serverMessage: raw.msg });
  }
  return plain('unknown', b, UNKNOWN_CLASS, fallbackKeys('unknown'), EMPTY);
}
