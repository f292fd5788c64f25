/** Raw Binance bodies, exactly as the APIs send them, and the paths of the requests they answer. */
export const INVALID_SYMBOL = '{"code":-1121,"msg":"Invalid symbol."}';
export const MISSING_QUANTITY = {
  code: -1102,
  msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed.",
};
/** Spot's matching engine refusing an order: -2010 is NEW_ORDER_REJECTED, the message says why. */
export const INSUFFICIENT_BALANCE = '{"code":-2010,"msg":"Account has insufficient balance for requested action."}';

/**
 * With two products registered, -1121 and -1102 are codes of both: the request's path says which
 * product answered, as an app that talks to several products passes it.
 */
export const OPTIONS_ORDER = '/eapi/v1/order';
export const SPOT_ORDER = '/api/v3/order';
