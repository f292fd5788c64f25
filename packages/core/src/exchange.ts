/**
 * What the engine needs to know about an exchange, as data: where its errors come from, what its
 * bodies look like and which of its answers leave the outcome unknown. The engine holds only what is
 * HTTP's (a 5xx or a timeout after sending may have gone through; a refused connection never left);
 * everything an exchange decides for itself comes from its adapter, so a second exchange is a data
 * package, not a fork.
 */
import type { ClientWords } from './clients/words.js';

export type { ClientWords } from './clients/words.js';

/** Where an error body keeps its code and its message: Binance `{code, msg}`, Bybit `{retCode, retMsg}`. */
export interface BodyShape {
  readonly code: string;
  readonly message: string;
}

/** A header that says when to send again. */
export interface RetryHeader {
  /** Lower-case header name, e.g. `retry-after`. */
  readonly name: string;
  /** `seconds-or-date`: HTTP's `Retry-After`; `epoch-ms`: a timestamp in milliseconds (Bybit's reset time). */
  readonly unit: 'seconds-or-date' | 'epoch-ms';
  /**
   * A header that says how many requests are left (lower case; Bybit's `x-bapi-limit-status`): an
   * exchange that sends its reset time with every answer means it as a wait only when none are left.
   */
  readonly remaining?: string;
}

/**
 * Where a batch answer keeps each item's result beside the items themselves (Bybit's
 * `/v5/order/create-batch`: `retExtInfo.list[]`, one `{code, msg}` per item, 0 for one that went
 * through, in the order of `result.list[]`).
 */
export interface BatchResults {
  /** The keys that lead from the body to the list. */
  readonly path: readonly string[];
  /** Where each entry keeps its code and message. */
  readonly body: BodyShape;
}

export interface ExchangeAdapter {
  /** Stable id, e.g. `binance`: what `ResolvedError.exchange` holds. */
  readonly id: string;
  /** The exchange's name as traders know it, e.g. `Binance`. */
  readonly name: string;
  /**
   * Every product of the exchange, whether or not an app registered it, with the request path
   * prefixes that name it: an error the caller (or its request's URL) says came from one that is not
   * given is read with no product's codes rather than as another product's.
   */
  readonly products?: Readonly<Record<string, readonly string[]>>;
  /** Host names (and their subdomains) that name this exchange: `binance.com` covers `fapi.binance.com`. */
  readonly hosts: readonly string[];
  /** Where its bodies keep the code and the message, most common first. */
  readonly bodies: readonly BodyShape[];
  /** Codes that mean success (Bybit's `retCode: 0`): such a body is never an error. */
  readonly successCodes?: readonly number[];
  /** Codes it never sends as errors but some of its gateways put in a body (Binance's `code: 0` beside a 451). */
  readonly ignoredCodes?: readonly number[];
  /** Codes after which the request may have gone through (Binance -1000, -1006, -1007; Bybit 10016). */
  readonly unknownCodes?: readonly number[];
  /** Lower-case words in a message that say the same ("status unknown"). Matched as substrings. */
  readonly unknownTexts?: readonly string[];
  /**
   * HTTP statuses the exchange documents among its own codes, with its own words (Bybit's 403: an IP
   * rate limit breached, or a U.S. IP): an answer with one of them and no code reads as that code.
   */
  readonly statusCodes?: readonly number[];
  /** Statuses that mean part of the request went through (Binance's 409 on a cancel-replace). */
  readonly partialStatuses?: readonly number[];
  /** Headers that say when to retry, in order of preference. */
  readonly retryHeaders?: readonly RetryHeader[];
  /**
   * What its client libraries say (ccxt's ids for it, its official SDK's error classes and texts), so
   * that what they throw reads as the exchange's answer would.
   */
  readonly clients?: ClientWords;
  /**
   * An answer in two legs (Binance Spot's cancel-replace: `data.cancelResponse` and
   * `data.newOrderResponse`): the fields of each leg's answer under `data`, and the product that
   * answers so. `errorsOf` reads each leg's error.
   */
  readonly legs?: { readonly cancel: string; readonly new: string; readonly product: string };
  /** Where its batch answers keep each item's result, when not as the answer's own array (Binance's). */
  readonly batchResults?: BatchResults;
}

/** HTTP's own rules, for an error read with no exchange's adapter (nothing registered yet). */
export const HTTP_ONLY: ExchangeAdapter = Object.freeze({
  id: '',
  name: '',
  hosts: [],
  bodies: [{ code: 'code', message: 'msg' }],
  retryHeaders: [{ name: 'retry-after', unit: 'seconds-or-date' as const }],
});

/** Whether `host` is one of the adapter's hosts or a subdomain of one. */
export function isExchangeHost(adapter: ExchangeAdapter, host: string): boolean {
  for (const known of adapter.hosts) {
    if (host === known || (host.endsWith(known) && host.charCodeAt(host.length - known.length - 1) === 46)) return true;
  }
  return false;
}
