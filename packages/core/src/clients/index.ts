/**
 * Reads what a client library threw, by family: RTK Query's error objects, an official SDK's error
 * classes, ccxt's exceptions, and Errors whose message is the server's answer. Each reader returns
 * what it learned (`ClientFacts`), or null when the value is not its family's; the generic walk in
 * extract.ts applies the facts. The exchange's words come in as data (`ClientWords`).
 */
import { readCcxt } from './ccxt.js';
import { messageOf, nameOf, type ClientFacts } from './facts.js';
import { readMessageBody } from './message-body.js';
import { readRtkQuery } from './rtk-query.js';
import { readSdkError } from './sdk-errors.js';
import { readStatusObject } from './status-object.js';
import type { ClientWords } from './words.js';

export type { ClientFacts } from './facts.js';
export { statusOfPage } from './html-page.js';
export { requestUrls } from './request-url.js';
export { readResponseBody } from './response-body.js';
export { clientOwners, type ClientWords, type Transport } from './words.js';

/** Longest message a reader parses: longer ones are nobody's error message worth reading. */
const MAX_MESSAGE = 100_000;

export function readClient(object: object, words: ClientWords): ClientFacts | null {
  if (!(object instanceof Error)) return readRtkQuery(object) ?? readStatusObject(object, words);
  const message = messageOf(object);
  if (message === null || message.length > MAX_MESSAGE) return null;
  const name = nameOf(object) ?? '';
  // ccxt first: its class names overlap the SDK's (`NetworkError`), its messages start with the exchange's id.
  return readCcxt(name, message, words) ?? readSdkError(name, message, words) ?? readMessageBody(message);
}
