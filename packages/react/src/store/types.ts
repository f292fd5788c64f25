import type { RequestInfo, ResolvedError, ResolveHints, Suggestion } from '@exchange-errors/core';

export interface ErrorAction {
  /** Button text; default: the localized "Retry". */
  readonly label?: string;
  readonly onClick: () => void;
}

export interface ShowErrorOptions extends ResolveHints {
  /**
   * The product the error came from (`options`, `spot`, `usdm`, `coinm`, `pm`, …). Without it the
   * kit reads it from the request (`request.url`, the error's own request URL), or takes the only
   * product registered; otherwise the toast says it cannot tell.
   */
  readonly product?: string;
  /** Milliseconds on screen, or `'persistent'` to stay until dismissed. Default: the store's. */
  readonly duration?: number | 'persistent';
  readonly action?: ErrorAction;
  /**
   * The request as sent (method, URL, query, body, headers): it names the product, and is shown and
   * copied with its secrets (`signature`, `apiKey`, `X-MBX-APIKEY`, `listenKey`, any field whose name
   * holds key, secret, signature, token or password, `Authorization`, cookies) as `[redacted]`.
   */
  readonly request?: RequestInfo;
  /** When it happened (ms since epoch); default now. */
  readonly time?: number;
  /**
   * The order and the symbol's rules, for products with order rules (`{ order, symbolInfo, book? }`:
   * the order sent, the symbol's exchangeInfo entry as the exchange serves it, the top of the book).
   * The toast and the details then explain a filter failure with the symbol's numbers (the rules load
   * as a chunk of their own the first time one is passed).
   */
  readonly explain?: unknown;
  /** The app's labels for parameter names the server quotes: `{ quantity: 'Quantity' }`. */
  readonly fieldLabels?: Readonly<Record<string, string>>;
  /** Offers the explanation's fixes as buttons in the details; called with the one clicked. */
  readonly onApplySuggestion?: (suggestion: Suggestion) => void;
}

export interface ErrorRecord {
  readonly id: string;
  readonly input: unknown;
  readonly resolved: ResolvedError;
  readonly hints: ResolveHints;
  /** How many times this same error (code and values) arrived while shown; ×N when above 1. */
  readonly count: number;
  readonly firstAt: number;
  readonly lastAt: number;
  /** `null`: stays until dismissed. */
  readonly duration: number | null;
  readonly action?: ErrorAction;
  readonly request?: RequestInfo;
  /** From `showError`'s options: the latest arrival's, when the same error coalesced. */
  readonly explain?: unknown;
  readonly fieldLabels?: Readonly<Record<string, string>>;
  readonly onApplySuggestion?: (suggestion: Suggestion) => void;
}

export interface HistoryEntry {
  /** 1-based arrival number across the store's life. */
  readonly seq: number;
  /** The toast it was shown in (several entries share one when coalesced). */
  readonly toastId: string;
  readonly at: number;
  readonly resolved: ResolvedError;
  readonly request?: RequestInfo;
  /** This arrival's order and symbol rules and the app's field labels, for its details in a log. */
  readonly explain?: unknown;
  readonly fieldLabels?: Readonly<Record<string, string>>;
  /** Arrived while an identical toast was up, and was counted there instead of shown again. */
  readonly coalesced: boolean;
}

/**
 * One state of the store, immutable. A new object only when something changed; `queued` and
 * `history` are built on first read (and kept), so a burst costs nothing for what nobody reads.
 */
export interface ErrorStoreSnapshot {
  /** On screen, newest first. */
  readonly visible: readonly ErrorRecord[];
  /** Waiting for a free place, oldest first; at most the store's `queueLimit`. */
  readonly queued: readonly ErrorRecord[];
  /** `queued.length`, without building the array. */
  readonly waiting: number;
  /** Errors that arrived before the engine and the catalogs did: shown, in order, once they are in. */
  readonly pending: number;
  /**
   * Toasts folded away because the queue was full (the oldest waiting ones go first), since the
   * last `clearOverflow()` or `dismissAll()`. Their errors are in `history` like every other.
   */
  readonly overflow: number;
  /** Every error shown, oldest first, bounded; `dropped` counts the oldest ones let go. */
  readonly history: readonly HistoryEntry[];
  readonly dropped: number;
  /** Every error that arrived, coalesced ones included. */
  readonly total: number;
}
