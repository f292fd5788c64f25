/**
 * One text from the app's i18next instance, through the language plan (see language.ts), with the app's
 * own fallback languages after ours. Everything the instance does is guarded: an instance whose
 * getters, traps or methods throw is treated as one that has no text.
 */
import type { I18nLike } from './i18n.js';
import type { LanguagePlan } from './language.js';

export interface FoundText {
  readonly text: string;
  /** The language the text was found under. */
  readonly lng: string;
}

/** A property of a caller's object, or undefined when reading it throws. */
export function readSafely(object: unknown, key: string): unknown {
  if ((typeof object !== 'object' && typeof object !== 'function') || object === null) return undefined;
  try {
    return (object as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** An own property of a caller's object (never one from its prototype), or undefined when reading it throws. */
export function readOwn(source: unknown, key: string): unknown {
  if (typeof source !== 'object' || source === null) return undefined;
  try {
    return Object.prototype.hasOwnProperty.call(source, key) ? (source as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `value` can serve texts: an i18next instance, or anything with its `getResource`. */
export function isI18nLike(value: unknown): value is I18nLike {
  return typeof readSafely(value, 'getResource') === 'function';
}

/** The instance's current language (`resolvedLanguage`, else `language`), if it has a usable one. */
export function instanceLanguage(i18n: unknown): string | undefined {
  for (const key of ['resolvedLanguage', 'language']) {
    const value = readSafely(i18n, key);
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
}

/** The app's own fallback chain for a tag (its `fallbackLng`), when the instance exposes it. */
function appHierarchy(i18n: I18nLike, tag: string): readonly string[] {
  const utils = readSafely(readSafely(i18n, 'services'), 'languageUtils');
  const toResolveHierarchy = readSafely(utils, 'toResolveHierarchy');
  if (typeof toResolveHierarchy !== 'function') return [];
  try {
    const list: unknown = toResolveHierarchy.call(utils, tag);
    return Array.isArray(list) ? list.filter((lng): lng is string => typeof lng === 'string').slice(0, 16) : [];
  } catch {
    return [];
  }
}

const chains = new WeakMap<object, Map<string, readonly string[]>>();

function chainFor(i18n: I18nLike, plan: LanguagePlan): readonly string[] {
  let byTag = chains.get(i18n);
  if (!byTag) chains.set(i18n, (byTag = new Map()));
  let chain = byTag.get(plan.requested);
  if (!chain) {
    const ours = plan.chain.slice(0, -1);
    chain = [...new Set([...ours, ...appHierarchy(i18n, plan.requested), 'en'])];
    // i18next's own pseudo-languages are not places to find texts.
    chain = chain.filter((lng) => lng !== 'cimode' && lng !== 'dev');
    if (byTag.size < 64) byTag.set(plan.requested, chain);
  }
  return chain;
}

// `.` keys even if the app turned key separators off.
const GET_OPTIONS = { keySeparator: '.' };

/** The text of `ns:key` in the first language of the plan that has it, read raw (no interpolation). */
export function lookupText(i18n: I18nLike, plan: LanguagePlan, ns: string, key: string): FoundText | null {
  for (const lng of chainFor(i18n, plan)) {
    let text: unknown;
    try {
      text = i18n.getResource(lng, ns, key, GET_OPTIONS);
    } catch {
      return null;
    }
    if (typeof text === 'string' && text.trim() !== '') return { text, lng };
  }
  return null;
}
