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

/** Loads the toaster's controller chunk now (it brings the store, the list and the engine). */
export function preloadErrorToaster(): Promise<void> {
  return controller.load();
}
