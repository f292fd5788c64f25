/**
 * What an app knows about a request, read safely: the order it sent, the symbol's entry of
 * `GET /eapi/v1/exchangeInfo` (`optionSymbols[]`) and the top of the book. Every reader is total:
 * hostile objects (throwing getters, Proxies, cycles) read as "not given", never as a throw.
 */
import type { ExplanationDraft } from '@exchange-errors/core/internal';
import { formatDecimal, parseDecimal, type Decimal } from './decimal.js';

/** An order as the app sends it to `POST /eapi/v1/order` (numbers as strings, as Binance reads them). */
export interface OrderDraft {
  readonly symbol?: string;
  /** `BUY` or `SELL`. */
  readonly side?: string;
  /** `LIMIT` (the only type Binance Options takes). */
  readonly type?: string;
  readonly price?: string | number;
  readonly quantity?: string | number;
  /** `GTC` (default), `IOC` or `FOK`. */
  readonly timeInForce?: string;
  readonly reduceOnly?: boolean | string;
  readonly postOnly?: boolean | string;
  readonly clientOrderId?: string;
}

export interface OptionSymbolFilter {
  readonly filterType?: string;
  readonly minPrice?: string | number;
  readonly maxPrice?: string | number;
  readonly tickSize?: string | number;
  readonly minQty?: string | number;
  readonly maxQty?: string | number;
  readonly stepSize?: string | number;
}

/** One entry of `optionSymbols[]` from `GET /eapi/v1/exchangeInfo`; only the fields the rules use. */
export interface OptionSymbolInfo {
  readonly symbol?: string;
  readonly filters?: readonly OptionSymbolFilter[];
  /** Decimal places a price may have. */
  readonly priceScale?: number | string;
  /** Decimal places a quantity may have. */
  readonly quantityScale?: number | string;
  /** The most one order may carry (top-level `maxQty`); -6054 beyond it. */
  readonly maxQty?: string | number;
  readonly minQty?: string | number;
}

/** The top of the book when the order was sent (from `GET /eapi/v1/ticker` or `/depth`). */
export interface BookTop {
  readonly bestBid?: string | number;
  readonly bestAsk?: string | number;
}

/** What the app knows about a request: `formatBinanceError(…, { context })`, `explainBinanceError`. */
export interface ExplainContext {
  readonly order?: OrderDraft;
  readonly symbolInfo?: OptionSymbolInfo;
  readonly book?: BookTop;
}

export type OrderField =
  'symbol' | 'side' | 'type' | 'price' | 'quantity' | 'timeInForce' | 'postOnly' | 'reduceOnly' | 'clientOrderId';

export type { ExplanationDraft };

/* ------------------------------------------------------------------ safe reading */

function read(source: unknown, key: string): unknown {
  if (typeof source !== 'object' || source === null) return undefined;
  try {
    return Object.prototype.hasOwnProperty.call(source, key) ? (source as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

function readString(source: unknown, key: string): string | undefined {
  const value = read(source, key);
  return typeof value === 'string' ? value : undefined;
}

/** A positive decimal from a filter, or null when absent, malformed, or 0 (Binance: 0 turns the rule off). */
function readLimit(source: unknown, key: string): Decimal | null {
  const value = parseDecimal(read(source, key));
  return value && value.units > 0n ? value : null;
}

function readScale(source: unknown, key: string): number | null {
  const raw = read(source, key);
  const value =
    typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,2}$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isInteger(value) && value >= 0 && value <= 40 ? value : null;
}

function filterOf(info: unknown, type: string): unknown {
  const filters = read(info, 'filters');
  if (!Array.isArray(filters)) return undefined;
  try {
    for (let i = 0; i < Math.min(filters.length, 64); i += 1) {
      const filter: unknown = filters[i];
      if (read(filter, 'filterType') === type) return filter;
    }
  } catch {
    // A Proxy posing as an array: no filters.
  }
  return undefined;
}

/** The symbol's rules, each `null` when the entry does not give it. */
export interface SymbolRules {
  readonly symbol: string | null;
  readonly minPrice: Decimal | null;
  readonly maxPrice: Decimal | null;
  readonly tickSize: Decimal | null;
  readonly minQty: Decimal | null;
  readonly maxQty: Decimal | null;
  readonly stepSize: Decimal | null;
  readonly priceScale: number | null;
  readonly quantityScale: number | null;
  /** Top-level `maxQty`: the most a single order may carry. */
  readonly maxOrderQty: Decimal | null;
}

export function readSymbolRules(info: unknown): SymbolRules {
  const price = filterOf(info, 'PRICE_FILTER');
  const lot = filterOf(info, 'LOT_SIZE');
  return {
    symbol: readString(info, 'symbol') ?? null,
    minPrice: readLimit(price, 'minPrice'),
    maxPrice: readLimit(price, 'maxPrice'),
    tickSize: readLimit(price, 'tickSize'),
    minQty: lot === undefined ? readLimit(info, 'minQty') : readLimit(lot, 'minQty'),
    maxQty: lot === undefined ? readLimit(info, 'maxQty') : readLimit(lot, 'maxQty'),
    stepSize: readLimit(lot, 'stepSize'),
    priceScale: readScale(info, 'priceScale'),
    quantityScale: readScale(info, 'quantityScale'),
    maxOrderQty: readLimit(info, 'maxQty'),
  };
}

/** A price or quantity as sent: the text on the wire and its exact value (null if not a decimal). */
export interface SentNumber {
  readonly text: string;
  readonly value: Decimal | null;
}

/** The order as the exchange reads it. `undefined` means not sent (Binance treats '' the same). */
export interface SentOrder {
  readonly symbol: string | undefined;
  readonly side: string | undefined;
  readonly type: string | undefined;
  readonly price: SentNumber | undefined;
  readonly quantity: SentNumber | undefined;
  readonly timeInForce: string | undefined;
  readonly postOnly: boolean | string | undefined;
  readonly reduceOnly: boolean | string | undefined;
  readonly clientOrderId: string | undefined;
}

function sentText(order: unknown, key: string): string | undefined {
  const value = read(order, key);
  const text = typeof value === 'string' ? value : undefined;
  return text === '' ? undefined : text;
}

function sentNumber(order: unknown, key: string): SentNumber | undefined {
  const raw = read(order, key);
  if (typeof raw === 'number') {
    // A number goes on the wire as its plain shortest decimal (what an app should send).
    const value = parseDecimal(raw);
    return value ? { text: formatDecimal(value), value } : { text: String(raw), value: null };
  }
  if (typeof raw !== 'string' || raw === '') return undefined;
  return { text: raw, value: parseDecimal(raw) };
}

function sentFlag(order: unknown, key: string): boolean | string | undefined {
  const value = read(order, key);
  if (typeof value === 'boolean') return value;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function readOrder(order: unknown): SentOrder {
  return {
    symbol: sentText(order, 'symbol'),
    side: sentText(order, 'side'),
    type: sentText(order, 'type'),
    price: sentNumber(order, 'price'),
    quantity: sentNumber(order, 'quantity'),
    timeInForce: sentText(order, 'timeInForce'),
    postOnly: sentFlag(order, 'postOnly'),
    reduceOnly: sentFlag(order, 'reduceOnly'),
    clientOrderId: sentText(order, 'clientOrderId'),
  };
}

export interface BookValues {
  readonly bestBid: Decimal | null;
  readonly bestAsk: Decimal | null;
}

export function readBook(book: unknown): BookValues {
  return { bestBid: readLimit(book, 'bestBid'), bestAsk: readLimit(book, 'bestAsk') };
}

/** Everything the evaluators look at. */
export interface Facts {
  readonly order: SentOrder;
  readonly rules: SymbolRules;
  readonly book: BookValues;
}

export function readFacts(context: unknown): Facts {
  return {
    order: readOrder(read(context, 'order')),
    rules: readSymbolRules(read(context, 'symbolInfo')),
    book: readBook(read(context, 'book')),
  };
}
