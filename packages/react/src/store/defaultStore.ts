import { createErrorStore, type ErrorStore } from './createErrorStore.js';
import type { ShowErrorOptions } from './types.js';

let defaultStore: ErrorStore | undefined;

/** The store `showError` and a `<ErrorToaster>` without a `store` prop share; created on first use. */
export function getDefaultErrorStore(): ErrorStore {
  defaultStore ??= createErrorStore();
  return defaultStore;
}

/** Shows an error in the default toaster: `showError(await res.json(), { action: { onClick: retry } })`. */
export function showError(error: unknown, options?: ShowErrorOptions): string {
  return getDefaultErrorStore().show(error, options);
}
