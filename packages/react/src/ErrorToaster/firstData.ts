/**
 * The controller's first render waits for the one registered product's catalog and texts the
 * prefetch asked for beside it (prefetched.ts). The three chunks arrive at about the same time but
 * are evaluated one after another; a controller that rendered as soon as it was in would show a
 * provisional toast, then render again for the catalog and again for the texts, each pass on the
 * critical path of an error shown as the app mounts. It waits for them instead, for a moment at
 * most, so that its first render is the finished toast; past that moment it shows what is in hand
 * and the texts replace it when they come. In the controller's chunk: the page's first load only
 * keeps the promises.
 */
import { loadCatalogs } from '../catalogs/load.js';
import { prefetchedData } from './prefetched.js';

/** How long the controller waits for data in flight before it shows a provisional toast. */
export const FIRST_DATA_GRACE_MS = 100;

interface Waiter {
  readonly deadline: number;
  readonly release: () => void;
}
const waiters = new Set<Waiter>();

/**
 * Lets go of every wait past its moment. Its timer does that; this is for a timer that never fires
 * (a test's fake clock put away before it ran), called with the next error, so that a lost timer
 * costs one toast's wait, never the toaster.
 */
export function releaseOverdue(): void {
  const now = Date.now();
  for (const waiter of Array.from(waiters)) if (now >= waiter.deadline) waiter.release();
}

/**
 * Resolves once the prefetched catalog is in the registry and the texts are in, or after the grace
 * period, whichever comes first; at once when nothing was prefetched (several products, or none).
 */
export function firstDataOrGrace(): Promise<void> {
  const data = prefetchedData();
  if (!data) return Promise.resolve();
  // loadCatalogs takes the prefetched catalog (no second load) and never rejects; nor do the texts.
  const ready = Promise.all([loadCatalogs([data.module]), data.texts]);
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
    void ready.then(waiter.release, waiter.release);
  });
}
