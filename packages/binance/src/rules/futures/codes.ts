/**
 * The codes each futures product answers for the same rule, read off its catalog (packages/binance-usdm,
 * -coinm, -pm, generated from Binance's error pages): most are shared, a few differ by product.
 */
export interface FuturesCodes {
  readonly product: 'usdm' | 'coinm' | 'pm';
  /** MIN_NOTIONAL: "Order's notional must be no smaller than %s (unless you choose reduce only)". */
  readonly minNotional: number;
  /** "The counterparty's best price does not meet the PERCENT_PRICE filter limit" (market orders). */
  readonly marketBand: number;
  /** A stop order's limit price above / below the stop price's multiplier band. */
  readonly stopAbove: number;
  readonly stopBelow: number;
}

export const USDM_CODES: FuturesCodes = {
  product: 'usdm',
  minNotional: -4164,
  marketBand: -4131,
  stopAbove: -4183,
  stopBelow: -4184,
};

export const COINM_CODES: FuturesCodes = {
  product: 'coinm',
  minNotional: -4178,
  marketBand: -4113,
  stopAbove: -4151,
  stopBelow: -4152,
};

export const PM_CODES: FuturesCodes = {
  product: 'pm',
  minNotional: -4164,
  marketBand: -4131,
  stopAbove: -4183,
  stopBelow: -4184,
};

/** Codes every futures product shares, by rule. */
export const SHARED = {
  precision: -1111,
  priceNegative: -4001,
  priceAboveMax: -4002,
  quantityNotPositive: -4003,
  quantityBelowMin: -4004,
  quantityAboveMax: -4005,
  priceBelowMin: -4013,
  priceOffTick: -4014,
  priceAboveCap: -4016,
  quantityOffStep: -4023,
  priceBelowFloor: -4024,
  balance: -2018,
  margin: -2019,
} as const;
