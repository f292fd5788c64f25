/**
 * `validateSpotOrder(facts, { lng })`: Spot's order checks (`POST /api/v3/order`), run before sending.
 * `facts` is what the app would pass as order context: `{ order, symbolInfo, avgPrice?, openOrders?,
 * balance?, exchangeFilters?, myFilters? }`, `symbolInfo` being the symbol's exchangeInfo entry as
 * served. Each failure is the error the exchange would answer, formatted as formatBinanceSpotError
 * formats it. What the request alone cannot show (balances, the book, counts the app did not pass)
 * stays the exchange's to judge. Never throws.
 */
import { validateWith, type OrderValidation } from '@exchange-errors/binance';
import { spotRules } from '@exchange-errors/binance/rules/spot';
import type { FormatOptions } from '@exchange-errors/binance-core';
import { formatBinanceSpotError, getErrorCodeInfo } from './eager.js';

export function validateSpotOrder(facts: unknown, options?: FormatOptions): OrderValidation {
  return validateWith(spotRules, { format: formatBinanceSpotError, codeInfo: getErrorCodeInfo }, facts, options);
}
