import type { ErrorStoreSnapshot } from './types.js';

/**
 * What every store renders on the server and while hydrating: nothing. Toasts belong to the browser
 * that saw the error; a store's records never reach server markup, where another request (another
 * trader, another language) could get them, and hydration always starts from what the server sent.
 */
export const EMPTY_SNAPSHOT: ErrorStoreSnapshot = Object.freeze({
  visible: Object.freeze([]),
  queued: Object.freeze([]),
  waiting: 0,
  pending: 0,
  overflow: 0,
  history: Object.freeze([]),
  dropped: 0,
  total: 0,
});

export function emptySnapshot(): ErrorStoreSnapshot {
  return EMPTY_SNAPSHOT;
}
