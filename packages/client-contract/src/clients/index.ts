import { binanceApiNode } from './binance-api-node.js';
import { binanceConnectorLegacy } from './binance-connector-legacy.js';
import {
  binanceCoinFuturesConnector,
  binancePortfolioMarginConnector,
  binanceSpotConnector,
  binanceUsdsFuturesConnector,
} from './binance-connectors.js';
import { bybitApiClient, bybitApiThrowingClient, ccxtBybitClient } from './bybit.js';
import { ccxtClient } from './ccxt.js';
import type { ClientUnderTest } from './client.js';
import {
  axiosClient,
  fetchClient,
  kyClient,
  ofetchClient,
  rtkQueryClient,
  tanstackCauseClient,
  tanstackQueryClient,
} from './http.js';
import { nodeBinanceApi } from './node-binance-api.js';
import { tiagosieblerBinance } from './tiagosiebler-binance.js';

export type { CallContext, ClientUnderTest } from './client.js';

export const CLIENTS: readonly ClientUnderTest[] = [
  ccxtClient,
  binanceSpotConnector,
  binanceUsdsFuturesConnector,
  binanceCoinFuturesConnector,
  binancePortfolioMarginConnector,
  tiagosieblerBinance,
  binanceApiNode,
  binanceConnectorLegacy,
  nodeBinanceApi,
  axiosClient,
  ofetchClient,
  kyClient,
  fetchClient,
  rtkQueryClient,
  tanstackQueryClient,
  tanstackCauseClient,
  ccxtBybitClient,
  bybitApiClient,
  bybitApiThrowingClient,
];
