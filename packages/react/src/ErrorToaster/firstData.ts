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

interface Waiter {
  readonly deadline: number;
  readonly release: () => void;
}
const waiters = new Set<Waiter>();

/** The data the first toast needs is on its way (never rejects: the loaders swallow their failures). */
export function expectFirstData(loading: Promise<unknown>): void {
  releaseOverdue();
  const settled = loading.then(
    () => undefined,
    () => undefined,
  );
  pending = settled;
  void settled.then(() => {
    if (pending === settled) pending = null;
  });
}

/**
 * Lets go of every wait past its moment. Its timer does that; this is for a timer that never fires
 * (a test's fake clock put away before it ran), called with the next error, so that a lost timer
 * costs one toast's wait, never the toaster.
 */
export function releaseOverdue(): void {
  const now = Date.now();
  for (const waiter of Array.from(waiters)) if (now >= waiter.deadline) waiter.release();
}

/** Resolves once the data in flight is in, or after the grace period, whichever comes first. */
export function firstDataOrGrace(): Promise<void> {
  const waiting = pending;
  if (!waiting) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const waiter: Waiter = {
      deadline: Date.now() + FIRST_DATA_GRACE_MS,
      release() {
        if (!waiters.delete(waiter)) return;
        clearTimeout(timer);
        resolve();
      },
    };
    const timer = setTimeout(waiter.release, FIRST_DATA_GRACE_MS);
    waiters.add(waiter);
    void waiting.then(waiter.release);
  });
}
