/**
 * One product's reading of an error: from anything a caller caught to a plain description of it:
 * code, name, variant, the values recovered from the server's message, classification, outcome, and
 * the namespace keys a translator looks up. Framework-free and total: no input makes it throw. The
 * exchange's own rules (which codes and words leave the outcome unknown, which status means a partial
 * success) come from its adapter.
 */
import { entryFor, type Catalog, type ErrorCodeInfo, type ErrorVariantInfo } from './catalog.js';
import { HTTP_ONLY, type ExchangeAdapter } from './exchange.js';
import { bodyReader, extractError, type ExtractedError } from './extract.js';
import { matchAnyCode, matchVariant, MAX_MATCHED_LENGTH, type VariantMatch } from './matcher.js';
import { meaningsFor } from './meanings.js';
import type { Category, Severity } from './taxonomy.js';

export type ResolvedKind =
  /** The exchange's own error body (`{code, msg}`, `{retCode, retMsg}`), or a bare code or message. */
  | 'exchange'
  /** An HTTP failure without the exchange's body: 429, 418, a proxy's HTML page, a 5xx. */
  | 'http'
  /** The request never got an answer: connection refused, DNS, offline. */
  | 'network'
  /** The request was aborted or timed out; whether the exchange acted on it is unknown. */
  | 'timeout'
  /** Nothing recognizable. */
  | 'unknown'
  /** Not an error: the answer says the request succeeded (Bybit's `retCode: 0`). */
  | 'success';

/**
 * Whether the exchange acted on the request. A 4XX is the sender's fault and nothing was done; a 5XX
 * means the execution status is UNKNOWN and the request may have succeeded.
 */
export type Outcome =
  /** The exchange refused it: its code on a 4XX, a rate limit, a firewall or location block. */
  | 'rejected'
  /** It may have gone through: a 5XX, a timeout, an aborted request, a connection dropped after sending, a partial success. */
  | 'unknown'
  /** It never reached the exchange: offline, DNS, connection refused, CORS. */
  | 'notSent'
  /** It went through: the answer is a success (kind `success`), nothing to show. */
  | 'succeeded';

/** Keys inside the product's namespace (`namespace`). */
export interface ResolvedKeys {
  readonly title: string;
  readonly message: string;
  readonly hint: string;
  /**
   * The code's own message when `message` says something more important instead (an unknown outcome
   * on a 5XX); null otherwise.
   */
  readonly detail: string | null;
}

export interface ResolvedError {
  readonly kind: ResolvedKind;
  /** The exchange the error was read as from (its adapter's id, e.g. `binance`); null when none could be told. */
  readonly exchange: string | null;
  /**
   * The product whose catalog the error was read against, e.g. `options`. Null when it was read
   * across several products and none could be told (`productCandidates` lists them), or against
   * none at all.
   */
  readonly product: string | null;
  /**
   * Set when the product could not be told: the products whose catalogs know this code (or, without
   * a code, all that were given). When all of them read the code the same way, the texts are that
   * reading's; otherwise the generic ones.
   */
  readonly productCandidates: readonly string[];
  /** The i18next namespace of its texts, where `keys` live, e.g. `binanceOptions`. */
  readonly namespace: string;
  /** Whether the exchange acted on the request; see `Outcome`. */
  readonly outcome: Outcome;
  /** The exchange's code when one was found (known or not). */
  readonly code: number | null;
  /** The code's name (e.g. `BAD_SYMBOL`) when the code is in the document. */
  readonly name: string | null;
  /** The code is in the exchange's document. */
  readonly known: boolean;
  /** The message variant the server's text matched (`default` for a bare code); `null` when none did. */
  readonly variant: string | null;
  /** Named values recovered from the server's message, e.g. `{ param: 'quantity' }`. */
  readonly values: Readonly<Record<string, string>>;
  /** The server's own message, unchanged. */
  readonly serverMessage: string | null;
  /** What the server added after the template's text (`request ip: 1.2.3.4`), unchanged; null when nothing. */
  readonly serverDetail: string | null;
  /**
   * The client library's own message (the text of the exception it threw, RTK Query's `error`), for
   * the details; never shown as what the exchange said. Null when nothing was thrown.
   */
  readonly clientMessage: string | null;
  readonly category: Category;
  /** The same request may succeed if sent again later, unchanged. Never true for an unknown outcome. */
  readonly retryable: boolean;
  readonly severity: Severity;
  readonly httpStatus: number | null;
  /** From `Retry-After`, in milliseconds. */
  readonly retryAfterMs: number | null;
  /** The code's entry on the exchange's docs page. */
  readonly docsUrl: { readonly en: string; readonly zh: string } | null;
  /**
   * When the code was inferred from a bare message, every code whose text fits it (some texts are
   * shared, e.g. "Invalid underlying" is -1128 and -6003); `code` is the first of them.
   */
  readonly candidates: readonly number[];
  readonly keys: ResolvedKeys;
  /** Values for the keys: `values` plus `code`, `serverMessage`, `status`, `retryAfter` where used. */
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
const NO_PRODUCTS: readonly string[] = Object.freeze([]);

function fallbackKeys(group: string, message = 'message'): ResolvedKeys {
  return {
    title: `fallback.${group}.title`,
    message: `fallback.${group}.${message}`,
    hint: `fallback.${group}.hint`,
    detail: null,
  };
}

/** A property of a caller's object, or undefined when reading it throws (a getter, a Proxy trap). */
function readSafely(object: unknown, key: string): unknown {
  if (typeof object !== 'object' || object === null) return undefined;
  try {
    return (object as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function stringValues(values: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof values !== 'object' || values === null) return out;
  let names: string[];
  try {
    names = Object.keys(values);
  } catch {
    return out;
  }
  for (const key of names) {
    const value = readSafely(values, key);
    if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
      out[key] = String(value);
  }
  return out;
}

/** With no server text: the hinted variant, else the one whose placeholders the hinted values fill. */
function variantFromHints(info: ErrorCodeInfo, hints: unknown): VariantMatch | null {
  const given = stringValues(readSafely(hints, 'values'));
  const wanted = readSafely(hints, 'variant');
  const fits = (params: readonly string[]): boolean => params.every((p) => given[p] !== undefined);
  const pick = (params: readonly string[]): Record<string, string> =>
    Object.fromEntries(params.map((p) => [p, given[p] ?? '']));
  const named = info.variants.find((v) => v.key === wanted);
  if (named && fits(named.params)) return { key: named.key, values: pick(named.params), detail: null };
  const candidates = info.variants.filter((v) => v.params.length > 0 && fits(v.params));
  const best = candidates.sort((a, b) => b.params.length - a.params.length)[0];
  if (best) return { key: best.key, values: pick(best.params), detail: null };
  const plain = info.variants.find((v) => v.params.length === 0);
  return plain ? { key: plain.key, values: EMPTY, detail: null } : null;
}

interface CodeKeys {
  readonly title: string;
  readonly hint: string;
  readonly messages: ReadonlyMap<string, ResolvedKeys>;
  readonly unmatched: ResolvedKeys;
  readonly bare: ResolvedKeys;
}

const keyCache = new WeakMap<ErrorCodeInfo, CodeKeys>();

/** Namespace keys per code, built once: resolving is on the hot path of every failed request. */
function keysOf(info: ErrorCodeInfo): CodeKeys {
  let keys = keyCache.get(info);
  if (!keys) {
    const title = `codes.${info.code}.title`;
    const hint = `codes.${info.code}.hint`;
    keys = {
      title,
      hint,
      // A variant with a classification of its own has its own title and hint (the generator writes them together).
      messages: new Map(
        info.variants.map((v) => [
          v.key,
          v.category === undefined
            ? { title, hint, message: `codes.${info.code}.messages.${v.key}`, detail: null }
            : {
                title: `codes.${info.code}.titles.${v.key}`,
                hint: `codes.${info.code}.hints.${v.key}`,
                message: `codes.${info.code}.messages.${v.key}`,
                detail: null,
              },
        ]),
      ),
      unmatched: { title, hint, message: 'fallback.code.message', detail: null },
      bare: { title, hint, message: 'fallback.code.messageBare', detail: null },
    };
    keyCache.set(info, keys);
  }
  return keys;
}

/* -------------------------------------------------------------------------------------------------
 * Outcome
 * -----------------------------------------------------------------------------------------------*/

function isServerError(status: number | null): boolean {
  return status !== null && status >= 500 && status <= 599;
}

/**
 * The exchange's own words or codes for "we do not know what happened": Binance's `Execution status
 * unknown`, `Send status unknown` (-1006, -1007), `An unknown error occurred while processing the
 * request` (-1000) and its gateways' 5XX text `Unknown error, please check your request…`; Bybit's 10016.
 */
function saysStatusUnknown(adapter: ExchangeAdapter, code: number | null, msg: string | null): boolean {
  if (code !== null && adapter.unknownCodes?.includes(code)) return true;
  const fragments = adapter.unknownTexts;
  if (msg === null || !fragments || fragments.length === 0 || msg.length > MAX_MATCHED_LENGTH) return false;
  const text = msg.toLowerCase();
  return fragments.some((fragment) => text.includes(fragment));
}

const UNKNOWN_OUTCOME = 'unknownOutcome';

/**
 * The keys for an exchange's code when the outcome is unknown: our title and hint (check before sending
 * again, whatever the code's own text says); on a 5XX our message too, the code's text as detail.
 */
function unknownOutcomeKeys(codeKeys: ResolvedKeys, status: number | null): ResolvedKeys {
  const own = fallbackKeys(UNKNOWN_OUTCOME);
  if (!isServerError(status)) return { ...codeKeys, title: own.title, hint: own.hint };
  return { ...own, message: `fallback.${UNKNOWN_OUTCOME}.messageCode`, detail: codeKeys.message };
}

/* -------------------------------------------------------------------------------------------------
 * Results
 * -----------------------------------------------------------------------------------------------*/

/** What one reading is done against: the exchange's rules and one product's catalog. */
export interface Reading {
  readonly adapter: ExchangeAdapter;
  readonly catalog: Catalog;
}

interface Classification {
  readonly category: Category;
  readonly retryable: boolean;
  readonly severity: Severity;
}

function result(
  at: Reading,
  kind: ResolvedKind,
  outcome: Outcome,
  raw: ExtractedError,
  classification: Classification,
  keys: ResolvedKeys,
  interpolation: Readonly<Record<string, string>>,
  known: { info: ErrorCodeInfo; match: VariantMatch | null; candidates: readonly number[] } | null = null,
  serverDetail: string | null = null,
): ResolvedError {
  return {
    kind,
    exchange: at.adapter.id === '' ? raw.exchange : at.adapter.id,
    product: at.catalog.product === '' ? null : at.catalog.product,
    productCandidates: NO_PRODUCTS,
    namespace: at.catalog.namespace,
    outcome,
    code: known ? known.info.code : raw.code,
    // A document that names no code (Bybit's) gives no name.
    name: known && known.info.name !== '' ? known.info.name : null,
    known: known !== null,
    variant: known?.match ? known.match.key : null,
    values: known?.match ? known.match.values : EMPTY,
    serverMessage: raw.msg,
    serverDetail,
    clientMessage: raw.clientMessage,
    category: classification.category,
    // A blind resend of a request that may have gone through is the danger this field exists to prevent.
    retryable: outcome === 'unknown' ? false : classification.retryable,
    // Checking the orders before anything else is not a "will work later" warning: it is told first.
    severity: outcome === 'unknown' ? 'error' : classification.severity,
    httpStatus: raw.httpStatus,
    retryAfterMs: raw.retryAfterMs,
    docsUrl: known ? known.info.docsUrl : null,
    candidates: known ? known.candidates : NONE,
    keys,
    interpolation,
  };
}

function forCode(
  at: Reading,
  raw: ExtractedError,
  codeKeys: ResolvedKeys,
  interpolation: Readonly<Record<string, string>>,
  classification: Classification,
  known: { info: ErrorCodeInfo; match: VariantMatch | null; candidates: readonly number[] } | null,
  serverDetail: string | null,
): ResolvedError {
  const status = raw.httpStatus;
  // A status the exchange documents as one of its codes (Bybit's 403) is still an HTTP failure.
  const kind: ResolvedKind = raw.code === null ? 'http' : 'exchange';
  // Without the server's text, the document's own text of the code says it (-1000, -1006, -1007).
  const text = raw.msg ?? known?.info.variants[0]?.server ?? null;
  if (isServerError(status) || saysStatusUnknown(at.adapter, raw.code ?? known?.info.code ?? null, text)) {
    const keys = unknownOutcomeKeys(codeKeys, status);
    const values =
      status === null
        ? interpolation
        : { ...interpolation, code: String(raw.code ?? known?.info.code ?? ''), status: String(status) };
    return result(at, kind, 'unknown', raw, classification, keys, values, known, serverDetail);
  }
  if (status !== null && at.adapter.partialStatuses?.includes(status)) {
    const own = fallbackKeys('partial');
    return result(
      at,
      kind,
      'unknown',
      raw,
      classification,
      { ...codeKeys, title: own.title, hint: own.hint },
      interpolation,
      known,
      serverDetail,
    );
  }
  return result(at, kind, 'rejected', raw, classification, codeKeys, interpolation, known, serverDetail);
}

function forKnownCode(
  at: Reading,
  info: ErrorCodeInfo,
  raw: ExtractedError,
  match: VariantMatch | null,
  candidates: readonly number[],
  standIn: ErrorVariantInfo | null = null,
): ResolvedError {
  const codeKeys = keysOf(info);
  let keys: ResolvedKeys;
  let interpolation: Readonly<Record<string, string>>;
  if (match) {
    keys = codeKeys.messages.get(match.key) ?? codeKeys.bare;
    interpolation = match.values;
  } else if (raw.msg !== null) {
    keys = codeKeys.unmatched;
    interpolation = { code: String(info.code), serverMessage: raw.msg };
  } else {
    keys = codeKeys.bare;
    interpolation = { code: String(info.code) };
  }
  // A meaning with words of its own (not the code's first): its title and hint, whatever the text.
  const own = match === null && standIn !== null ? codeKeys.messages.get(standIn.key) : undefined;
  if (own) keys = { ...keys, title: own.title, hint: own.hint };
  const variant = match ? info.variants.find((v) => v.key === match.key) : (standIn ?? undefined);
  const classification: Classification =
    variant?.category === undefined
      ? info
      : {
          category: variant.category,
          retryable: variant.retryable ?? info.retryable,
          severity: variant.severity ?? info.severity,
        };
  return forCode(at, raw, keys, interpolation, classification, { info, match, candidates }, match?.detail ?? null);
}

/**
 * A code whose meanings the request does not tell apart (no path, or one that names none of them)
 * and whose message is none of their texts: the code and the server's words, our generic title and
 * hint; the classification the meanings share, if they share one.
 */
function forUndecidedMeaning(at: Reading, info: ErrorCodeInfo, raw: ExtractedError): ResolvedError {
  const code = String(info.code);
  const keys = {
    ...fallbackKeys('code'),
    message: raw.msg === null ? 'fallback.code.messageBare' : 'fallback.code.message',
  };
  const classes = info.variants.map((v) => ({
    category: v.category ?? info.category,
    retryable: v.retryable ?? info.retryable,
    severity: v.severity ?? info.severity,
  }));
  const [lead] = classes;
  const shared =
    lead !== undefined &&
    classes.every(
      (c) => c.category === lead.category && c.retryable === lead.retryable && c.severity === lead.severity,
    );
  return forCode(
    at,
    raw,
    keys,
    raw.msg === null ? { code } : { code, serverMessage: raw.msg },
    shared ? lead : UNKNOWN_CLASS,
    { info, match: null, candidates: NONE },
    null,
  );
}

/** A bare code whose meaning is undecided reads as a variant only when the caller names one. */
function namedVariant(info: ErrorCodeInfo, hints: unknown): VariantMatch | null {
  const wanted = readSafely(hints, 'variant');
  return info.variants.some((v) => v.key === wanted) ? variantFromHints(info, hints) : null;
}

const SUCCESS_CLASS: Classification = { category: 'unknown', retryable: false, severity: 'info' };
const UNKNOWN_CLASS: Classification = { category: 'unknown', retryable: false, severity: 'error' };
const NETWORK_CLASS: Classification = { category: 'network', retryable: false, severity: 'error' };

function forHttp(at: Reading, raw: ExtractedError): ResolvedError {
  const status = raw.httpStatus;
  const seconds = raw.retryAfterMs === null ? null : String(Math.ceil(raw.retryAfterMs / 1000));
  const withRetry = (group: string): [ResolvedKeys, Readonly<Record<string, string>>] =>
    seconds === null ? [fallbackKeys(group), EMPTY] : [fallbackKeys(group, 'messageRetry'), { retryAfter: seconds }];
  const rejected = (classification: Classification, keys: ResolvedKeys, values: Readonly<Record<string, string>>) =>
    result(at, 'http', 'rejected', raw, classification, keys, values);

  if (status === null) {
    // An HTML page with no status: a proxy or CDN answered, and whether the exchange saw it is unknown.
    return result(at, 'http', 'unknown', raw, NETWORK_CLASS, fallbackKeys('errorPage'), EMPTY);
  }
  const values = { status: String(status) };
  if (isServerError(status)) {
    return result(at, 'http', 'unknown', raw, NETWORK_CLASS, fallbackKeys(UNKNOWN_OUTCOME, 'messageStatus'), values);
  }
  if (at.adapter.partialStatuses?.includes(status)) {
    // Binance's 409: a cancel-replace that partly succeeded; one of the two orders may have gone through.
    return result(
      at,
      'http',
      'unknown',
      raw,
      { category: 'order', retryable: false, severity: 'error' },
      fallbackKeys('partial'),
      values,
    );
  }
  switch (status) {
    case 429: {
      const [keys, retry] = withRetry('rateLimited');
      return rejected({ category: 'rateLimit', retryable: true, severity: 'warning' }, keys, retry);
    }
    case 418: {
      const [keys, retry] = withRetry('ipBanned');
      return rejected({ category: 'rateLimit', retryable: true, severity: 'error' }, keys, retry);
    }
    case 403:
      // Binance: a WAF rule was violated, most often by too many requests. Waiting helps; a retry loop does not.
      return rejected({ category: 'rateLimit', retryable: false, severity: 'error' }, fallbackKeys('blocked'), values);
    case 451:
      return rejected({ category: 'account', retryable: false, severity: 'error' }, fallbackKeys('restricted'), values);
    case 408:
      return result(at, 'timeout', 'unknown', raw, NETWORK_CLASS, fallbackKeys('timeout'), EMPTY);
    default: {
      const category: Category = status === 401 ? 'auth' : 'unknown';
      return rejected({ category, retryable: false, severity: 'error' }, fallbackKeys('http'), values);
    }
  }
}

/** The code an HTTP status stands for when the exchange documents it so (Bybit's 403) and nothing else was read. */
function documentedStatus(at: Reading, raw: ExtractedError): ErrorCodeInfo | null {
  const status = raw.httpStatus;
  if (raw.code !== null || status === null || raw.transport !== null || raw.msg !== null) return null;
  if (!at.adapter.statusCodes?.includes(status)) return null;
  return entryFor(at.catalog, status) ?? null;
}

/** An empty catalog: a reading with no product's codes. */
export function neutralReading(adapter: ExchangeAdapter = HTTP_ONLY, namespace = ''): Reading {
  return { adapter, catalog: { exchange: adapter.id, product: '', namespace, codes: [] } };
}

/**
 * Reads a raw server error against one product's catalog and recovers its code, variant and values.
 * Accepts a `{code, msg}` body, a JSON string, a number or numeric string, an Error or HTTP-client
 * error carrying the body (`response.data`, `body`, `cause`), a fetch Response, and HTTP or network
 * failures with no body. Total: no input and no hints make it throw.
 */
export function resolveIn(
  at: Reading,
  input: unknown,
  hints?: ResolveHints,
  raw: ExtractedError = extractError(input, bodyReader([at.adapter])),
  path: string | null = null,
): ResolvedError {
  if (raw.success) {
    return result(at, 'success', 'succeeded', raw, SUCCESS_CLASS, fallbackKeys('success'), EMPTY);
  }
  const entry = raw.code === null ? documentedStatus(at, raw) : entryFor(at.catalog, raw.code);
  if (entry) {
    // Where the code means something else per section, the request's path picks the meaning.
    const { info, decided, standIn } = meaningsFor(entry, path);
    const match =
      raw.msg !== null
        ? matchVariant(info, raw.msg)
        : decided
          ? variantFromHints(info, hints)
          : namedVariant(info, hints);
    if (match === null && !decided) return forUndecidedMeaning(at, info, raw);
    return forKnownCode(at, info, raw, match, NONE, standIn);
  }
  if (raw.code !== null) {
    const code = String(raw.code);
    const keys = {
      ...fallbackKeys('code'),
      message: raw.msg === null ? 'fallback.code.messageBare' : 'fallback.code.message',
    };
    return forCode(
      at,
      raw,
      keys,
      raw.msg === null ? { code } : { code, serverMessage: raw.msg },
      UNKNOWN_CLASS,
      null,
      null,
    );
  }
  if (raw.transport === 'notSent') {
    return result(
      at,
      'network',
      'notSent',
      raw,
      { category: 'network', retryable: true, severity: 'error' },
      fallbackKeys('network'),
      EMPTY,
    );
  }
  if (raw.transport === 'dropped') {
    return result(at, 'network', 'unknown', raw, NETWORK_CLASS, fallbackKeys('dropped'), EMPTY);
  }
  if (raw.transport === 'timeout') {
    return result(at, 'timeout', 'unknown', raw, NETWORK_CLASS, fallbackKeys('timeout'), EMPTY);
  }
  if (raw.msg !== null) {
    const matches = matchAnyCode(at.catalog, raw.msg);
    const first = matches[0];
    if (first)
      return forKnownCode(
        at,
        first.info,
        raw,
        first,
        matches.map((m) => m.info.code),
      );
  }
  // Words cut from a client's message that are none of the exchange's texts are the client's own.
  if (raw.quoted) return resolveIn(at, input, hints, { ...raw, msg: null, quoted: false });
  if (raw.httpStatus !== null || raw.html) return forHttp(at, raw);
  if (raw.msg !== null) {
    const keys = fallbackKeys('unknown', 'message');
    return result(
      at,
      'unknown',
      'unknown',
      raw,
      UNKNOWN_CLASS,
      { ...keys, message: 'fallback.text.message' },
      { serverMessage: raw.msg },
    );
  }
  // Nothing more is known, but the client says it was refused: it did not go through.
  const outcome = raw.refused ? 'rejected' : 'unknown';
  return result(at, 'unknown', outcome, raw, UNKNOWN_CLASS, fallbackKeys('unknown'), EMPTY);
}
