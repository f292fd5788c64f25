/**
 * The URLs of the request a caught error carries, where each client keeps it: tiagosiebler's
 * `requestUrl`, ofetch's `request` (a string), ky's `request.url`, axios' `config.url`, a Response's
 * `url`, and the URL a client writes into its message (ccxt, ky, ofetch, node-fetch:
 * `POST https://…`, `request to https://…`), also one `cause` down. Only the message's words before
 * any body count: a URL the server wrote is not the request's.
 */
import { readSafely } from '../lookup.js';
import { bodyStart } from './status-line.js';

const PATHS: readonly (readonly string[])[] = [
  ['url'], // fetch Response, undici errors, binance-api-node
  ['config', 'url'], // axios errors
  ['response', 'url'],
  ['response', 'config', 'url'],
  ['request', 'responseURL'], // XMLHttpRequest
  ['request', 'url'], // ky
  ['request'], // ofetch
  ['requestUrl'], // tiagosiebler's binance
  ['options', 'url'], // got
];
const MESSAGE_URL = /(?:\b(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\]?\s+"?|\brequest to )(https?:\/\/[^\s"'<>]+)/;
const MESSAGE_HEAD = 2048;
const MAX_CAUSES = 3;

function asUrl(value: unknown): string | null {
  if (typeof value === 'string') return value;
  const href = readSafely(value, 'href');
  return typeof href === 'string' ? href : null;
}

function messageUrl(error: unknown): string | null {
  const message = readSafely(error, 'message');
  if (typeof message !== 'string') return null;
  let head = message.slice(0, MESSAGE_HEAD);
  const body = bodyStart(head);
  if (body >= 0) head = head.slice(0, body);
  return MESSAGE_URL.exec(head)?.[1] ?? null;
}

/** Candidate URLs of the request, most reliable first. Never throws. */
export function* requestUrls(input: unknown): Generator<string> {
  let error = input;
  for (let depth = 0; depth <= MAX_CAUSES && typeof error === 'object' && error !== null; depth++) {
    for (const path of PATHS) {
      let value: unknown = error;
      for (const key of path) value = readSafely(value, key);
      const url = asUrl(value);
      if (url !== null) yield url;
    }
    const fromMessage = messageUrl(error);
    if (fromMessage !== null) yield fromMessage;
    error = readSafely(error, 'cause');
  }
}
