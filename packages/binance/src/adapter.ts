/**
 * Binance, as data for the engine: what its general API documentation says about its answers, the
 * same for every product. Errors are `{code, msg}` with negative codes; 4XX are the sender's fault;
 * 409 is a cancel-replace that partly succeeded; 5XX and its "status unknown" words mean the request
 * may have been executed; `Retry-After` comes with 429 and 418.
 */
import type { ExchangeAdapter } from '@exchange-errors/core';
import { binanceClientWords } from './client-words.js';

export const binance: ExchangeAdapter = {
  id: 'binance',
  name: 'Binance',
  // Every product, with the REST path prefixes that name it (the WebSocket API has no path to read).
  products: {
    options: ['/eapi/'],
    spot: ['/api/', '/sapi/'],
    usdm: ['/fapi/'],
    coinm: ['/dapi/'],
    pm: ['/papi/'],
  },
  // binance.com and its product hosts (api., fapi., dapi., eapi., papi.), binance.us, the testnets
  // (testnet.binance.vision, testnet.binancefuture.com) and the WebSocket API hosts.
  hosts: ['binance.com', 'binance.us', 'binance.vision', 'binancefuture.com'],
  bodies: [{ code: 'code', message: 'msg' }],
  // `{"code":0,"msg":"Service unavailable from a restricted location…"}` is how some of its gateways answer a 451.
  ignoredCodes: [0],
  // -1000 UNKNOWN, -1006 UNEXPECTED_RESP, -1007 TIMEOUT: Binance's own "execution status unknown".
  unknownCodes: [-1000, -1006, -1007],
  // The same words without a code, as its gateways send them with a 5XX.
  unknownTexts: ['status unknown', 'unknown error'],
  partialStatuses: [409],
  retryHeaders: [{ name: 'retry-after', unit: 'seconds-or-date' }],
  clients: binanceClientWords,
  // Spot's cancel-replace answers each half under `data` (-2021, -2022; REST and WebSocket API).
  legs: { cancel: 'cancelResponse', new: 'newOrderResponse', product: 'spot' },
};
