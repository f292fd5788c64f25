/** What every library under test provides: the real order call, pointed at the loopback exchange. */
import type { Product } from '../types/product.js';
import type { Scenario } from '../scenarios.js';

/**
 * What a library leaves out of what it throws, so that no reader can have it (read in its source):
 * the HTTP status, Binance's code (only its message is kept), the whole body, or whether a failed
 * connection was ever made (a refused connection and a timeout throw the same error).
 */
export type Drop = 'status' | 'code' | 'body' | 'sent';

export interface CallContext {
  /** The loopback exchange, or a port where nothing listens (a refused connection). */
  readonly origin: string;
  readonly product: Product;
  /** The client's own timeout: short for the timeout scenario, generous otherwise. */
  readonly timeoutMs: number;
}

export interface ClientUnderTest {
  /** The table's row: the package and how it is used. */
  readonly id: string;
  /** The npm package whose pinned version the table shows. */
  readonly packageName: string;
  /** The products it can send an order to, its default first. */
  readonly products: readonly Product[];
  /** What it leaves out per scenario; nothing when absent. */
  readonly drops?: (scenario: Scenario) => readonly Drop[];
  /**
   * The app reads what it caught through the kit's async path (`readResponseBody`): the library
   * throws before the body is read (ky's HTTPError, a fetch Response thrown as is).
   */
  readonly readsAsync?: boolean;
  /** No timeout option: the timeout scenario does not apply. */
  readonly noTimeout?: boolean;
  /**
   * Sends the order and returns what the app holds when it fails: what the library threw (RTK
   * Query's `error`, which it returns). Throws when the call unexpectedly succeeds.
   */
  fail(context: CallContext): Promise<unknown>;
}

/** An answer that is an HTML page (a WAF's or a gateway's), not Binance's JSON. */
export function isPage(scenario: Scenario): boolean {
  return scenario.answer.kind === 'http' && scenario.answer.body.trimStart().startsWith('<');
}

export function statusOf(scenario: Scenario): number | null {
  return scenario.answer.kind === 'http' ? scenario.answer.status : null;
}

export const ORDER = { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', quantity: '1', price: '1', timeInForce: 'GTC' };
export const KEY = 'contract-key';
export const SECRET = 'contract-secret';

/** The rejection of `call`, or an error when it resolved. */
export async function rejectionOf(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('client-contract: the call succeeded, a failure was expected');
}
