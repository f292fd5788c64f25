import { presentResolved, type PresentBinanceErrorOptions, type PresentedMessage } from '@exchange-errors/core';
import { SHIPPED } from './shipped.js';

export type {
  MessagePart,
  PresentBinanceErrorOptions,
  PresentedMessage,
  PresentOptions,
} from '@exchange-errors/core';

/**
 * The message of a resolved error (`resolveBinanceError`'s result) with its values in the trader's
 * language: `{ message, parts, displayValues }`. The raw `values` and `serverMessage` stay on the
 * resolved error, unchanged. Null when the error has no message template (never for a resolved error).
 */
export function presentBinanceError(resolved: unknown, options?: PresentBinanceErrorOptions): PresentedMessage | null {
  return presentResolved(resolved, options, SHIPPED);
}
