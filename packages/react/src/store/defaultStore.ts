import { createErrorStoreOn, type ErrorStore } from './createErrorStore.js';
import { onServer } from './serverSide.js';
import { attachDefaultStore, defaultArrivals, noteDirectShow, showError } from './showError.js';

let defaultStore: ErrorStore | undefined;

/** The store `showError` and a `<ErrorToaster>` without a `store` prop share; created on first use. */
export function getDefaultErrorStore(): ErrorStore {
  if (!defaultStore) {
    // On the buffer `showError` filled before this chunk was in: those errors come first, in order.
    const store = createErrorStoreOn(defaultArrivals);
    attachDefaultStore(store);
    // What the hooks hand out: its `show` tells a toaster without a store of its own, as `showError` does.
    defaultStore = {
      ...store,
      show(error, options) {
        // As `showError`: nothing is kept on a server, where every request shares this store.
        if (onServer()) return showError(error, options);
        noteDirectShow();
        return store.show(error, options);
      },
    };
  }
  return defaultStore;
}
