/**
 * Spot's answers as its catalog names them (packages/binance-spot, generated from Binance's error
 * page): the code, the variant key and its values. Binance's error page lists 18 of the filters in
 * "Filter failure: NAME"; the filter document has two more (PERCENT_PRICE_BY_SIDE, MAX_ASSET) that the
 * exchange names the same way, so their failures carry their text instead of a variant.
 */
import type { OrderFailure, OrderField } from '../shared/types.js';

/** The catalog's variant key of each "Filter failure: NAME" message. */
export const FILTER_VARIANTS: Readonly<Record<string, string>> = {
  PRICE_FILTER: 'filterPriceFilter',
  PERCENT_PRICE: 'filterPercentPrice',
  LOT_SIZE: 'filterLotSize',
  MIN_NOTIONAL: 'filterMinNotional',
  NOTIONAL: 'filterNotional',
  ICEBERG_PARTS: 'filterIcebergParts',
  MARKET_LOT_SIZE: 'filterMarketLotSize',
  MAX_POSITION: 'filterMaxPosition',
  MAX_NUM_ORDERS: 'filterMaxNumOrders',
  MAX_NUM_ALGO_ORDERS: 'filterMaxNumAlgoOrders',
  MAX_NUM_ICEBERG_ORDERS: 'filterMaxNumIcebergOrders',
  MAX_NUM_ORDER_AMENDS: 'filterMaxNumOrderAmends',
  MAX_NUM_ORDER_LISTS: 'filterMaxNumOrderLists',
  TRAILING_DELTA: 'filterTrailingDelta',
  EXCHANGE_MAX_NUM_ORDERS: 'filterExchangeMaxNumOrders',
  EXCHANGE_MAX_NUM_ALGO_ORDERS: 'filterExchangeMaxNumAlgoOrders',
  EXCHANGE_MAX_NUM_ICEBERG_ORDERS: 'filterExchangeMaxNumIcebergOrders',
  EXCHANGE_MAX_NUM_ORDER_LISTS: 'filterExchangeMaxNumOrderLists',
};

/** The filter a variant key names (`filterLotSize` → `LOT_SIZE`). */
export const FILTER_OF_VARIANT: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(FILTER_VARIANTS).map(([name, variant]) => [variant, name]),
);

/** -1013 `Filter failure: NAME`: the answer `POST /api/v3/order` gives for a failed filter. */
export function filterFailure(name: string, field: OrderField | null): OrderFailure {
  const variant = FILTER_VARIANTS[name];
  return variant
    ? { code: -1013, variant, values: {}, field }
    : { code: -1013, variant: null, values: {}, field, message: `Filter failure: ${name}` };
}

export const failure = (
  code: number,
  variant: string,
  field: OrderField | null,
  values: Readonly<Record<string, string>> = {},
): OrderFailure => ({ code, variant, values, field });

/** Binance's legal range for a decimal parameter, as -1100 quotes it. */
export const DECIMAL_RANGE = '^([0-9]{1,20})(\\.[0-9]{1,20})?$';
/** The legal range of an integer parameter (`trailingDelta`). */
export const INTEGER_RANGE = '^[0-9]{1,20}$';
/** Spot's legal range for `newClientOrderId`. */
export const CLIENT_ORDER_ID_RANGE = '^[a-zA-Z0-9-_]{1,36}$';

/** The -1013 variant for an order type the symbol's `orderTypes` leaves out. */
export const TYPE_NOT_SUPPORTED: Readonly<Record<string, string>> = {
  MARKET: 'marketOrderNotSupported',
  STOP_LOSS: 'stopLossNotSupported',
  STOP_LOSS_LIMIT: 'stopLossLimitNotSupported',
  TAKE_PROFIT: 'takeProfitNotSupported',
  TAKE_PROFIT_LIMIT: 'takeProfitLimitNotSupported',
};
