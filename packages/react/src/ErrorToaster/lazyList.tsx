/**
 * The toaster's controller (store, list, details) as a chunk loaded on demand. Once the chunk is in
 * (`preloadErrorToaster()`, or the first error), React.lazy gets it through a thenable that is already
 * settled and reads it in the same render: no suspension, so a toast appears in the same render as
 * its record.
 */
import { lazy } from 'react';
import type * as ControllerModule from './ToasterController.js';

let loaded: typeof ControllerModule | null = null;
let loading: Promise<typeof ControllerModule> | null = null;

function load(): Promise<typeof ControllerModule> {
  loading ??= import('./ToasterController.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      // A chunk that failed to load is tried again with the next error.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Loads the toaster's controller chunk now (it brings the store, the list and the engine). */
export function preloadErrorToaster(): Promise<void> {
  return load().then(() => undefined);
}

/** A thenable that calls back at once: React.lazy then resolves synchronously. */
function settled<T>(value: T): PromiseLike<T> {
  return {
    then<R1 = T, R2 = never>(onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null): PromiseLike<R1 | R2> {
      return settled(onFulfilled ? (onFulfilled(value) as R1) : (value as unknown as R1));
    },
  };
}

export const ToasterController = lazy(() => (loaded ? settled(loaded) : load()) as Promise<typeof ControllerModule>);
