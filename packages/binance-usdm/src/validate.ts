/**
 * `validateUsdmOrder(facts, { lng })`: USDⓈ-M's order checks (`POST /fapi/v1/order`), run before
 * sending. `facts` is what the app would pass as order context: `{ order, symbolInfo, markPrice?,
 * book? }`, `symbolInfo` being the symbol's exchangeInfo entry as served. Each failure is the error
 * the exchange would answer, formatted as formatBinanceUsdmError formats it. Margin, position mode and
 * the rest of the account stay the exchange's to judge. Never throws.
 */
import { validateWith, type OrderValidation } from '@exchange-errors/binance';
import { usdmRules } from '@exchange-errors/binance/rules/futures';
import type { FormatOptions } from '@exchange-errors/binance-core';
import { formatBinanceUsdmError, getErrorCodeInfo } from './eager.js';

export function validateUsdmOrder(facts: unknown, options?: FormatOptions): OrderValidation {
  return validateWith(usdmRules, { format: formatBinanceUsdmError, codeInfo: getErrorCodeInfo }, facts, options);
}
