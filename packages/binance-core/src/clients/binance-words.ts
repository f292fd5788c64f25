/** Binance's client libraries, as data for the readers of this folder (see words.ts). */
import type { ClientWords } from './words.js';

export const BINANCE_CLIENT_WORDS: ClientWords = {
  // ccxt's Binance classes: spot and margin, USDⓈ-M, COIN-M, and Binance.US (Spot's API and codes).
  ccxtIds: ['binancecoinm', 'binanceusdm', 'binanceus', 'binance'],
  // `@binance/common` (under `@binance/spot` and the `@binance/derivatives-trading-*` connectors):
  // one class per status it knows, its message Binance's `msg` when the body had one.
  sdkErrors: {
    BadRequestError: {
      serverMessage: true,
      status: 400,
      defaultMessage: 'The request was invalid or cannot be otherwise served.',
    },
    UnauthorizedError: {
      serverMessage: true,
      status: 401,
      defaultMessage: 'Unauthorized access. Authentication required.',
    },
    ForbiddenError: {
      serverMessage: true,
      status: 403,
      defaultMessage: 'Access to the requested resource is forbidden.',
    },
    NotFoundError: { serverMessage: true, status: 404, defaultMessage: 'The requested resource was not found.' },
    RateLimitBanError: {
      serverMessage: true,
      status: 418,
      defaultMessage: 'The IP address has been banned for exceeding rate limits.',
    },
    TooManyRequestsError: {
      serverMessage: true,
      status: 429,
      defaultMessage: 'Too many requests. You are being rate-limited.',
    },
    // The status is its `statusCode`; the body is not kept.
    ServerError: { defaultMessage: 'An internal server error occurred.', ownMessage: /^Server error: \d{3}$/ },
    // Any other status: the status is not kept.
    ConnectorClientError: { serverMessage: true, defaultMessage: 'An unexpected error occurred.' },
    // The same error for a refused connection and a timeout: the request may have been sent.
    NetworkError: { transport: 'dropped', defaultMessage: 'A network error occurred.', ownMessage: /^Network error/ },
    // A parameter missing: checked before sending.
    RequiredError: { transport: 'notSent', ownMessage: /^Required parameter / },
  },
  sdkMessages: [
    { text: /^Unable to send message/, transport: 'notSent' },
    { text: /^Websocket connection timed out$/, transport: 'notSent' },
    { text: /^Request timeout for id: /, transport: 'timeout' },
    { text: /^Connection closed unexpectedly\.$/, transport: 'dropped' },
  ],
};
