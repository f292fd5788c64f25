/** What Bybit's client libraries say, as data for the engine's readers of what clients throw (core's clients/words.ts). */
import type { ClientWords } from '@exchange-errors/core';

export const bybitClientWords: ClientWords = {
  // ccxt's Bybit class: `bybit {"retCode":…,"retMsg":"…",…}`.
  ccxtIds: ['bybit'],
  // Bybit's official SDK (`bybit-api`) throws no classes of its own: the answer's body (`throwExceptions`),
  // or a plain object for an HTTP failure.
  sdkErrors: {},
  sdkTexts: [],
  sdkTransports: {},
  sdkMessages: [],
};
