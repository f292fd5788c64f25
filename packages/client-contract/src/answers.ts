/**
 * Answers that carry several errors, as Binance's documents print them (collected 2026-12 from
 * developers.binance.com, through a public scrape of its pages): batch orders and Spot's
 * cancel-replace, over REST and the WebSocket API. Order fields are trimmed to the ones that matter;
 * every `{code, msg}` is verbatim.
 */

/** USDⓈ-M "Place Multiple Orders" (POST /fapi/v1/batchOrders), response example: HTTP 200. */
export const USDM_BATCH = [
  {
    clientOrderId: 'testOrder',
    orderId: 22542179,
    origQty: '10',
    side: 'BUY',
    positionSide: 'SHORT',
    status: 'NEW',
    symbol: 'BTCUSDT',
    type: 'TRAILING_STOP_MARKET',
  },
  { code: -2022, msg: 'ReduceOnly Order is rejected.' },
];

/** COIN-M "Place Multiple Orders" (POST /dapi/v1/batchOrders), response example: HTTP 200. */
export const COINM_BATCH = [
  {
    clientOrderId: 'testOrder',
    orderId: 22542179,
    origQty: '10',
    side: 'BUY',
    status: 'NEW',
    symbol: 'BTCUSD_200925',
    pair: 'BTCUSD',
    type: 'TRAILING_STOP_MARKET',
  },
  { code: -2022, msg: 'ReduceOnly Order is rejected.' },
];

/** Spot "Cancel an Existing Order and Send a New Order" (POST /api/v3/order/cancelReplace), error responses. */
export const CANCEL_REPLACE = {
  /** STOP_ON_FAILURE, the cancel failed: HTTP 400. */
  cancelFailed: {
    code: -2022,
    msg: 'Order cancel-replace failed.',
    data: {
      cancelResult: 'FAILURE',
      newOrderResult: 'NOT_ATTEMPTED',
      cancelResponse: { code: -2011, msg: 'Unknown order sent.' },
      newOrderResponse: null,
    },
  },
  /** The cancel succeeded, the new order failed: HTTP 409. */
  newOrderFailed: {
    code: -2021,
    msg: 'Order cancel-replace partially failed.',
    data: {
      cancelResult: 'SUCCESS',
      newOrderResult: 'FAILURE',
      cancelResponse: {
        symbol: 'BTCUSDT',
        origClientOrderId: '86M8erehfExV8z2RC8Zo8k',
        orderId: 3,
        orderListId: -1,
        clientOrderId: 'G1kLo6aDv2KGNTFcjfTSFq',
        status: 'CANCELED',
        type: 'LIMIT_MAKER',
        side: 'SELL',
      },
      newOrderResponse: { code: -2010, msg: 'Order would immediately match and take.' },
    },
  },
  /** ALLOW_FAILURE, the cancel failed, the new order was placed: HTTP 409. */
  cancelFailedNewPlaced: {
    code: -2021,
    msg: 'Order cancel-replace partially failed.',
    data: {
      cancelResult: 'FAILURE',
      newOrderResult: 'SUCCESS',
      cancelResponse: { code: -2011, msg: 'Unknown order sent.' },
      newOrderResponse: {
        symbol: 'BTCUSDT',
        orderId: 11,
        orderListId: -1,
        clientOrderId: 'pfojJMg6IMNDKuJqDxvoxN',
        transactTime: 1648540168818,
      },
    },
  },
  /** ALLOW_FAILURE, both failed: HTTP 400. */
  bothFailed: {
    code: -2022,
    msg: 'Order cancel-replace failed.',
    data: {
      cancelResult: 'FAILURE',
      newOrderResult: 'FAILURE',
      cancelResponse: { code: -2011, msg: 'Unknown order sent.' },
      newOrderResponse: { code: -2010, msg: 'Order would immediately match and take.' },
    },
  },
  /** orderRateLimitExceededMode=CANCEL_ONLY, the unfilled order count exceeded: HTTP 409. */
  cancelOnly: {
    code: -2021,
    msg: 'Order cancel-replace partially failed.',
    data: {
      cancelResult: 'SUCCESS',
      newOrderResult: 'FAILURE',
      cancelResponse: { symbol: 'LTCBNB', orderId: 64, orderListId: -1, status: 'CANCELED' },
      newOrderResponse: { code: -1015, msg: 'Too many new orders; current limit is 1 orders per 10 SECOND.' },
    },
  },
} as const;

/** Spot's WebSocket API `order.cancelReplace`: the cancel succeeded, the new order failed. */
export const WS_CANCEL_REPLACE = {
  id: 'b220edfe-f3c4-4a3a-9d13-b35473783a25',
  status: 409,
  error: {
    code: -2021,
    msg: 'Order cancel-replace partially failed.',
    data: {
      cancelResult: 'SUCCESS',
      newOrderResult: 'FAILURE',
      cancelResponse: { symbol: 'BTCUSDT', orderId: 125690984230, status: 'CANCELED' },
      newOrderResponse: { code: -2010, msg: 'Order would immediately match and take.' },
    },
  },
  rateLimits: [{ rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 50, count: 1 }],
};

/**
 * Bybit's `POST /v5/order/create-batch`, HTTP 200: each item's result in `retExtInfo.list`, beside the
 * items in `result.list`. A real answer, quoted in ccxt's `bybit.js` (its createOrders): the first of
 * two linear orders refused, the second placed.
 */
export const BYBIT_BATCH = {
  retCode: 0,
  retMsg: 'OK',
  result: {
    list: [
      { category: 'linear', symbol: 'LTCUSDT', orderId: '', orderLinkId: '', createAt: '' },
      {
        category: 'linear',
        symbol: 'LTCUSDT',
        orderId: '3c9f65b6-01ad-4ac0-9741-df17e02a4223',
        orderLinkId: '',
        createAt: '1698075516029',
      },
    ],
  },
  retExtInfo: {
    list: [
      { code: 10001, msg: 'The number of contracts exceeds maximum limit allowed: too large' },
      { code: 0, msg: 'OK' },
    ],
  },
  time: 1698075516029,
};
