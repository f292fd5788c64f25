/**
 * `showError`, light: the store behind it comes with the toaster's controller (one chunk, loaded
 * with the first error or once the page is idle), so an app that imports the toaster and `showError`
 * pays for neither the store nor the engine until then. Errors that arrive before the store wait in
 * `defaultArrivals`, the buffer the default store takes over: where they, and the store's own, wait
 * for the engine too.
 */
import { createArrivalBuffer } from './arrivals.js';
import type { ErrorStore } from './createErrorStore.js';
import { onServer } from './serverSide.js';
import type { ShowErrorOptions } from './types.js';

let target: ErrorStore | null = null;
let activity = 0;
/** Errors shown straight on the default store (`useErrorStore().show`), not through `showError`. */
let direct = 0;
let loading = false;
const listeners = new Set<() => void>();

/** Where errors wait before the default store, and in it before the engine. */
export const defaultArrivals = createArrivalBuffer();

/** Called when the default store exists (made on `defaultArrivals`): `showError` goes to it from now on. */
export function attachDefaultStore(store: ErrorStore): void {
  target = store;
}

/**
 * Shows an error in the default toaster: `showError(await res.json(), { action: { onClick: retry } })`.
 * Returns the toast's id (unless the error coalesces into a toast already up). On a server (no
 * `window`) it keeps nothing and shows nothing: the toaster is the browser's.
 */
export function showError(error: unknown, options?: ShowErrorOptions): string {
  // Stores number theirs `ee1-…`, `ee2-…`: an id given here stays the toast's.
  const id = `ee0-${++activity}`;
  // The shared store is the browser's: on a server it would hold one request's errors for the next.
  if (onServer()) return id;
  for (const listener of Array.from(listeners)) listener();
  if (target) return target.show(error, options);
  // Options kept as given: the store reads them once when it takes the error (the reader is in its chunk).
  defaultArrivals.push({ error, options, at: Date.now(), id });
  if (!loading) {
    loading = true;
    // The default store is in the toaster's controller chunk (one chunk with the list): it takes
    // what waits here as soon as the chunk is in.
    void import('../ErrorToaster/ToasterController.js').then(
      (module) => module.takeWaitingErrors(),
      () => {
        // A chunk that failed to load is tried again with the next error.
        loading = false;
      },
    );
  }
  return id;
}

/**
 * How many errors went to the default store, through `showError` or straight (`useErrorStore().show`):
 * the toaster loads the rest of itself on the first one.
 */
export function showErrorActivity(): number {
  return activity + direct;
}

/** An error shown straight on the default store: the toaster without a store of its own wants it too. */
export function noteDirectShow(): void {
  direct += 1;
  for (const listener of Array.from(listeners)) listener();
}

export function subscribeShowError(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
