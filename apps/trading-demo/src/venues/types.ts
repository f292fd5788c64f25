/**
 * A venue: one product of one exchange that the ticket trades besides Options' chain (Binance Spot,
 * Binance USDⓈ-M futures, Bybit's USDT perpetuals), described as data plus a few readers
 * of its answers. The ticket, the rules cache, the market facts and the lists read only this, so a
 * venue is added by describing it, not by teaching the screens about it.
 */
import type { ProductModule } from '@exchange-errors/core';
import type { Method, ParamValue } from '../api/client.js';
import type { TicketValues } from '../state/ticket.js';

export type OrderSide = 'BUY' | 'SELL';

/** An order parameter the ticket has a field for (the exchange's own names map onto these). */
export type VenueField =
  | 'symbol'
  | 'side'
  | 'type'
  | 'price'
  | 'quantity'
  | 'timeInForce'
  | 'reduceOnly'
  | 'positionSide'
  | 'clientOrderId'
  | 'replaceOrderId';

/**
 * A market fact the product's order rules read besides the symbol's entry, fetched per symbol with
 * `GET path?symbol=…`. `key` is its name in `validateOrder`'s `explain` (`avgPrice`, `markPrice`,
 * `book`); the answer goes in as served unless `read` says otherwise.
 */
export interface MarketFactSource {
  readonly key: string;
  readonly path: string;
  readonly read?: (answer: unknown) => unknown;
}

/** What a trader reads under the symbol before sending: its grid and its minimum order value. */
export interface SymbolRules {
  readonly symbol: string;
  readonly quoteAsset: string;
  readonly tickSize: string;
  readonly stepSize: string;
  readonly minNotional: string;
}

/** A symbol's entry of the exchange's rules answer, exactly as served (what `validateOrder` takes). */
export interface SymbolEntry {
  readonly symbol: string;
  readonly entry: unknown;
}

export interface OpenOrderRow {
  readonly orderId: string;
  readonly symbol: string;
  readonly side: OrderSide;
  readonly type: string;
  readonly price: string;
  readonly quantity: string;
  readonly executed: string;
  readonly timeInForce: string;
  readonly status: string;
  readonly clientOrderId: string;
}

/** An asset the account holds (Spot has balances, not positions). */
export interface BalanceRow {
  readonly asset: string;
  readonly free: string;
  readonly locked: string;
}

export interface PositionRow {
  readonly symbol: string;
  readonly side: 'LONG' | 'SHORT';
  /** The size, without its sign. */
  readonly quantity: string;
  readonly entryPrice: string;
  readonly markPrice: string;
  readonly unrealizedPnl: string;
}

/** What the account holds on this venue, and how to read it: Spot's balances or a futures' positions. */
export type HoldingsSource =
  | { readonly kind: 'balances'; readonly path: string; readonly read: (answer: unknown) => readonly BalanceRow[] }
  | { readonly kind: 'positions'; readonly path: string; readonly read: (answer: unknown) => readonly PositionRow[] };

/** An order as the exchange answered it, in the words the ticket's status line uses. */
export interface PlacedOrder {
  readonly orderId: string;
  readonly symbol: string;
  readonly side: OrderSide;
  readonly type: string;
  readonly price: string;
  readonly quantity: string;
  readonly status: string;
}

/** The exchanges the ticket's switch offers. */
export type ExchangeId = 'binance' | 'bybit';

export interface Venue {
  /** The ticket's id for it (`spot`, `bybitLinear`). */
  readonly id: string;
  readonly exchange: ExchangeId;
  /**
   * The kit's `product` for its errors when the app names it (Binance's `spot` and `usdm`: -2022 means
   * something else on each); absent where the engine decides from the request (Bybit's `/v5/` paths).
   */
  readonly product?: string;
  /** The kit's module for its errors, texts and order rules (a lazy module: chunks on first use). */
  readonly errors: ProductModule;
  /** Parameters every request to it carries (Bybit's `category`). */
  readonly params?: Readonly<Record<string, ParamValue>>;
  readonly paths: {
    readonly order: string;
    readonly cancel: string;
    readonly cancelMethod: Method;
    readonly exchangeInfo: string;
    readonly openOrders: string;
  };
  /** The symbols of its rules answer, each entry as served. */
  readonly symbolsOf: (info: unknown) => readonly SymbolEntry[];
  /** The symbol the ticket starts on when it switches here with another venue's kind of symbol. */
  readonly defaultSymbol: string;
  /** Whether a symbol is of this venue's kind (`BTCUSDT`, not an option's `BTC-261225-100000-C`). */
  readonly symbolPattern: RegExp;
  /** The hint under the symbol, read from its entry; null when the entry says too little. */
  readonly rulesOf: (entry: SymbolEntry) => SymbolRules | null;
  readonly facts: readonly MarketFactSource[];
  readonly fields: ReadonlySet<VenueField>;
  readonly orderTypes: readonly TicketValues['type'][];
  readonly timeInForce: readonly TicketValues['timeInForce'][];
  /** The order as the exchange takes it: only the parameters its type has. */
  readonly orderParams: (values: TicketValues, side: OrderSide) => Readonly<Record<string, ParamValue>>;
  /** The ticket field an exchange parameter name is about (`newClientOrderId` → `clientOrderId`). */
  readonly fieldOfParam: (param: string) => VenueField | null;
  /** The order placed, from the answer and the order as sent (Bybit answers with its id only). */
  readonly readOrder: (answer: unknown, sent: Readonly<Record<string, ParamValue>>) => PlacedOrder | null;
  readonly readOpenOrders: (answer: unknown) => readonly OpenOrderRow[];
  readonly holdings: HoldingsSource;
  /** Spot's cancel-replace: the ticket's "Order to replace" turns the order into one. */
  readonly cancelReplace?: {
    readonly path: string;
    readonly params: (
      order: Readonly<Record<string, ParamValue>>,
      replaceId: string,
    ) => Readonly<Record<string, ParamValue>>;
    readonly readPlaced: (answer: unknown) => PlacedOrder | null;
  };
}
