/**
 * A futures symbol's rules, read from its entry of `GET /fapi/v1/exchangeInfo` (USDⓈ-M) or
 * `GET /dapi/v1/exchangeInfo` (COIN-M; Portfolio Margin orders use these two) exactly as Binance
 * serves it: PRICE_FILTER, LOT_SIZE, MARKET_LOT_SIZE, MIN_NOTIONAL (`notional`), PERCENT_PRICE
 * (`multiplierUp`, `multiplierDown`, `multiplierDecimal`), the precisions as digit counts, and on
 * COIN-M the `contractSize` an order's quantity counts in. A value of 0 turns its rule off.
 */
import { ceilToStep, floorToStep, unitOfScale, type Decimal } from '../shared/decimal.js';
import { itemsOf, limitOf, nameOf, own, textOf, wholeOf } from '../shared/read.js';

export interface Lot {
  readonly minQty: Decimal | null;
  readonly maxQty: Decimal | null;
  readonly stepSize: Decimal | null;
}

export interface FuturesSymbol {
  readonly symbol: string | null;
  readonly baseAsset: string | null;
  readonly quoteAsset: string | null;
  readonly marginAsset: string | null;
  /** Decimals a price may have: -1111 beyond. */
  readonly pricePrecision: number | null;
  /** Decimals a quantity may have: -1111 beyond. */
  readonly quantityPrecision: number | null;
  /** COIN-M: what one contract is worth in the quote asset (USD); null on USDⓈ-M. */
  readonly contractSize: Decimal | null;
  readonly orderTypes: readonly string[] | null;
  readonly timeInForce: readonly string[] | null;
  readonly price: {
    readonly minPrice: Decimal | null;
    readonly maxPrice: Decimal | null;
    readonly tickSize: Decimal | null;
  } | null;
  readonly lot: Lot | null;
  readonly marketLot: Lot | null;
  /** MIN_NOTIONAL's `notional` as served (the -4164 text quotes it), and its value. */
  readonly minNotional: { readonly text: string; readonly value: Decimal } | null;
  /** PERCENT_PRICE's multipliers, each on `multiplierDecimal` decimals (rounded toward the band's inside). */
  readonly percent: { readonly up: Decimal | null; readonly down: Decimal | null } | null;
}

const MAX_FILTERS = 64;

function lotOf(raw: unknown): Lot {
  return { minQty: limitOf(raw, 'minQty'), maxQty: limitOf(raw, 'maxQty'), stepSize: limitOf(raw, 'stepSize') };
}

/**
 * `multiplierDecimal` is how many decimals the multipliers are quoted to; a multiplier with more is
 * cut to that many, the cap down and the floor up, so the band never widens.
 */
function percentOf(raw: unknown): FuturesSymbol['percent'] {
  let up = limitOf(raw, 'multiplierUp');
  let down = limitOf(raw, 'multiplierDown');
  const decimals = wholeOf(raw, 'multiplierDecimal');
  if (decimals !== null && decimals <= 20) {
    const unit = unitOfScale(decimals);
    if (up) up = floorToStep(up, unit);
    if (down) down = ceilToStep(down, unit);
  }
  return { up: up && up.units > 0n ? up : null, down: down && down.units > 0n ? down : null };
}

function listOf(raw: unknown, key: string): string[] | null {
  if (!Array.isArray(own(raw, key))) return null;
  return itemsOf(raw, key, 32).filter((t): t is string => typeof t === 'string');
}

function precisionOf(raw: unknown, key: string): number | null {
  const value = wholeOf(raw, key);
  return value !== null && value <= 40 ? value : null;
}

export function readFuturesSymbol(raw: unknown): FuturesSymbol {
  let price: FuturesSymbol['price'] = null;
  let lot: Lot | null = null;
  let marketLot: Lot | null = null;
  let minNotional: FuturesSymbol['minNotional'] = null;
  let percent: FuturesSymbol['percent'] = null;
  for (const filter of itemsOf(raw, 'filters', MAX_FILTERS)) {
    const type = textOf(filter, 'filterType');
    if (type === 'PRICE_FILTER' && !price)
      price = {
        minPrice: limitOf(filter, 'minPrice'),
        maxPrice: limitOf(filter, 'maxPrice'),
        tickSize: limitOf(filter, 'tickSize'),
      };
    else if (type === 'LOT_SIZE' && !lot) lot = lotOf(filter);
    else if (type === 'MARKET_LOT_SIZE' && !marketLot) marketLot = lotOf(filter);
    else if (type === 'MIN_NOTIONAL' && !minNotional) {
      const value = limitOf(filter, 'notional');
      const text = own(filter, 'notional');
      if (value) minNotional = { text: typeof text === 'string' ? text : String(text), value };
    } else if (type === 'PERCENT_PRICE' && !percent) percent = percentOf(filter);
  }
  const contractSize = limitOf(raw, 'contractSize');
  return {
    symbol: nameOf(raw, 'symbol'),
    baseAsset: nameOf(raw, 'baseAsset'),
    quoteAsset: nameOf(raw, 'quoteAsset'),
    marginAsset: nameOf(raw, 'marginAsset'),
    pricePrecision: precisionOf(raw, 'pricePrecision'),
    quantityPrecision: precisionOf(raw, 'quantityPrecision'),
    contractSize,
    orderTypes: listOf(raw, 'orderTypes'),
    timeInForce: listOf(raw, 'timeInForce'),
    price,
    lot,
    marketLot,
    minNotional,
    percent,
  };
}
