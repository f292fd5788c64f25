/**
 * A new Spot order as the API layer reads it, before the matching engine sees it, in this order: the
 * symbol, side and type (a type the pair's `orderTypes` leaves out is -1013), the parameters each type
 * must and must not have (Binance's `POST /api/v3/order` documentation), number formats, precision
 * (-1111), an iceberg larger than its order, then the pair's filters (filters.ts). Everything answers
 * in Spot's words (-1102, -1106, -1100, -1111, -1013 …); the first failure answers.
 */
import { DECIMAL_RANGE, exchangeErrors, reject } from '../errors.js';
import { placesOf, units } from '../exact.js';
import type { Params } from '../params.js';
import { SPOT_CLIENT_ORDER_ID_RANGE, spotErrors } from './errors.js';
import { enforceSpotFilters, type FilterState, type FilteredOrder } from './filters.js';
import { SPOT_SYMBOLS, type SpotOrderType, type SpotSymbol } from './instruments.js';

export type { SpotOrderType } from './instruments.js';
export type SpotTimeInForce = 'GTC' | 'IOC' | 'FOK';

export interface SpotOrderRequest extends FilteredOrder {
  readonly pair: SpotSymbol;
  /** LIMIT, STOP_LOSS_LIMIT and TAKE_PROFIT_LIMIT only. */
  readonly timeInForce: SpotTimeInForce | undefined;
  readonly clientOrderId: string | undefined;
}

export function spotPair(symbol: string, pairs: readonly SpotSymbol[] = SPOT_SYMBOLS): SpotSymbol {
  return pairs.find((s) => s.symbol === symbol) ?? reject(exchangeErrors.badSymbol());
}

const TYPES: readonly SpotOrderType[] = [
  'LIMIT',
  'MARKET',
  'STOP_LOSS',
  'STOP_LOSS_LIMIT',
  'TAKE_PROFIT',
  'TAKE_PROFIT_LIMIT',
  'LIMIT_MAKER',
];
/** Who needs what, as `POST /api/v3/order` documents it. */
const NEEDS_TIME_IN_FORCE = new Set<SpotOrderType>(['LIMIT', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT']);
const NEEDS_PRICE = new Set<SpotOrderType>(['LIMIT', 'LIMIT_MAKER', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT']);
const NEEDS_STOP = new Set<SpotOrderType>(['STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT']);
const TAKES_ICEBERG = NEEDS_PRICE;

/** What the answer says when the pair does not list a type. */
const NOT_LISTED: Partial<Record<SpotOrderType, string>> = {
  MARKET: 'Market orders are not supported for this symbol.',
  STOP_LOSS: 'Stop loss orders are not supported for this symbol.',
  STOP_LOSS_LIMIT: 'Stop loss limit orders are not supported for this symbol.',
  TAKE_PROFIT: 'Take profit orders are not supported for this symbol.',
  TAKE_PROFIT_LIMIT: 'Take profit limit orders are not supported for this symbol.',
};

const UNSIGNED = /^[0-9]{1,20}(\.[0-9]{1,20})?$/;
const WHOLE = /^[0-9]{1,20}$/;
const CLIENT_ORDER_ID = /^[a-zA-Z0-9_-]{1,36}$/;

function isType(value: string): value is SpotOrderType {
  return (TYPES as readonly string[]).includes(value);
}

/** A parameter the type must have (-1102) or must not have (-1106). */
function presence(params: Params, name: string, needed: boolean, allowed: boolean): string | undefined {
  const raw = params.optional(name);
  if (raw === undefined && needed) reject(exchangeErrors.mandatory(name));
  if (raw !== undefined && !allowed) reject(exchangeErrors.notRequired(name));
  return raw;
}

/** A number's characters: Spot's legal range has no sign, so `-5` is illegal (-1100). */
function wellFormed(name: string, raw: string | undefined, pattern: RegExp, range: string): void {
  if (raw !== undefined && !pattern.test(raw)) reject(exchangeErrors.illegalChars(name, range));
}

/** Reads and checks a new order's parameters, then the filters against `state` (average price, open orders, holdings). */
export function readSpotOrder(
  params: Params,
  state: (pair: SpotSymbol) => FilterState,
  pairs: readonly SpotSymbol[] = SPOT_SYMBOLS,
): SpotOrderRequest {
  const pair = spotPair(params.required('symbol'), pairs);
  const side = params.required('side');
  if (side !== 'BUY' && side !== 'SELL') reject(exchangeErrors.badSide());
  const rawType = params.required('type');
  if (!isType(rawType)) return reject(exchangeErrors.badOrderType());
  const type: SpotOrderType = rawType;
  const unlisted = NOT_LISTED[type];
  if (!pair.orderTypes.includes(type) && unlisted) reject(spotErrors.unsupported(unlisted));

  const tif = presence(params, 'timeInForce', NEEDS_TIME_IN_FORCE.has(type), NEEDS_TIME_IN_FORCE.has(type));
  if (tif !== undefined && tif !== 'GTC' && tif !== 'IOC' && tif !== 'FOK') reject(exchangeErrors.badTimeInForce());

  const market = type === 'MARKET';
  let quantity = params.optional('quantity');
  let quoteOrderQty = params.optional('quoteOrderQty');
  if (market && quantity === undefined && quoteOrderQty === undefined)
    reject(exchangeErrors.eitherParam('quantity', 'quoteOrderQty'));
  if (market && quantity !== undefined && quoteOrderQty !== undefined)
    reject(exchangeErrors.notRequired('quoteOrderQty'));
  quantity = presence(params, 'quantity', !market, true);
  quoteOrderQty = presence(params, 'quoteOrderQty', false, market);
  wellFormed('quantity', quantity, UNSIGNED, DECIMAL_RANGE);
  wellFormed('quoteOrderQty', quoteOrderQty, UNSIGNED, DECIMAL_RANGE);

  const price = presence(params, 'price', NEEDS_PRICE.has(type), NEEDS_PRICE.has(type));
  wellFormed('price', price, UNSIGNED, DECIMAL_RANGE);

  const stop = NEEDS_STOP.has(type);
  if (stop && params.optional('stopPrice') === undefined && params.optional('trailingDelta') === undefined)
    reject(exchangeErrors.eitherParam('stopPrice', 'trailingDelta'));
  const stopPrice = presence(params, 'stopPrice', false, stop);
  const trailingDelta = presence(params, 'trailingDelta', false, stop);
  wellFormed('stopPrice', stopPrice, UNSIGNED, DECIMAL_RANGE);
  wellFormed('trailingDelta', trailingDelta, WHOLE, '^[0-9]{1,20}$');

  const icebergQty = presence(params, 'icebergQty', false, TAKES_ICEBERG.has(type));
  wellFormed('icebergQty', icebergQty, UNSIGNED, DECIMAL_RANGE);

  const clientOrderId = params.optional('newClientOrderId');
  if (clientOrderId !== undefined && !CLIENT_ORDER_ID.test(clientOrderId))
    reject(exchangeErrors.illegalChars('newClientOrderId', SPOT_CLIENT_ORDER_ID_RANGE));

  const precise: [string, string | undefined, number][] = [
    ['price', price, pair.quoteAssetPrecision],
    ['quantity', quantity, pair.baseAssetPrecision],
    ['quoteOrderQty', quoteOrderQty, pair.quoteAssetPrecision],
    ['stopPrice', stopPrice, pair.quoteAssetPrecision],
    ['icebergQty', icebergQty, pair.baseAssetPrecision],
  ];
  for (const [name, raw, places] of precise)
    if (raw !== undefined && placesOf(raw) > places) reject(spotErrors.tooPrecise(name));

  if (icebergQty !== undefined && quantity !== undefined && units(icebergQty) > units(quantity))
    reject(spotErrors.icebergExceedsQuantity());

  const order: SpotOrderRequest = {
    pair,
    side,
    type,
    timeInForce: tif as SpotTimeInForce | undefined,
    price,
    stopPrice,
    quantity,
    quoteOrderQty,
    icebergQty,
    trailingDelta,
    clientOrderId,
  };
  enforceSpotFilters(pair, order, state(pair));
  return order;
}
