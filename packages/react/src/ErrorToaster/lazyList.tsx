'use client';

/** The toaster's controller (store, list, details) as a chunk loaded on demand; see lazyChunk.ts. */
import { lazyChunk } from '../lazyChunk.js';
import type * as Controller from './ToasterController.js';

/** The controller's module once its chunk is in, before it counts as loaded. */
let arrived: typeof Controller | null = null;

// As it loads, the controller gives showError's waiting errors their store and fetches what a touch
// screen or a page with keep-clear areas needs. It counts as loaded (and renders) once the catalog
// and texts fetched beside it are in too, or a moment later (firstData.ts).
const controller = lazyChunk(() =>
  import('./ToasterController.js').then((module) => {
    arrived = module;
    module.onLoad();
    return module.firstDataOrGrace().then(() => module);
  }),
);

/** Lets the controller go if its wait for data is overdue (its timer lost); see firstData.ts. */
export function releaseOverdueWait(): void {
  arrived?.releaseOverdue();
}

export const ToasterController = controller.Component;
export const controllerLoaded = controller.loaded;
export const subscribeController = controller.subscribe;
/** The controller's chunk alone (its static imports, the store and the engine, come by preload hints). */
export const loadController = controller.load;

/**
 * Loads the toaster now, before any error: its controller chunk (store, list, details), the engine
 * and every registered product's catalog. For server rendering, tests, or an app that wants its
 * first toast without waiting on the network. While a prefetch of the only product's catalog and
 * texts is in flight it waits for them too, 100 ms at most (firstData.ts).
 */
export function preloadErrorToaster(): Promise<void> {
  // The engine's loader is in the controller's chunk: no chunk of its own to wait for.
  return controller
    .load()
    .then(() => import('./ToasterController.js'))
    .then((module) => module.preloadErrorEngine());
}
