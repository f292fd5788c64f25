/**
 * Plain objects a client throws for an HTTP failure, with the status under `code` and the status
 * text under `message` beside the body (bybit-api: `{code: 403, message: 'Forbidden', body, headers,
 * requestOptions}`), known by a key only they have (the exchange's words: `statusObjects`). The status
 * text is the client's words, never the exchange's; the body is read as any body is.
 */
import { readSafely } from '../lookup.js';
import type { ClientFacts } from './facts.js';
import type { ClientWords } from './words.js';

export function readStatusObject(object: object, words: ClientWords): ClientFacts | null {
  const markers = words.statusObjects;
  if (!markers || markers.length === 0 || !markers.some((key) => readSafely(object, key) !== undefined)) return null;
  const code = readSafely(object, 'code');
  if (typeof code !== 'number' || !Number.isInteger(code) || code < 100 || code > 599) return null;
  const message = readSafely(object, 'message');
  return {
    status: code,
    body: readSafely(object, 'body'),
    clientMessage: typeof message === 'string' ? message : undefined,
  };
}
