/**
 * `showError`, light: the store behind it is a chunk of its own, loaded with the first error, so an
 * app that imports the toaster and `showError` pays for neither the store nor the engine until
 * something fails. Errors that arrive before the store are kept in order and handed to it, with the
 * time they arrived.
 */
import type { ErrorStore } from './createErrorStore.js';
import type { ShowErrorOptions } from './types.js';

let target: ErrorStore | null = null;
let early: { readonly error: unknown; readonly options: ShowErrorOptions | undefined }[] = [];
let activity = 0;
let loading = false;
let counter = 0;
const listeners = new Set<() => void>();

/** At most this many errors wait for the store; a storm beyond it keeps the newest. */
const EARLY_LIMIT = 10_000;

/** Called when the default store exists: it takes over, and gets what arrived before it. */
export function attachDefaultStore(store: ErrorStore): void {
  target = store;
  const waiting = early;
  early = [];
  for (const item of waiting) store.show(item.error, item.options);
}

function withTime(options: ShowErrorOptions | undefined): ShowErrorOptions | undefined {
  try {
    if (options !== undefined && options !== null && typeof options.time === 'number') return options;
    return { ...(typeof options === 'object' && options !== null ? options : {}), time: Date.now() };
  } catch {
    // Options a caller made hostile keep their own (lack of a) time.
    return options;
  }
}

/**
 * Shows an error in the default toaster: `showError(await res.json(), { action: { onClick: retry } })`.
 * Returns the toast's id (an error shown before the store loaded gets a provisional one).
 */
export function showError(error: unknown, options?: ShowErrorOptions): string {
  activity += 1;
  for (const listener of Array.from(listeners)) listener();
  if (target) return target.show(error, options);
  early.push({ error, options: withTime(options) });
  if (early.length > EARLY_LIMIT) early.shift();
  if (!loading) {
    loading = true;
    void import('./defaultStore.js').then(
      (module) => module.getDefaultErrorStore(),
      () => {
        // A chunk that failed to load is tried again with the next error.
        loading = false;
      },
    );
  }
  return `ee-early-${++counter}`;
}

/** How many times `showError` was called: the toaster loads the rest of itself on the first one. */
export function showErrorActivity(): number {
  return activity;
}

export function subscribeShowError(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
