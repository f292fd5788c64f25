/**
 * The kit as an app uses it: every product registered, the caught value passed straight in, with
 * the product the app knows and without. The reference is the same kit reading the raw answer.
 */
import { readResponseBody, resolveAmong, type BinanceProduct, type Outcome } from '@exchange-errors/binance-core';
import { binanceCoinmEager } from '@exchange-errors/binance-coinm';
import { binanceOptionsEager } from '@exchange-errors/binance-options';
import { binancePmEager } from '@exchange-errors/binance-pm';
import { binanceSpotEager } from '@exchange-errors/binance-spot';
import { binanceUsdmEager } from '@exchange-errors/binance-usdm';

export const PRODUCTS = [binanceSpotEager, binanceUsdmEager, binanceCoinmEager, binancePmEager, binanceOptionsEager];

/** What the table and the assertions compare. */
export interface Reading {
  readonly code: number | null;
  readonly outcome: Outcome;
  readonly product: BinanceProduct | null;
  readonly variant: string | null;
  /** What the kit presents as the exchange's words. */
  readonly serverMessage: string | null;
  /** The client's own words, for the details. */
  readonly clientMessage: string | null;
}

export function reading(input: unknown, options: { product?: BinanceProduct; url?: string } = {}): Reading {
  const resolved = resolveAmong(PRODUCTS, input, options);
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
export async function readCaught(caught: unknown, readsAsync: boolean, product?: BinanceProduct): Promise<Reading> {
  const input = readsAsync ? await readResponseBody(caught) : caught;
  return reading(input, product ? { product } : {});
}
