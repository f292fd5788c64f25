/**
 * The registered products' texts the kit has loaded, per module and language, read synchronously by
 * the formatter (as its shipped texts: the app's own keys in its instance still win) and watched by
 * the components: a toast re-renders in the same task its texts arrive, with no effect in between.
 * Loading is started by whoever knows first that the texts are wanted (the toaster at the first
 * error or at idle, a component that shows an error), once per module and language.
 */
import type { CatalogTexts, Language, ProductModule } from '@exchange-errors/core';
import { read } from '../resolved/read.js';

const loaded = new WeakMap<ProductModule, Partial<Record<Language, CatalogTexts>>>();
const loading = new WeakMap<ProductModule, Map<Language, Promise<void>>>();
const listeners = new Set<() => void>();
let version = 0;

function isTexts(value: unknown): value is CatalogTexts {
  return typeof value === 'object' && value !== null;
}

/** The module's texts in `language` when they are in memory: loaded here, or its own (an in-memory module's). */
export function textsOf(module: ProductModule, language: Language): CatalogTexts | undefined {
  const own = read(read(module, 'texts'), language);
  if (isTexts(own)) return own;
  return loaded.get(module)?.[language];
}

/** Loads the module's texts in `language` once. Never rejects: a chunk that cannot load is tried again next time. */
export function loadTexts(module: ProductModule, language: Language): Promise<void> {
  if (textsOf(module, language)) return Promise.resolve();
  let pending = loading.get(module);
  if (!pending) loading.set(module, (pending = new Map()));
  const running = pending.get(language);
  if (running) return running;
  const started = Promise.resolve()
    .then(() => module.loadTexts(language))
    .then(
      (texts: unknown) => {
        if (!isTexts(texts)) return;
        let languages = loaded.get(module);
        if (!languages) loaded.set(module, (languages = {}));
        languages[language] = texts;
        version += 1;
        for (const listener of Array.from(listeners)) {
          try {
            listener();
          } catch (error) {
            queueMicrotask(() => {
              throw error;
            });
          }
        }
      },
      () => undefined,
    )
    .finally(() => {
      pending.delete(language);
    });
  pending.set(language, started);
  return started;
}

export function subscribeTexts(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Changes whenever texts arrive: for `useSyncExternalStore`. */
export function textsVersion(): number {
  return version;
}
