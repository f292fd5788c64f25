/** Raw Binance Options answers, exactly as the API sends them, and the request they answer. */
export const INVALID_SYMBOL = '{"code":-1121,"msg":"Invalid symbol."}';
export const MISSING_QUANTITY = {
  code: -1102,
  msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed.",
};
export const ORDER = { method: 'POST', url: '/eapi/v1/order' } as const;
