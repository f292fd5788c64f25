/**
 * Which requests each section of Bybit's error page speaks for: the request path prefixes (lower
 * case) of the endpoints its codes come from, read off Bybit's v5 API reference and the endpoint lists
 * of its SDKs (`bybit-api`, pybit). The generator gives every variant of a code that means something
 * else in another section the prefixes of its sections (`paths` in the catalog); the engine then reads
 * such a code by the request's path, the longest prefix first, and leaves it undecided without one.
 * Codes with one meaning need no prefixes: for them this table is documentation, reviewed all the same.
 */
export const SECTION_PATHS: Readonly<Record<string, readonly string[]>> = {
  // HTTP statuses, not codes a body carries: the engine reads a status itself (a 403 as this section's
  // text). No request path names this meaning, so a body's 429 reads as the UTA section's.
  http: [],
  // The WebSocket order entry (`wss://stream.bybit.com/v5/trade`): its answers carry retCode too, and
  // the socket's URL is the path to give.
  wsOrderEntry: ['/v5/trade'],
  // Ambiguous on the page: "UTA" holds the codes every endpoint answers (parameters, API key,
  // signature, permissions, rate limits: 10001–10029, 429) as well as the unified account's trading
  // (110xxx on /v5/order/, /v5/position/, /v5/account/). So any REST path; a section with a longer
  // prefix wins where it lists the code too.
  uta: ['/v5/'],
  // Spot orders go to the same /v5/order/ endpoints (category=spot); 170xxx are theirs.
  spotTrade: ['/v5/order/', '/v5/execution/'],
  // The UTA's spot margin endpoints and the classic account's cross margin ones.
  spotMarginTrade: ['/v5/spot-margin-trade/', '/v5/spot-cross-margin-trade/'],
  // Transfers, deposits, withdrawals and coin convert (/v5/asset/exchange/: 700000–700012 here).
  asset: ['/v5/asset/'],
  // Fiat convert (/v5/fiat/quote-apply, trade-execute, …).
  fiatConvert: ['/v5/fiat/'],
  // Convert small balances: /v5/asset/covert/… (Bybit's own spelling), inside the Asset section's prefix.
  convertSmallBalances: ['/v5/asset/covert/'],
  // "Crypto Loan (New)": the common, flexible and fixed-term endpoints.
  cryptoLoan: ['/v5/crypto-loan-common/', '/v5/crypto-loan-flexible/', '/v5/crypto-loan-fixed/'],
  cryptoLoanLegacy: ['/v5/crypto-loan/'],
  institutionalLoan: ['/v5/ins-loan/'],
  // "Exchange Broker": /v5/broker/…; its Reward sub-section is the voucher endpoints.
  broker: ['/v5/broker/'],
  brokerReward: ['/v5/broker/award/'],
  earn: ['/v5/earn/'],
  user: ['/v5/user/'],
  // "Set API rate limit": /v5/apilimit/set, query, query-cap, query-all.
  apiRateLimit: ['/v5/apilimit/'],
  rfq: ['/v5/rfq/'],
  // Ambiguous on the page: "Manual Loan" names no endpoint; its texts (borrow precision, repaying
  // while interest is calculated, enable margin trading) are the UTA's manual borrow and repay.
  manualLoan: ['/v5/account/borrow', '/v5/account/repay', '/v5/account/no-convert-repay'],
  // Strategy orders (TWAP, iceberg, chase, POV): /v5/strategy/create, stop, list, order-list.
  strategy: ['/v5/strategy/'],
  // The prediction market of Bybit Alpha.
  prediction: ['/v5/alpha/prediction/'],
};
