/**
 * Errors as each product's servers send them, and what a trader should read for each, in both
 * languages (the product packages' texts: Binance's message, our title).
 */

/** Spot's matching-engine text under -2010: a variant with its own title. */
export const SPOT_INSUFFICIENT = { code: -2010, msg: 'Account has insufficient balance for requested action.' };

/**
 * Spot's failed cancel-replace, as POST /api/v3/order/cancelReplace answers when both the cancel and
 * the new order fail (the shape of Binance's Spot REST docs: HTTP 400, the two results under `data`).
 */
export const SPOT_CANCEL_REPLACE_FAILED = {
  code: -2022,
  msg: 'Order cancel-replace failed.',
  data: {
    cancelResult: 'FAILURE',
    newOrderResult: 'FAILURE',
    cancelResponse: { code: -2011, msg: 'Unknown order sent.' },
    newOrderResponse: { code: -2010, msg: 'Order would immediately match and take.' },
  },
};

/** USDⓈ-M (and COIN-M, PM) futures' -2022. */
export const USDM_REDUCE_ONLY = { code: -2022, msg: 'ReduceOnly Order is rejected.' };

/** COIN-M's -4087 (REDUCE_ONLY_ORDER_PERMISSION on USDⓈ-M and PM). */
export const COINM_INVALID_PAIR = { code: -4087, msg: 'Invalid pair.' };

/** A Portfolio Margin code no other product has. */
export const PM_BORROWABLE = { code: -51006, msg: 'Exceeds maximum borrowable amount.' };

/** An axios error as an app's HTTP client rejects with it: the request's URL names the product. */
export function axiosError(url: string, status: number, data: unknown) {
  return {
    name: 'AxiosError',
    isAxiosError: true,
    message: `Request failed with status code ${status}`,
    config: { method: 'post', url },
    response: { status, data, headers: {} },
  };
}

type Both = readonly [en: string, zh: string];

/** What a trader reads: the title and the message, in English and in Chinese. */
export interface Reads {
  readonly title: Both;
  readonly message: Both;
}

export const READS = {
  spotInsufficient: {
    title: ['Insufficient balance', '余额不足'],
    message: ['Account has insufficient balance for requested action.', '账户余额不足，无法执行所请求的操作。'],
  },
  spotCancelReplace: {
    title: ['Cancel-replace failed', '撤销挂单再下单失败'],
    message: ['Order cancel-replace failed.', '撤销挂单再下单失败。'],
  },
  // Binance's Chinese keeps its Markdown around the field's name (`ReduceOnly`订单被拒绝): the part after it.
  usdmReduceOnly: {
    title: ['Reduce-only order rejected', '只减仓订单被拒绝'],
    message: ['ReduceOnly Order is rejected.', '订单被拒绝'],
  },
  coinmInvalidPair: { title: ['Invalid pair', '币对无效'], message: ['Invalid pair.', '无效的币对。'] },
  pmBorrowable: {
    title: ['Above the borrowable amount', '超过可借数量'],
    message: ['Exceeds maximum borrowable amount.', '超过最大可借数量。'],
  },
  // Read with no product's codes: the kit's generic text, with Binance's message as sent.
  undecided: {
    title: ['Exchange error', '交易所错误'],
    message: [
      'The exchange returned error -2022: ReduceOnly Order is rejected.',
      '交易所返回错误 -2022：ReduceOnly Order is rejected.',
    ],
  },
} as const satisfies Record<string, Reads>;
