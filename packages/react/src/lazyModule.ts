/** A module loaded on first use (a chunk of its own), then read synchronously; a failed load is tried again. */
export interface LazyModule<M> {
  /** The module, once loaded. */
  current(): M | null;
  load(): Promise<M>;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let module: M | null = null;
  let loading: Promise<M> | null = null;
  return {
    current: () => module,
    load() {
      loading ??= importer().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
  };
}
