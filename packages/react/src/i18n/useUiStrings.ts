'use client';

/**
 * The components' own strings (namespace `exchangeErrorsUi`): added to the app's instance once per
 * table (the app's keys win), read through it, the built-in table when it has none. Light on
 * purpose: the toaster's region uses it before any error, without the engine.
 */
import { interpolate, uiLanguageOf } from '@exchange-errors/core/internal';
import type { i18n as I18n } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { read } from '../resolved/read.js';
import { safeLanguageTag } from './locale.js';
import { UI_NAMESPACE, type StringTable } from './defineStrings.js';

const added = new WeakMap<object, Set<StringTable<string>>>();

function addStrings(i18n: I18n, table: StringTable<string>): void {
  if (typeof i18n !== 'object' || i18n === null) return;
  let tables = added.get(i18n);
  if (!tables) added.set(i18n, (tables = new Set()));
  if (tables.has(table)) return;
  tables.add(table);
  try {
    i18n.addResourceBundle('en', UI_NAMESPACE, table.en, true, false);
    i18n.addResourceBundle('zh', UI_NAMESPACE, table.zh, true, false);
    if (table['zh-Hant']) i18n.addResourceBundle('zh-Hant', UI_NAMESPACE, table['zh-Hant'], true, false);
  } catch {
    // An instance that refuses resources still gets the built-in strings.
  }
}

/**
 * The app's instance itself. react-i18next 17 hands each component a wrapper of it (a new object per
 * component, and again when the language changes); what the kit adds to the instance is kept per
 * instance, so a wrapper would add the whole namespace again with every new toast.
 */
function instanceOf(i18n: I18n | undefined): I18n | undefined {
  const original = read(i18n, '__original');
  return typeof original === 'object' && original !== null ? (original as I18n) : i18n;
}

/** The instance's language as i18next knows it; a throwing getter or a non-string reads `en`. */
function languageOf(i18n: I18n | undefined): string {
  const resolved = read(i18n, 'resolvedLanguage');
  if (typeof resolved === 'string' && resolved !== '') return resolved;
  const language = read(i18n, 'language');
  return typeof language === 'string' ? language : 'en';
}

function raw(i18n: I18n | undefined, lng: string, key: string): string | null {
  try {
    if (!i18n || typeof i18n.t !== 'function') return null;
    const text: unknown = i18n.t(key, {
      ns: UI_NAMESPACE,
      lng,
      skipInterpolation: true,
      defaultValue: '',
      keySeparator: '.',
    });
    return typeof text === 'string' && text.trim() !== '' && text !== key ? text : null;
  } catch {
    return null;
  }
}

/**
 * A Traditional Chinese trader's text: the app's own for its exact tag (`zh-TW`), else the
 * namespace's `zh-Hant` (the kit's, or the app's where it set one). Read from the store, not through
 * `t`: i18next's fallback from `zh-TW` goes to `zh`, and an app's `supportedLngs` may not list
 * `zh-Hant`.
 */
function traditional(i18n: I18n | undefined, appLng: string, key: string): string | null {
  for (const lng of [appLng, 'zh-Hant']) {
    try {
      const text: unknown = i18n?.getResource(lng, UI_NAMESPACE, key);
      if (typeof text === 'string' && text.trim() !== '') return text;
    } catch {
      return null;
    }
  }
  return null;
}

function asStrings(values: Readonly<Record<string, string | number>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values ?? {})) out[k] = String(v);
  return out;
}

export interface UiStrings<K extends string> {
  /** The app's instance, when there is one. */
  readonly i18n: I18n | undefined;
  /** The app's language as i18next has it. */
  readonly appLng: string;
  /** The same as a valid BCP 47 tag for `lang` and `Intl` (`en_US` → `en-US`; invalid → `en`). */
  readonly lng: string;
  readonly ui: (key: K, values?: Readonly<Record<string, string | number>>) => string;
}

/** Strings of the given tables, in the app's language. */
export function useUiStrings<K extends string>(
  primary: StringTable<string> | undefined,
  secondary?: StringTable<string>,
): UiStrings<K> {
  // No namespace argument: react-i18next must not ask the app's backend for the kit's namespaces.
  const { i18n: given } = useTranslation(undefined, { useSuspense: false }) as { i18n: I18n | undefined };
  const i18n = instanceOf(given);
  const appLng = languageOf(i18n);
  if (i18n) {
    if (primary) addStrings(i18n, primary);
    if (secondary) addStrings(i18n, secondary);
  }
  const language = uiLanguageOf(appLng);
  const ui = useCallback(
    (key: K, values?: Readonly<Record<string, string | number>>) => {
      let builtIn: string = key;
      for (const table of [primary, secondary]) {
        // A table of the app's without Traditional Chinese serves those traders its Simplified.
        const text = ((table?.[language] ?? table?.zh) as Record<string, string> | undefined)?.[key];
        if (text !== undefined) {
          builtIn = text;
          break;
        }
      }
      const found = language === 'zh-Hant' ? traditional(i18n, appLng, key) : raw(i18n, appLng, key);
      return interpolate(found ?? builtIn, asStrings(values));
    },
    [i18n, appLng, language, primary, secondary],
  );
  return { i18n, appLng, lng: safeLanguageTag(appLng), ui };
}
