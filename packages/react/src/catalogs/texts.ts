/**
 * The registered products' texts the kit has loaded, per module and language, read synchronously by
 * the formatter (as its shipped texts: the app's own keys in its instance still win) and watched by
 * the components: a toast re-renders in the same task its texts arrive, with no effect in between.
 * Loading is started by whoever knows first that the texts are wanted (the toaster at the first
 * error or at idle, a component that shows an error), once per module and language.
 */
import type { CatalogTexts, Language, ProductModule } from '@exchange-errors/core';
import { read } from '../resolved/read.js';
import { noteTextsArrived } from './arrived.js';
import { registeredModules } from './registry.js';

const loaded = new WeakMap<ProductModule, Partial<Record<Language, CatalogTexts>>>();
const loading = new WeakMap<ProductModule, Map<Language, Promise<void>>>();
const listeners = new Set<() => void>();
let version = 0;

function isTexts(value: unknown): value is CatalogTexts {
  return typeof value === 'object' && value !== null;
}

interface LoadedParts {
  readonly parts: Set<number>;
  /** The parts' texts together: the keys that are not a code's, and the codes of every part in. */
  texts: CatalogTexts;
}

/** Parts of a module's texts loaded, per language (the whole, once in, is read instead). */
const partsLoaded = new WeakMap<ProductModule, Partial<Record<Language, LoadedParts>>>();
const partsLoading = new WeakMap<ProductModule, Map<string, Promise<void>>>();

/**
 * The module's texts in `language` when they are in memory: its own (an in-memory module's), the
 * whole loaded here, or the parts of them loaded so far (some codes' texts: `hasTextsFor`).
 */
export function textsOf(module: ProductModule, language: Language): CatalogTexts | undefined {
  const own = read(read(module, 'texts'), language);
  if (isTexts(own)) return own;
  return loaded.get(module)?.[language] ?? partsLoaded.get(module)?.[language]?.texts;
}

/** Whether the module's texts in `language` are in for an error of `code` (null: the whole is needed). */
export function hasTextsFor(module: ProductModule, language: Language, part: number | null): boolean {
  if (isTexts(read(read(module, 'texts'), language)) || loaded.get(module)?.[language]) return true;
  return part !== null && (partsLoaded.get(module)?.[language]?.parts.has(part) ?? false);
}

/** Whether the kit has loaded any part of the module's texts in `language`. */
export function hasTextParts(module: ProductModule, language: Language): boolean {
  return partsLoaded.get(module)?.[language] !== undefined;
}

function changed(): void {
  version += 1;
  noteTextsArrived();
  for (const listener of Array.from(listeners)) {
    try {
      listener();
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

/** Loads one part of the module's texts in `language` once (core's `codePart`). Never rejects. */
export function loadTextsPart(module: ProductModule, language: Language, part: number): Promise<void> {
  if (hasTextsFor(module, language, part)) return Promise.resolve();
  let pending = partsLoading.get(module);
  if (!pending) partsLoading.set(module, (pending = new Map()));
  const key = `${language}:${part}`;
  const running = pending.get(key);
  if (running) return running;
  const started = Promise.resolve()
    .then(() => module.loadTextsPart?.(language, part))
    .then(
      (texts: unknown) => {
        if (!isTexts(texts)) return;
        let languages = partsLoaded.get(module);
        if (!languages) partsLoaded.set(module, (languages = {}));
        const before = languages[language];
        const codes = {
          ...(read(before?.texts, 'codes') as object | undefined),
          ...(read(texts, 'codes') as object | undefined),
        };
        languages[language] = { parts: new Set(before?.parts).add(part), texts: { ...texts, codes } };
        changed();
      },
      () => undefined,
    )
    .finally(() => {
      pending.delete(key);
    });
  pending.set(key, started);
  return started;
}

/** Loads the module's texts in `language` once. Never rejects: a chunk that cannot load is tried again next time. */
export function loadTexts(module: ProductModule, language: Language): Promise<void> {
  if (hasTextsFor(module, language, null)) return Promise.resolve();
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
        changed();
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

/**
 * Every registered product's whole texts in the language `languageOf` picks for it (the toaster's
 * rest at idle, after the first error): from then on no code's part has to be fetched.
 */
export function preloadRegisteredTexts(languageOf: (module: ProductModule) => Language): Promise<void> {
  return Promise.all(registeredModules().map((module) => loadTexts(module, languageOf(module)))).then(() => undefined);
}
