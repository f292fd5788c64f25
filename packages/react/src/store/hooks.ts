import { createElement, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { ErrorStoreContext } from './context.js';
import type { ErrorStore } from './createErrorStore.js';
import { getDefaultErrorStore } from './defaultStore.js';
import type { ErrorStoreSnapshot, HistoryEntry, ShowErrorOptions } from './types.js';

/** Gives a store to the toaster and the hooks below it (default: the shared store of `showError`). */
export function ErrorStoreProvider({ store, children }: { readonly store: ErrorStore; readonly children?: ReactNode }) {
  return createElement(ErrorStoreContext.Provider, { value: store }, children);
}

export function useErrorStore(store?: ErrorStore): ErrorStore {
  const fromContext = useContext(ErrorStoreContext);
  return store ?? fromContext ?? getDefaultErrorStore();
}

export function useErrorStoreSnapshot(store?: ErrorStore): ErrorStoreSnapshot {
  const active = useErrorStore(store);
  return useSyncExternalStore(active.subscribe, active.getSnapshot, active.getSnapshot);
}

/** `const showError = useShowError(); showError(error, { action: { onClick: retry } })`. */
export function useShowError(store?: ErrorStore): (error: unknown, options?: ShowErrorOptions) => string {
  const active = useErrorStore(store);
  return useCallback((error: unknown, options?: ShowErrorOptions) => active.show(error, options), [active]);
}

export interface ErrorHistory {
  /** Every error shown, coalesced ones included, oldest first. */
  readonly entries: readonly HistoryEntry[];
  /** How many of the oldest entries were let go to keep the list bounded. */
  readonly dropped: number;
  /** Every error ever shown: `entries.length + dropped`. */
  readonly total: number;
  readonly clear: () => void;
}

/** The history for an error log: nothing disappears unrecorded. */
export function useErrorHistory(store?: ErrorStore): ErrorHistory {
  const active = useErrorStore(store);
  const snapshot = useSyncExternalStore(active.subscribe, active.getSnapshot, active.getSnapshot);
  return { entries: snapshot.history, dropped: snapshot.dropped, total: snapshot.total, clear: active.clearHistory };
}
