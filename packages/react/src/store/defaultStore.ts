import { createErrorStore, type ErrorStore } from './createErrorStore.js';
import { attachDefaultStore } from './showError.js';

let defaultStore: ErrorStore | undefined;

/** The store `showError` and a `<ErrorToaster>` without a `store` prop share; created on first use. */
export function getDefaultErrorStore(): ErrorStore {
  if (!defaultStore) {
    defaultStore = createErrorStore();
    attachDefaultStore(defaultStore);
  }
  return defaultStore;
}
