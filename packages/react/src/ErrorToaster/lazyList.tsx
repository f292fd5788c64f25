/** The toaster's controller (store, list, details) as a chunk loaded on demand; see lazyChunk.ts. */
import { lazyChunk } from '../lazyChunk.js';

// As it loads, the controller fetches what a touch screen or a page with keep-clear areas needs.
const controller = lazyChunk(() =>
  import('./ToasterController.js').then((module) => {
    module.onLoad();
    return module;
  }),
);

export const ToasterController = controller.Component;
export const controllerLoaded = controller.loaded;
export const subscribeController = controller.subscribe;
/** The controller's chunk alone (its static imports, the store and the engine, come by preload hints). */
export const loadController = controller.load;

/**
 * Loads the toaster now, before any error: its controller chunk (store, list, details), the engine
 * and every registered product's catalog. For server rendering, tests, or an app that wants its
 * first toast without waiting on the network.
 */
export function preloadErrorToaster(): Promise<void> {
  return Promise.all([
    controller.load(),
    import('../store/engineLoader.js').then((engine) => engine.preloadErrorEngine()),
  ]).then(() => undefined);
}
