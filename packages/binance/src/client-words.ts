/** What Binance's client libraries say, as data for the engine's readers of what clients throw (core's clients/words.ts). */
import type { ClientWords } from '@exchange-errors/core';

export const binanceClientWords: ClientWords = {
  // ccxt's Binance classes: spot and margin, USDⓈ-M, COIN-M, and Binance.US (Spot's API and codes).
  ccxtIds: ['binancecoinm', 'binanceusdm', 'binanceus', 'binance'],
  // `@binance/common` (under `@binance/spot` and the `@binance/derivatives-trading-*` connectors):
  // one class per status it knows, its message Binance's `msg` when the body had one.
  sdkErrors: {
    BadRequestError: 400,
    UnauthorizedError: 401,
    ForbiddenError: 403,
    NotFoundError: 404,
    RateLimitBanError: 418,
    TooManyRequestsError: 429,
    // Any other status (the status is not kept). `ServerError` keeps the status as `statusCode` and no body.
    ConnectorClientError: 0,
  },
  sdkTexts: [
    'The request was invalid or cannot be otherwise served.',
    'Unauthorized access. Authentication required.',
    'Access to the requested resource is forbidden.',
    'The requested resource was not found.',
    'The IP address has been banned for exceeding rate limits.',
    'Too many requests. You are being rate-limited.',
    'An unexpected error occurred.',
  ],
  sdkTransports: {
    // The same error for a refused connection and a timeout: the request may have been sent.
    NetworkError: 'dropped',
    // A parameter missing: checked before sending.
    RequiredError: 'notSent',
  },
  sdkMessages: [
    { text: /^Unable to send message/, transport: 'notSent' },
    { text: /^Websocket connection timed out$/, transport: 'notSent' },
    { text: /^Request timeout for id: /, transport: 'timeout' },
    { text: /^Connection closed unexpectedly\.$/, transport: 'dropped' },
  ],
};
