/**
 * What the first toast is waiting for besides the controller: the one registered product's catalog
 * and texts, asked for in the same round trip. The three chunks arrive at about the same time but are
 * evaluated one after another; a controller that rendered as soon as it was in would show a
 * provisional toast, then render again for the catalog and again for the texts, each pass on the
 * critical path of an error shown as the app mounts. It waits for them instead, for a moment at
 * most, so that its first render is the finished toast; past that moment it shows what is in hand
 * and the texts replace it when they come.
 */

/** How long the controller waits for data in flight before it shows a provisional toast. */
export const FIRST_DATA_GRACE_MS = 100;

let pending: Promise<unknown> | null = null;

/** The data the first toast needs is on its way (never rejects: the loaders swallow their failures). */
export function expectFirstData(loading: Promise<unknown>): void {
  const settled = loading.then(
    () => undefined,
    () => undefined,
  );
  pending = settled;
  void settled.then(() => {
    if (pending === settled) pending = null;
  });
}

/** Resolves once the data in flight is in, or after the grace period, whichever comes first. */
export function firstDataOrGrace(): Promise<void> {
  const waiting = pending;
  if (!waiting) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, FIRST_DATA_GRACE_MS);
    void waiting.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
