import type { ResolvedBinanceError, ResolveHints } from '@exchange-errors/binance-options';

export interface ErrorAction {
  /** Button text; default: the localized "Retry". */
  readonly label?: string;
  readonly onClick: () => void;
}

/** Where the failed request went; shown in ErrorDetails and copied for support. */
export interface RequestContext {
  readonly method?: string;
  readonly path?: string;
}

export interface ShowErrorOptions extends ResolveHints {
  /** Milliseconds on screen, or `'persistent'` to stay until dismissed. Default: the store's. */
  readonly duration?: number | 'persistent';
  readonly action?: ErrorAction;
  readonly context?: RequestContext;
  /** When it happened (ms since epoch); default now. */
  readonly time?: number;
}

export interface ErrorRecord {
  readonly id: string;
  readonly input: unknown;
  readonly resolved: ResolvedBinanceError;
  readonly hints: ResolveHints;
  /** How many times this same error (code and values) arrived while shown; ×N when above 1. */
  readonly count: number;
  readonly firstAt: number;
  readonly lastAt: number;
  /** `null`: stays until dismissed. */
  readonly duration: number | null;
  readonly action?: ErrorAction;
  readonly context?: RequestContext;
}

export interface HistoryEntry {
  /** 1-based arrival number across the store's life. */
  readonly seq: number;
  /** The toast it was shown in (several entries share one when coalesced). */
  readonly toastId: string;
  readonly at: number;
  readonly resolved: ResolvedBinanceError;
  readonly context?: RequestContext;
  /** Arrived while an identical toast was up, and was counted there instead of shown again. */
  readonly coalesced: boolean;
}

export interface ErrorStoreSnapshot {
  /** On screen, newest first. */
  readonly visible: readonly ErrorRecord[];
  /** Waiting for a free place, oldest first. */
  readonly queued: readonly ErrorRecord[];
  /** Every error shown, oldest first, bounded; `dropped` counts the oldest ones let go. */
  readonly history: readonly HistoryEntry[];
  readonly dropped: number;
  readonly total: number;
}
