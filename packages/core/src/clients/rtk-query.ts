/**
 * RTK Query's `fetchBaseQuery` errors, as its hooks hand them to a component: `{status, data}` for an
 * HTTP error (read as any body is), and for the rest a string `status` with the JavaScript error as
 * text in `error`: the client's words, never the exchange's.
 */
import { readSafely } from '../lookup.js';
import type { ClientFacts } from './facts.js';

export function readRtkQuery(object: object): ClientFacts | null {
  const status = readSafely(object, 'status');
  if (typeof status !== 'string') return null;
  const error = readSafely(object, 'error');
  const text = typeof error === 'string' ? error : undefined;
  switch (status) {
    case 'FETCH_ERROR':
      // `TypeError: Failed to fetch` in a browser, `TypeError: fetch failed` in Node: no answer came.
      return { failureText: text, clientMessage: text };
    case 'TIMEOUT_ERROR':
      return { transport: 'timeout', clientMessage: text };
    case 'PARSING_ERROR': {
      const original = readSafely(object, 'originalStatus');
      return {
        status: typeof original === 'number' ? original : undefined,
        body: readSafely(object, 'data'),
        clientMessage: text,
      };
    }
    case 'CUSTOM_ERROR':
      return { body: readSafely(object, 'data'), clientMessage: text };
    default:
      return null;
  }
}
