/**
 * What the toaster fetches before it can show an error, asked for at once and in parallel: its
 * controller chunk (with it, by the bundler's preload hints, the store and the engine) and, with one
 * product registered, that product's catalog and the texts of the trader's language. With several,
 * the controller asks for the catalog of the product an error comes from, when it comes (or every
 * one once the page is idle). In the page's first load: it stays small, and reads the language
 * without the engine's language code.
 */
import type { Language, ProductModule } from '@exchange-errors/core';
import { codePart, supportedLanguageOf } from '@exchange-errors/core/internal';
import { registeredModules } from '../catalogs/registry.js';
import { loadController, preloadEverything } from './lazyList.js';

const TRADITIONAL = /^zh[-_](?:hant|tw|hk|mo)(?:[-_]|$)/i;

/**
 * The language of the texts the first error will want, for a prefetch: Chinese for a Chinese tag
 * (Traditional where the product has it and the tag asks for it), else English. The formatter
 * decides for real (core's language plan); a tag this reads otherwise costs one chunk fetched later,
 * never a wrong text.
 */
export function likelyTextLanguage(lng: string, module: ProductModule): Language {
  if (supportedLanguageOf(lng) !== 'zh') return 'en';
  let languages: readonly Language[] = [];
  try {
    languages = Array.isArray(module.languages) ? module.languages : [];
  } catch {
    // A module whose getter throws: its Simplified Chinese, the one every product has.
  }
  return TRADITIONAL.test(lng.trim()) && languages.includes('zh-Hant') ? 'zh-Hant' : 'zh';
}

/**
 * The code an error most likely has, read cheaply (a number, a JSON body, an object's `code`) so that
 * the part of the catalog holding it is fetched beside the controller. A guess: the engine reads the
 * error for real and fetches another part if this one is not it.
 */
export function likelyCode(error: unknown): number | null {
  try {
    let value = error;
    if (typeof value === 'string' && value.length < 4096 && value.trimStart().startsWith('{'))
      value = JSON.parse(value);
    const code: unknown = typeof value === 'object' && value !== null ? (value as { code?: unknown }).code : value;
    const number = typeof code === 'string' && /^-?\d{1,9}$/.test(code) ? Number(code) : code;
    return typeof number === 'number' && Number.isFinite(number) ? number : null;
  } catch {
    return null;
  }
}

/**
 * The one registered product's catalog and texts, fetched beside the controller: with an error whose
 * code is read here, only the part of them that holds it (a product in parts), else the whole.
 */
function prefetchOnlyProduct(lng: string, error?: unknown): void {
  const modules = registeredModules();
  const only = modules.length === 1 ? modules[0] : undefined;
  if (!only) return;
  const language = likelyTextLanguage(lng, only);
  try {
    const code = likelyCode(error);
    const part = code === null || typeof only.loadCatalogPart !== 'function' ? null : codePart(code, only.parts ?? 0);
    // Fetched only (the module's chunks, by the bundler's cache): the controller's loaders keep them
    // (catalogs/load.ts, catalogs/texts.ts, in its chunk) and wait for nothing more.
    const loads =
      part === null
        ? [only.loadCatalog(), only.loadTexts(language)]
        : [only.loadCatalogPart?.(part), only.loadTextsPart?.(language, part)];
    for (const load of loads) void load?.catch(() => undefined);
  } catch {
    // A module that throws on load stays generic; the controller tries again and copes.
  }
}

/** An error is coming: what it needs, now, in one round trip. */
export function prefetchForError(lng: string, error?: unknown): void {
  void loadController().catch(() => undefined);
  prefetchOnlyProduct(lng, error);
}

/**
 * The page is idle before any error: the toaster's own code (its controller, with the store and the
 * engine), so that a first error fetches only its product's part of the catalog and texts.
 */
export function prefetchCodeWhenIdle(): void {
  void loadController().catch(() => undefined);
}

/** The page is idle after an error: everything any registered product's error needs, kept. */
export function prefetchWhenIdle(lng: string): void {
  void preloadEverything((module) => likelyTextLanguage(lng, module)).catch(() => undefined);
}

/**
 * The rest follows the first error's own texts (at idle once they are in); when they do not come (a
 * chunk that fails), it follows this long after the first error.
 */
export const REST_DELAY_MS = 5000;
