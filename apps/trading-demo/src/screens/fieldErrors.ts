/**
 * Which ticket field an exchange's rejection points at, so the message can sit beside that field. The
 * same number points at different fields per product (-2022 is the order to replace on Spot and the
 * reduce-only box on USDⓈ-M), so the map is the product's. Bybit's 10001 names no parameter (its words
 * vary: "Request parameter error.", "The number of contracts exceeds minimum limit allowed"): the toast
 * alone says it.
 */
import type { ResolvedError } from '@exchange-errors/core';
import type { TicketProduct } from '../state/products.js';
import { BINANCE_PARAM_FIELDS } from '../venues/binance.js';

export type TicketField =
  | 'symbol'
  | 'side'
  | 'type'
  | 'price'
  | 'quantity'
  | 'timeInForce'
  | 'postOnly'
  | 'reduceOnly'
  | 'positionSide'
  | 'clientOrderId'
  | 'replaceOrderId'
  | 'batch';

/** Codes every product means the same way. */
const COMMON: Readonly<Record<number, TicketField>> = {
  [-1121]: 'symbol',
  [-1117]: 'side',
  [-1116]: 'type',
  [-1115]: 'timeInForce',
};

const BY_CODE: Readonly<Record<TicketProduct, Readonly<Record<number, TicketField>>>> = {
  options: {
    ...COMMON,
    [-4001]: 'price',
    [-4002]: 'price',
    [-4013]: 'price',
    [-4029]: 'price',
    [-4003]: 'quantity',
    [-4004]: 'quantity',
    [-4005]: 'quantity',
    [-4030]: 'quantity',
    [-6044]: 'clientOrderId',
    [-6046]: 'timeInForce',
    [-6047]: 'postOnly',
    [-1014]: 'postOnly',
    [-6045]: 'reduceOnly',
    [-6011]: 'batch',
  },
  spot: {
    ...COMMON,
    // Both halves of a cancel-replace failed: the order to replace is the first suspect.
    [-2022]: 'replaceOrderId',
  },
  usdm: {
    ...COMMON,
    [-4001]: 'price',
    [-4002]: 'price',
    [-4013]: 'price',
    [-4014]: 'price',
    [-4016]: 'price',
    [-4024]: 'price',
    [-4003]: 'quantity',
    [-4004]: 'quantity',
    [-4005]: 'quantity',
    [-4023]: 'quantity',
    [-4164]: 'quantity',
    [-4061]: 'positionSide',
    [-4116]: 'clientOrderId',
    [-5022]: 'timeInForce',
    [-2022]: 'reduceOnly',
  },
  bybitLinear: {
    110003: 'price',
    110007: 'quantity',
    110017: 'reduceOnly',
    110072: 'clientOrderId',
    110094: 'quantity',
  },
};

/** Spot's -1013 and -2010 carry their cause in the message: the variant names the field. */
const SPOT_VARIANTS: Readonly<Record<string, TicketField>> = {
  filterPriceFilter: 'price',
  filterPercentPrice: 'price',
  filterLotSize: 'quantity',
  filterMarketLotSize: 'quantity',
  filterNotional: 'quantity',
  filterMinNotional: 'quantity',
  insufficientBalance: 'quantity',
  duplicateOrder: 'clientOrderId',
  wouldMatchAndTake: 'type',
};

/** Binance's parameter names as the ticket's fields; Options also has `postOnly`. */
const BY_PARAM: Readonly<Record<string, TicketField>> = { ...BINANCE_PARAM_FIELDS, postOnly: 'postOnly' };

/** Codes whose message names the parameter at fault. */
const NAMING_PARAM = new Set([-1100, -1102, -1106, -1111]);

export function fieldOf(resolved: ResolvedError, product: TicketProduct = 'options'): TicketField | null {
  if (resolved.code === null) return null;
  const param = resolved.values.param;
  if (param !== undefined && NAMING_PARAM.has(resolved.code))
    return Object.hasOwn(BY_PARAM, param) ? (BY_PARAM[param] ?? null) : null;
  if (product === 'spot' && (resolved.code === -1013 || resolved.code === -2010) && resolved.variant !== null)
    return SPOT_VARIANTS[resolved.variant] ?? null;
  return BY_CODE[product][resolved.code] ?? null;
}
