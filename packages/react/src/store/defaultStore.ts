import { createErrorStoreOn, type ErrorStore } from './createErrorStore.js';
import { attachDefaultStore, defaultArrivals } from './showError.js';

let defaultStore: ErrorStore | undefined;

/** The store `showError` and a `<ErrorToaster>` without a `store` prop share; created on first use. */
export function getDefaultErrorStore(): ErrorStore {
  if (!defaultStore) {
    // On the buffer `showError` filled before this chunk was in: those errors come first, in order.
    defaultStore = createErrorStoreOn(defaultArrivals);
    attachDefaultStore(defaultStore);
  }
  return defaultStore;
}
