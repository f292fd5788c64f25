/**
 * Bybit, as data for the engine: what its v5 API documents about its answers, the same for every
 * product. Errors come back as HTTP 200 with `{retCode, retMsg, result, retExtInfo, time}`;
 * `retCode: 0` is a success. 10016 (internal server error, service restarting) leaves the outcome
 * unknown; HTTP 403 is an IP rate limit breached or a U.S. IP; HTTP 429 and retCode 10006 are rate
 * limits, with the reset time in `X-Bapi-Limit-Reset-Timestamp` (epoch ms); batch endpoints answer
 * each item's result in `retExtInfo.list[]`.
 */
import type { ExchangeAdapter } from '@exchange-errors/core';
import { bybitClientWords } from './client-words.js';

export const bybit: ExchangeAdapter = {
  id: 'bybit',
  name: 'Bybit',
  // One product: the v5 API, REST (`/v5/…`) and its WebSocket order entry (`wss://stream.bybit.com/v5/trade`).
  // Within it, a code's meaning may depend on the path (the catalog's `paths`, from curated/section-paths.ts).
  products: { v5: ['/v5/'] },
  // Its integration guide's hosts: api.bybit.com and api.bytick.com (mainnet), api-testnet. and api-demo.
  // (testnet, demo trading), stream. (WebSocket), and the regional mainnets it tells users of some
  // countries to use (bybit.nl, byhkbit.com, bybit-tr.com, bybit.kz); bybit-api's domain map adds
  // bybit.tr, bybitgeorgia.ge, bybit.ae, bybit.eu, bybit.id and the Hong Kong and Japan entities'
  // spark-fintech.com and manepa.jp.
  hosts: [
    'bybit.com',
    'bytick.com',
    'bybit.nl',
    'byhkbit.com',
    'bybit-tr.com',
    'bybit.tr',
    'bybit.kz',
    'bybitgeorgia.ge',
    'bybit.ae',
    'bybit.eu',
    'bybit.id',
    'spark-fintech.com',
    'manepa.jp',
  ],
  bodies: [{ code: 'retCode', message: 'retMsg' }],
  successCodes: [0],
  // 10016: "internal server error" / "Service is restarting" / "Server error.": an order may have been placed.
  unknownCodes: [10016],
  // Its "HTTP Code" section: 403 is an IP rate limit breached, a GET with a JSON body, or a U.S. IP.
  statusCodes: [403],
  // Sent with every private answer; a wait only once no requests are left (`X-Bapi-Limit-Status: 0`).
  retryHeaders: [
    { name: 'x-bapi-limit-reset-timestamp', unit: 'epoch-ms', remaining: 'x-bapi-limit-status' },
    { name: 'retry-after', unit: 'seconds-or-date' },
  ],
  clients: bybitClientWords,
  // `/v5/order/create-batch`, `amend-batch`, `cancel-batch`: `{code, msg}` per item, 0 for one that went through.
  batchResults: { path: ['retExtInfo', 'list'], body: { code: 'code', message: 'msg' } },
};
