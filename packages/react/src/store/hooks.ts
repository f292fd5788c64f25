'use client';

import { createElement, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { ErrorStoreContext } from './context.js';
import { emptySnapshot } from './emptySnapshot.js';
import type { ErrorStore } from './createErrorStore.js';
import { getDefaultErrorStore } from './defaultStore.js';
import type { ErrorStoreSnapshot } from './types.js';

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
  // The server renders no store's records (see emptySnapshot.ts); the client fills in after hydrating.
  return useSyncExternalStore(active.subscribe, active.getSnapshot, emptySnapshot);
}
