/** What Bybit's client libraries say, as data for the engine's readers of what clients throw (core's clients/words.ts). */
import type { ClientWords } from '@exchange-errors/core';

export const bybitClientWords: ClientWords = {
  // ccxt's Bybit class: `bybit {"retCode":…,"retMsg":"…",…}`.
  ccxtIds: ['bybit'],
  // Bybit's official SDK (`bybit-api`) throws no classes of its own: an answer with a retCode is
  // resolved with (or thrown as is, with `throwExceptions`); a network failure is axios' own error.
  sdkErrors: {},
  sdkTexts: [],
  sdkTransports: {},
  sdkMessages: [],
  // bybit-api's HTTP failure: `{code: <status>, message: <status text>, body, headers, requestOptions}`.
  statusObjects: ['requestOptions'],
};
