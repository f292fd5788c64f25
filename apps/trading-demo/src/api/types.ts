/** The parts of Binance's answers the app reads (numbers arrive as strings, as Binance sends them). */
export interface OptionSymbolInfo {
  readonly symbol: string;
  readonly side: 'CALL' | 'PUT';
  readonly strikePrice: string;
  readonly underlying: string;
  readonly expiryDate: number;
  readonly priceScale: number;
  readonly quantityScale: number;
  /** The most a single order may carry (-6054 beyond it). */
  readonly maxQty?: string;
  readonly minQty?: string;
  readonly filters?: readonly {
    readonly filterType: string;
    readonly minPrice?: string;
    readonly maxPrice?: string;
    readonly tickSize?: string;
    readonly minQty?: string;
    readonly maxQty?: string;
    readonly stepSize?: string;
  }[];
}

export interface ExchangeInfo {
  readonly optionSymbols: readonly OptionSymbolInfo[];
}

export interface Ticker {
  readonly symbol: string;
  readonly bidPrice: string;
  readonly askPrice: string;
  readonly exercisePrice?: string;
}

export interface Mark {
  readonly symbol: string;
  readonly markPrice: string;
  readonly markIV: string;
  readonly delta: string;
}

export interface OrderView {
  readonly orderId: number;
  readonly symbol: string;
  readonly price: string;
  readonly quantity: string;
  readonly executedQty: string;
  readonly side: 'BUY' | 'SELL';
  readonly status: 'ACCEPTED' | 'PARTIALLY_FILLED' | 'FILLED' | 'CANCELLED' | 'REJECTED';
  readonly timeInForce: string;
  readonly clientOrderId: string;
  readonly reduceOnly: boolean;
  readonly postOnly: boolean;
}

export interface PositionView {
  readonly symbol: string;
  readonly side: 'LONG' | 'SHORT';
  readonly quantity: string;
  readonly entryPrice: string;
  readonly markPrice: string;
  readonly unrealizedPNL: string;
}

export interface MarginAccount {
  readonly asset: readonly {
    readonly asset: string;
    readonly marginBalance: string;
    readonly equity: string;
    readonly available: string;
    readonly initialMargin: string;
    readonly maintMargin: string;
    readonly unrealizedPNL: string;
  }[];
  readonly greek: readonly { readonly underlying: string; readonly delta: string }[];
}

export interface MmpView {
  readonly underlying: string;
  readonly windowTimeInMilliseconds: number;
  readonly frozenTimeInMilliseconds: number;
  readonly qtyLimit: string;
  readonly deltaLimit: string;
  readonly lastTriggerTime: number;
}

/** A batch answer holds an order or a `{code, msg}` per item. */
export type BatchItem = OrderView | { readonly code: number; readonly msg: string };

export function asArray<T>(value: unknown): readonly T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}
