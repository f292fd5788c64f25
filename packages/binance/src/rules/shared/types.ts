/**
 * The shape every product's order rules share, so an engine can plug any of them in: `check` runs the
 * exchange's order checks on what the app is about to send, `explain` says why a rejection came back
 * (core's `Explainer`). Both read the same facts: the `explain` option an app passes where it formats,
 * `{ order, symbolInfo, … }`, with the symbol's exchangeInfo entry exactly as Binance serves it.
 */
import type { Explainer, Fix } from '@exchange-errors/core';

/** An order parameter, named as the order request names it. */
export type OrderField =
  | 'symbol'
  | 'side'
  | 'type'
  | 'timeInForce'
  | 'quantity'
  | 'quoteOrderQty'
  | 'price'
  | 'stopPrice'
  | 'trailingDelta'
  | 'icebergQty'
  | 'reduceOnly'
  | 'goodTillDate'
  | 'newClientOrderId';

/** One failed check: the answer the exchange would send for it. */
export interface OrderFailure {
  readonly code: number;
  /**
   * The product catalog's key for the message the exchange sends (`filterLotSize`, `param`); null when
   * the catalog lacks it (Spot's `Filter failure: PERCENT_PRICE_BY_SIDE`, which Binance's error page
   * does not list): `message` then holds the text.
   */
  readonly variant: string | null;
  /** The message's values, by the catalog's names (`{ param: 'price' }`). */
  readonly values: Readonly<Record<string, string>>;
  /** The parameter the check is about; null for a limit of the account (open orders). */
  readonly field: OrderField | null;
  /** The exchange's text, for a message the catalog lacks. */
  readonly message?: string;
}

/** A product's order rules, as an engine takes them. */
export interface OrderRules {
  /** Why a code came back, in the trader's language, with the symbol's numbers; null when the facts do not show it. */
  readonly explain: Explainer;
  /** Every check the order fails, in the order the exchange runs them (the first is its answer). Never throws. */
  check(facts: unknown): readonly OrderFailure[];
}

/** A suggestion's field: an order parameter a one-click fix can set. */
export type SuggestionField = Fix['field'];

/** An explanation before it is put in words: a key under `explain.` and its values. */
export interface ExplanationDraft {
  /** The code whose rule failed. */
  readonly code: number;
  readonly key: string;
  readonly field: SuggestionField | null;
  /** Values for the sentence; `symbol` is '' when unknown (the sentence then says "this symbol"). */
  readonly values: Readonly<Record<string, string>>;
  readonly suggestions: readonly Fix[];
  /** A second sentence appended to the first (COIN-M: what one contract is worth). */
  readonly note?: { readonly key: string; readonly values: Readonly<Record<string, string>> };
}
