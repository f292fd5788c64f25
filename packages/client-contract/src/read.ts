/**
 * The kit as an app uses it: every product of both exchanges registered, the caught value passed straight in, with
 * the product the app knows and without. The reference is the same kit reading the raw answer.
 */
import { readResponseBody, resolve, type Outcome } from '@exchange-errors/core';
import { binanceCoinmEager } from '@exchange-errors/binance-coinm/eager';
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { binancePmEager } from '@exchange-errors/binance-pm/eager';
import { binanceSpotEager } from '@exchange-errors/binance-spot/eager';
import { binanceUsdmEager } from '@exchange-errors/binance-usdm/eager';
import { bybitV5Eager } from '@exchange-errors/bybit/eager';

/** Every product of both exchanges, registered together as an app that trades on both would. */
export const PRODUCTS = [
  binanceSpotEager,
  binanceUsdmEager,
  binanceCoinmEager,
  binancePmEager,
  binanceOptionsEager,
  bybitV5Eager,
];

/** What the table and the assertions compare. */
export interface Reading {
  readonly code: number | null;
  readonly outcome: Outcome;
  readonly product: string | null;
  readonly variant: string | null;
  /** What the kit presents as the exchange's words. */
  readonly serverMessage: string | null;
  /** The client's own words, for the details. */
  readonly clientMessage: string | null;
}

export function reading(input: unknown, options: { product?: string; url?: string } = {}): Reading {
  const { product, url } = options;
  const resolved = resolve(PRODUCTS, input, {
    ...(product !== undefined ? { product } : {}),
    ...(url !== undefined ? { request: { url } } : {}),
  });
  return {
    code: resolved.code,
    outcome: resolved.outcome,
    product: resolved.product,
    variant: resolved.variant,
    serverMessage: resolved.serverMessage,
    clientMessage: resolved.clientMessage,
  };
}

/** How an app reads what it caught: straight in, or through the async path when the body is still unread. */
export async function readCaught(caught: unknown, readsAsync: boolean, product?: string): Promise<Reading> {
  const input = readsAsync ? await readResponseBody(caught) : caught;
  return reading(input, product ? { product } : {});
}
