/** Listeners of a store: subscribing, and telling them of a change. */

/** Adds `listener`; returns what removes it (for `useSyncExternalStore`). */
export function listen(listeners: Set<() => void>, listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Calls every listener; one that throws does not starve the others, and its error still surfaces. */
export function notifyAll(listeners: ReadonlySet<() => void>): void {
  // A copy: a listener that subscribes again while notified is not called twice in one round.
  for (const listener of Array.from(listeners)) {
    try {
      listener();
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}
