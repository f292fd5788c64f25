/**
 * What the toaster fetches before it can show an error, asked for at once and in parallel: its
 * controller chunk (with it, by the bundler's preload hints, the store and the engine) and, with one
 * product registered, that product's catalog and the texts of the trader's language. With several,
 * the controller asks for the catalog of the product an error comes from, when it comes (or every
 * one once the page is idle). In the page's first load: it stays small, and reads the language
 * without the engine's language code.
 */
import type { Language, ProductModule } from '@exchange-errors/core';
import { uiLanguageOf } from '@exchange-errors/core/internal';
import { registeredModules } from '../catalogs/registry.js';
import { loadTexts } from '../catalogs/texts.js';
import { loadController, preloadErrorToaster, releaseOverdueWait } from './lazyList.js';
import { notePrefetched } from './prefetched.js';

/**
 * The language of the texts the first error will want, for a prefetch: Chinese for a Chinese tag
 * (Traditional where the product has it and the tag asks for it), else English. The formatter
 * decides for real (core's language plan); a tag this reads otherwise costs one chunk fetched later,
 * never a wrong text.
 */
export function likelyTextLanguage(lng: string, module: ProductModule): Language {
  const wanted = uiLanguageOf(lng);
  if (wanted !== 'zh-Hant') return wanted;
  let languages: readonly Language[] = [];
  try {
    languages = Array.isArray(module.languages) ? module.languages : [];
  } catch {
    // A module whose getter throws: its Simplified Chinese, the one every product has.
  }
  return languages.includes('zh-Hant') ? 'zh-Hant' : 'zh';
}

/**
 * The one registered product's catalog and texts, fetched beside the controller, which waits for
 * them and takes the catalog from here (prefetched.ts): its first render is then the finished toast.
 */
function prefetchOnlyProduct(lng: string): void {
  const modules = registeredModules();
  const only = modules.length === 1 ? modules[0] : undefined;
  if (!only) return;
  try {
    // A promise whatever the module does: a loader that throws or returns a value reads as a load.
    const catalog = Promise.resolve().then(() => only.loadCatalog());
    notePrefetched({ module: only, catalog, texts: loadTexts(only, likelyTextLanguage(lng, only)) });
  } catch {
    // Nothing above should throw (the loads are promises, the module's getters are read guarded),
    // but this runs inside showError: whatever a module does, the error still shows.
  }
}

/** An error is coming: what it needs, now, in one round trip (the data first: the controller waits for it). */
export function prefetchForError(lng: string): void {
  releaseOverdueWait();
  prefetchOnlyProduct(lng);
  void loadController().catch(() => undefined);
}

/** The page is idle: everything the first error of any registered product needs. */
export function prefetchWhenIdle(lng: string): void {
  prefetchOnlyProduct(lng);
  void preloadErrorToaster().catch(() => undefined);
}
