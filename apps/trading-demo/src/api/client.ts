/**
 * The app's Binance client: signs requests as Binance expects (HMAC-SHA256 of the query string) and
 * turns every failure into an `ApiFailure` whose `input` the kit resolves: the HTTP status, body and
 * `Retry-After`, or the network error itself. After a 429 or 418 it honours `Retry-After` for
 * background polling, as a well-behaved client must.
 */
import { hmacSha256Hex } from '../exchange/auth.js';
import type { ApiSettings } from './settings.js';

export type Method = 'GET' | 'POST' | 'DELETE';
export type ParamValue = string | number | boolean | undefined | null;

export interface RequestOptions {
  readonly signed?: boolean;
  readonly headers?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
}

export interface HttpFailure {
  readonly status: number;
  /** `retry-after`, and Bybit's `x-bapi-limit*` headers where it sent them. */
  readonly headers: { readonly 'retry-after': string | null } & Readonly<Record<string, string | null>>;
  readonly body: string;
}

/**
 * The request as sent, for the kit's details and Copy: its path with the query string (a signed
 * request's `signature` included) and the headers (`X-MBX-APIKEY` included). The kit shows and
 * copies them with those values `[redacted]`; the demo hands them over as any app might.
 */
export interface RequestSent {
  readonly method: Method;
  /** The path and query string (the kit's `request.url` takes a path or a whole URL). */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** A JSON body (Bybit's POSTs). */
  readonly body?: string;
}

export class ApiFailure extends Error {
  constructor(
    /** What to give `showError` / `resolve`: an `HttpFailure`, or the error `fetch` threw. */
    readonly input: HttpFailure | unknown,
    readonly request: RequestSent,
  ) {
    // The message names the endpoint only: error messages end up in logs.
    super(`${request.method} ${request.url.split('?')[0]} failed`);
    this.name = 'ApiFailure';
  }
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface ApiClient {
  request<T>(
    method: Method,
    path: string,
    params?: Readonly<Record<string, ParamValue>>,
    options?: RequestOptions,
  ): Promise<T>;
  /** Background polling should wait: the exchange asked for it with `Retry-After`. */
  backingOff(): boolean;
  /** The exchange's last `X-MBX-USED-WEIGHT-1M`: request weight used this minute. */
  usedWeight(): number | null;
}

export function queryString(params: Readonly<Record<string, ParamValue>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.append(key, String(value));
  }
  return search.toString();
}

/**
 * Bybit's v5 paths: signed with `X-BAPI-*` headers over the timestamp, key, receive window and the query
 * string (GET) or the JSON body (POST); a refusal is HTTP 200 with a `retCode` other than 0.
 */
const isBybitPath = (path: string) => path.startsWith('/v5/');
const BYBIT_HEADERS = ['x-bapi-limit', 'x-bapi-limit-status', 'x-bapi-limit-reset-timestamp'] as const;

function jsonOf(params: Readonly<Record<string, ParamValue>>): string {
  return JSON.stringify(
    Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '')),
  );
}

/** The answer's `retCode`, when it is Bybit's envelope with one other than 0. */
function bybitRefusal(answer: unknown): boolean {
  if (typeof answer !== 'object' || answer === null || !Object.hasOwn(answer, 'retCode')) return false;
  return (answer as { retCode: unknown }).retCode !== 0;
}

export function createApiClient(
  getSettings: () => ApiSettings,
  getFetch: () => FetchLike,
  now: () => number = Date.now,
): ApiClient {
  let blockedUntil = 0;
  let usedWeight: number | null = null;

  async function request<T>(
    method: Method,
    path: string,
    params: Readonly<Record<string, ParamValue>> = {},
    options: RequestOptions = {},
  ): Promise<T> {
    const settings = getSettings();
    const bybit = isBybitPath(path);
    const body = bybit && method !== 'GET' ? jsonOf(params) : undefined;
    let query = body === undefined ? queryString(params) : '';
    const headers: Record<string, string> = { ...options.headers };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.signed && bybit) {
      const timestamp = String(Math.round(now() + settings.clockOffsetMs));
      const recvWindow = String(settings.recvWindow);
      const payload = `${timestamp}${settings.apiKey}${recvWindow}${body ?? query}`;
      Object.assign(headers, {
        'X-BAPI-API-KEY': settings.apiKey,
        'X-BAPI-TIMESTAMP': timestamp,
        'X-BAPI-RECV-WINDOW': recvWindow,
        'X-BAPI-SIGN': await hmacSha256Hex(settings.apiSecret, payload),
      });
    } else if (options.signed) {
      const timestamp = Math.round(now() + settings.clockOffsetMs);
      query = [query, queryString({ recvWindow: settings.recvWindow, timestamp })].filter(Boolean).join('&');
      query += `&signature=${await hmacSha256Hex(settings.apiSecret, query)}`;
      headers['X-MBX-APIKEY'] = settings.apiKey;
    }
    const url = `${settings.baseUrl}${path}${query ? `?${query}` : ''}`;
    const sent: RequestSent = {
      method,
      url: `${path}${query ? `?${query}` : ''}`,
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      ...(body === undefined ? {} : { body }),
    };
    let response: Response;
    try {
      response = await getFetch()(url, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new ApiFailure(error, sent);
    }
    const text = await response.text().catch(() => '');
    const failureHeaders = () => {
      const out: Record<string, string | null> = { 'retry-after': response.headers.get('retry-after') };
      if (bybit) for (const name of BYBIT_HEADERS) out[name] = response.headers.get(name);
      return out as HttpFailure['headers'];
    };
    const weight = Number(response.headers.get('x-mbx-used-weight-1m') ?? Number.NaN);
    if (Number.isFinite(weight)) usedWeight = weight;
    if (!response.ok) {
      const retryAfter = response.headers.get('retry-after');
      if (response.status === 429 || response.status === 418) {
        const seconds = Number(retryAfter);
        blockedUntil = Math.max(
          blockedUntil,
          now() + (Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 60_000),
        );
      }
      throw new ApiFailure(
        { status: response.status, headers: failureHeaders(), body: text } satisfies HttpFailure,
        sent,
      );
    }
    let answer: unknown;
    try {
      answer = JSON.parse(text);
    } catch {
      // A 200 that is not JSON (a captive portal, a misconfigured proxy): the kit shows it as such.
      throw new ApiFailure(
        { status: response.status, headers: { 'retry-after': null }, body: text } satisfies HttpFailure,
        sent,
      );
    }
    // Bybit refuses with HTTP 200: the body's retCode says so, and the kit reads it with its headers.
    if (bybit && bybitRefusal(answer))
      throw new ApiFailure(
        { status: response.status, headers: failureHeaders(), body: text } satisfies HttpFailure,
        sent,
      );
    return answer as T;
  }

  return { request, backingOff: () => now() < blockedUntil, usedWeight: () => usedWeight };
}
