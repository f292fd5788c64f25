'use client';

/**
 * A component in a chunk of its own, loaded on demand and then rendered without suspending: once the
 * chunk is in, React.lazy reads it through a thenable that is already settled, in the same render.
 * React 19 holds back a Suspense boundary that reveals new content for up to 300 ms, so code that
 * waits for `loaded()` (or `load()`) before rendering the component never pays that.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface LazyChunk<P> {
  readonly Component: LazyExoticComponent<ComponentType<P>>;
  /** Loads the chunk; a failed load is tried again on the next call. */
  load(): Promise<void>;
  loaded(): boolean;
  subscribe(listener: () => void): () => void;
}

interface Module<P> {
  readonly default: ComponentType<P>;
}

/** A thenable that calls back at once: React.lazy then resolves synchronously. */
function settled<T>(value: T): PromiseLike<T> {
  return {
    then<R1 = T, R2 = never>(onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null): PromiseLike<R1 | R2> {
      return settled(onFulfilled ? (onFulfilled(value) as R1) : (value as unknown as R1));
    },
  };
}

export function lazyChunk<P>(importer: () => Promise<Module<P>>): LazyChunk<P> {
  let module: Module<P> | null = null;
  let loading: Promise<Module<P>> | null = null;
  const listeners = new Set<() => void>();
  const load = (): Promise<Module<P>> => {
    loading ??= importer().then(
      (loadedModule) => {
        module = loadedModule;
        for (const listener of Array.from(listeners)) listener();
        return loadedModule;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  return {
    Component: lazy(() => (module ? settled(module) : load()) as Promise<Module<P>>),
    load: () => load().then(() => undefined),
    loaded: () => module !== null,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
