/**
 * A new USDⓈ-M order as the API layer reads it: mandatory and unwanted parameters by type, enums, the
 * account's position mode, number formats, precision (-1111), then the symbol's filters in futures'
 * own codes (-4001 … -4024, -4164), checked exactly on the decimal strings.
 */
import { CLIENT_ORDER_ID_RANGE, exchangeErrors, reject } from '../errors.js';
import { isMultiple, placesOf, units } from '../exact.js';
import type { Params } from '../params.js';
import type { OrderSide } from '../types.js';
import { usdmErrors } from './errors.js';
import { PERP_SYMBOLS, type PerpSymbol } from './instruments.js';

export type PerpOrderType = 'LIMIT' | 'MARKET';
export type PerpTimeInForce = 'GTC' | 'IOC' | 'FOK' | 'GTX';

export interface PerpOrderRequest {
  readonly contract: PerpSymbol;
  readonly side: OrderSide;
  readonly type: PerpOrderType;
  readonly timeInForce: PerpTimeInForce;
  /** LIMIT only. */
  readonly price: number | undefined;
  readonly quantity: number;
  readonly reduceOnly: boolean;
  readonly clientOrderId: string | undefined;
}

export function perpContract(symbol: string, contracts: readonly PerpSymbol[] = PERP_SYMBOLS): PerpSymbol {
  return contracts.find((s) => s.symbol === symbol) ?? reject(exchangeErrors.badSymbol());
}

/** A filter value of 0 turns its rule off (Binance's filter documentation). */
const on = (limit: string): boolean => units(limit) !== 0n;

/** Units of 10^-20 times another's: the scale of a product of two decimals. */
const SCALE = 10n ** 20n;

/** The mark price as an exact decimal (it is on the tick, eight places are plenty). */
const exactMark = (mark: number): string => mark.toFixed(8);

function checkPrice(contract: PerpSymbol, price: string, mark: number): void {
  const { minPrice, maxPrice, tickSize, multiplierUp, multiplierDown } = contract.filters;
  const value = units(price);
  if (placesOf(price) > contract.pricePrecision) reject(usdmErrors.badPrecision());
  if (value < 0n) reject(usdmErrors.priceBelowZero());
  if (on(minPrice) && value < units(minPrice)) reject(usdmErrors.priceBelowMin());
  if (on(maxPrice) && value > units(maxPrice)) reject(usdmErrors.priceAboveMax());
  if (on(tickSize) && !isMultiple(price, tickSize)) reject(usdmErrors.tickSize());
  // PERCENT_PRICE: within multiplierDown … multiplierUp × the mark price, exactly.
  const scaled = value * SCALE;
  const markUnits = units(exactMark(mark));
  if (on(multiplierUp) && scaled > markUnits * units(multiplierUp)) reject(usdmErrors.aboveMultiplierUp());
  if (on(multiplierDown) && scaled < markUnits * units(multiplierDown)) reject(usdmErrors.belowMultiplierDown());
}

function checkQuantity(contract: PerpSymbol, quantity: string, market: boolean): void {
  const { minQty, maxQty, marketMaxQty, stepSize } = contract.filters;
  const value = units(quantity);
  const max = market ? marketMaxQty : maxQty;
  if (placesOf(quantity) > contract.quantityPrecision) reject(usdmErrors.badPrecision());
  if (value <= 0n) reject(usdmErrors.qtyNotPositive());
  if (on(minQty) && value < units(minQty)) reject(usdmErrors.qtyBelowMin());
  if (on(max) && value > units(max)) reject(usdmErrors.qtyAboveMax());
  if (on(stepSize) && !isMultiple(quantity, stepSize)) reject(usdmErrors.stepSize());
}

/** Reads and checks a new order's parameters against the contract and its mark price. */
export function readPerpOrder(
  params: Params,
  mark: (contract: PerpSymbol) => number,
  contracts: readonly PerpSymbol[] = PERP_SYMBOLS,
): PerpOrderRequest {
  const contract = perpContract(params.required('symbol'), contracts);
  const side = params.required('side');
  if (side !== 'BUY' && side !== 'SELL') reject(exchangeErrors.badSide());
  // The demo account trades in one-way mode: only BOTH is its position side.
  const positionSide = params.optional('positionSide') ?? 'BOTH';
  if (positionSide !== 'BOTH') reject(usdmErrors.positionSide());
  const type = params.required('type');
  if (type !== 'LIMIT' && type !== 'MARKET') reject(exchangeErrors.badOrderType());

  let priceText: string | undefined;
  let timeInForce: PerpTimeInForce = 'GTC';
  if (type === 'MARKET') {
    if (params.optional('price') !== undefined) reject(exchangeErrors.notRequired('price'));
  } else {
    const tif = params.required('timeInForce');
    if (tif !== 'GTC' && tif !== 'IOC' && tif !== 'FOK' && tif !== 'GTX') reject(exchangeErrors.badTimeInForce());
    timeInForce = tif;
  }
  const quantityText = params.decimalText('quantity', true);
  if (type === 'LIMIT') priceText = params.decimalText('price', true);
  const reduceOnly = params.boolean('reduceOnly');
  const clientOrderId = params.optional('newClientOrderId');
  if (clientOrderId !== undefined && !/^[.A-Z:/a-z0-9_-]{1,36}$/.test(clientOrderId))
    reject(exchangeErrors.illegalChars('newClientOrderId', CLIENT_ORDER_ID_RANGE));

  const markPrice = mark(contract);
  if (priceText !== undefined) checkPrice(contract, priceText, markPrice);
  checkQuantity(contract, quantityText, type === 'MARKET');
  const price = priceText === undefined ? undefined : Number(priceText);
  const quantity = Number(quantityText);
  // MIN_NOTIONAL: a limit order at its price, a market one at the mark, exactly; reduce-only is exempt.
  const value = units(priceText ?? exactMark(markPrice)) * units(quantityText);
  if (!reduceOnly && on(contract.filters.notional) && value < units(contract.filters.notional) * SCALE)
    reject(usdmErrors.minNotional(contract.filters.notional));
  return { contract, side, type, timeInForce, price, quantity, reduceOnly, clientOrderId };
}
