/**
 * A new Spot order as the API layer reads it, before the matching engine sees it: mandatory and
 * unwanted parameters by order type, enums, number formats, precision, then the symbol's filters
 * (PRICE_FILTER, LOT_SIZE, NOTIONAL), checked exactly on the decimal strings. Everything here answers
 * in Spot's words (-1102, -1106, -1100, -1111, -1013 "Filter failure: …").
 */
import { DECIMAL_RANGE, exchangeErrors, reject } from '../errors.js';
import { isMultiple, placesOf, units } from '../exact.js';
import type { Params } from '../params.js';
import type { OrderSide } from '../types.js';
import { SPOT_CLIENT_ORDER_ID_RANGE, spotErrors } from './errors.js';
import { spotBook, SPOT_SYMBOLS, type SpotSymbol } from './instruments.js';

export type SpotOrderType = 'LIMIT' | 'LIMIT_MAKER' | 'MARKET';
export type SpotTimeInForce = 'GTC' | 'IOC' | 'FOK';

export interface SpotOrderRequest {
  readonly pair: SpotSymbol;
  readonly side: OrderSide;
  readonly type: SpotOrderType;
  /** LIMIT only; LIMIT_MAKER rests, MARKET takes. */
  readonly timeInForce: SpotTimeInForce | undefined;
  /** LIMIT and LIMIT_MAKER. */
  readonly price: number | undefined;
  /** Undefined for a MARKET order sized by `quoteOrderQty`. */
  readonly quantity: number | undefined;
  readonly quoteOrderQty: number | undefined;
  readonly clientOrderId: string | undefined;
}

export function spotPair(symbol: string): SpotSymbol {
  return SPOT_SYMBOLS.find((s) => s.symbol === symbol) ?? reject(exchangeErrors.badSymbol());
}

const UNSIGNED = /^[0-9]{1,20}(\.[0-9]{1,20})?$/;

/** A decimal as sent; Spot's legal range has no sign, so `-5` is an illegal character (-1100). */
function decimalText(params: Params, name: string, required: boolean): string | undefined {
  const raw = required ? params.required(name) : params.optional(name);
  if (raw !== undefined && !UNSIGNED.test(raw)) reject(exchangeErrors.illegalChars(name, DECIMAL_RANGE));
  return raw;
}

function refuse(params: Params, name: string): void {
  if (params.optional(name) !== undefined) reject(exchangeErrors.notRequired(name));
}

/** A filter value of 0 turns its rule off (Binance's filter documentation). */
const on = (limit: string): boolean => units(limit) !== 0n;

function checkPrice(pair: SpotSymbol, price: string): void {
  const { minPrice, maxPrice, tickSize } = pair.filters;
  const value = units(price);
  const fails =
    (on(minPrice) && value < units(minPrice)) ||
    (on(maxPrice) && value > units(maxPrice)) ||
    (on(tickSize) && !isMultiple(price, tickSize));
  if (fails) reject(spotErrors.filterFailure('PRICE_FILTER'));
}

function checkQuantity(pair: SpotSymbol, quantity: string): void {
  const { minQty, maxQty, stepSize } = pair.filters;
  const value = units(quantity);
  const fails =
    value < units(minQty) || (on(maxQty) && value > units(maxQty)) || (on(stepSize) && !isMultiple(quantity, stepSize));
  if (fails) reject(spotErrors.filterFailure('LOT_SIZE'));
}

/**
 * NOTIONAL: price × quantity within [minNotional, maxNotional] for limit orders; a MARKET order is
 * held to the minimum only (`applyMinToMarket: true`, `applyMaxToMarket: false`), valued at the touch.
 */
function checkNotional(pair: SpotSymbol, notional: number, market: boolean): void {
  const min = Number(pair.filters.minNotional);
  const max = Number(pair.filters.maxNotional);
  if (notional < min - 1e-12 || (!market && max > 0 && notional > max + 1e-9))
    reject(spotErrors.filterFailure('NOTIONAL'));
}

/** Reads and checks a new order's parameters; `now` prices a MARKET order's notional. */
export function readSpotOrder(params: Params, now: number): SpotOrderRequest {
  const pair = spotPair(params.required('symbol'));
  const side = params.required('side');
  if (side !== 'BUY' && side !== 'SELL') reject(exchangeErrors.badSide());
  const type = params.required('type');
  if (type !== 'LIMIT' && type !== 'LIMIT_MAKER' && type !== 'MARKET') reject(exchangeErrors.badOrderType());

  let quantityText: string | undefined;
  let priceText: string | undefined;
  let quoteText: string | undefined;
  let timeInForce: SpotTimeInForce | undefined;
  if (type === 'MARKET') {
    refuse(params, 'price');
    refuse(params, 'timeInForce');
    quantityText = decimalText(params, 'quantity', false);
    quoteText = decimalText(params, 'quoteOrderQty', false);
    if (quantityText === undefined && quoteText === undefined)
      reject(exchangeErrors.eitherParam('quantity', 'quoteOrderQty'));
    if (quantityText !== undefined && quoteText !== undefined) reject(exchangeErrors.notRequired('quoteOrderQty'));
  } else {
    refuse(params, 'quoteOrderQty');
    quantityText = decimalText(params, 'quantity', true);
    priceText = decimalText(params, 'price', true);
    if (type === 'LIMIT_MAKER') refuse(params, 'timeInForce');
    else {
      const tif = params.required('timeInForce');
      if (tif !== 'GTC' && tif !== 'IOC' && tif !== 'FOK') reject(exchangeErrors.badTimeInForce());
      timeInForce = tif;
    }
  }
  if (priceText !== undefined && placesOf(priceText) > pair.quoteAssetPrecision) reject(spotErrors.tooPrecise('price'));
  if (quantityText !== undefined && placesOf(quantityText) > pair.baseAssetPrecision)
    reject(spotErrors.tooPrecise('quantity'));
  if (quoteText !== undefined && placesOf(quoteText) > pair.quoteAssetPrecision)
    reject(spotErrors.tooPrecise('quoteOrderQty'));
  const clientOrderId = params.optional('newClientOrderId');
  if (clientOrderId !== undefined && !/^[a-zA-Z0-9_-]{1,36}$/.test(clientOrderId))
    reject(exchangeErrors.illegalChars('newClientOrderId', SPOT_CLIENT_ORDER_ID_RANGE));

  if (priceText !== undefined) checkPrice(pair, priceText);
  if (quantityText !== undefined) checkQuantity(pair, quantityText);
  const price = priceText === undefined ? undefined : Number(priceText);
  const quantity = quantityText === undefined ? undefined : Number(quantityText);
  const quoteOrderQty = quoteText === undefined ? undefined : Number(quoteText);
  const book = spotBook(pair, now);
  const touch = side === 'BUY' ? book.ask : book.bid;
  checkNotional(pair, quoteOrderQty ?? (price ?? touch) * (quantity ?? 0), type === 'MARKET');
  return { pair, side, type, timeInForce, price, quantity, quoteOrderQty, clientOrderId };
}
