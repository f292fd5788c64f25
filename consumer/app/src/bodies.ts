/** Raw Binance bodies, exactly as the Options API sends them. */
export const INVALID_SYMBOL = '{"code":-1121,"msg":"Invalid symbol."}';
export const MISSING_QUANTITY = { code: -1102, msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." };
