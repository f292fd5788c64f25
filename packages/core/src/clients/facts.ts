/** What a reader of one client family learned from what that client threw (see index.ts). */
import { readSafely } from '../lookup.js';
import type { Transport } from './words.js';

export interface ClientFacts {
  /** The server's answer the client kept (a JSON or HTML text, or a parsed body): read as any body is. */
  readonly body?: unknown;
  /** The server's message, without its code. */
  readonly serverText?: string;
  /**
   * `serverText` was cut from the client's own message and may be the client's words: it counts as
   * the server's only when it is one of the catalog's texts.
   */
  readonly quoted?: boolean;
  /** The client says the request was refused (by the exchange or by its own checks): it did not go through. */
  readonly refused?: boolean;
  readonly status?: number;
  readonly transport?: Transport;
  /** A Node, undici or browser error code named in the client's message (`ECONNREFUSED`). */
  readonly errorCode?: string;
  /** The client's words about the failure, to test against the generic "no answer" messages. */
  readonly failureText?: string;
  /** The client's own message, for the details. */
  readonly clientMessage?: string;
  /** The word that named the client (ccxt's exchange id, the SDK's class name): it tells the exchange. */
  readonly client?: string;
}

/** The message of an Error (or an error-like object), when it is a string; never throws. */
export function messageOf(object: object): string | null {
  const message = readSafely(object, 'message');
  return typeof message === 'string' ? message : null;
}

/** The `name` of an Error (or an error-like object), when it is a string; never throws. */
export function nameOf(object: object): string | null {
  const name = readSafely(object, 'name');
  return typeof name === 'string' ? name : null;
}
