/**
 * The one way components get text. Language and overrides come from the app's i18next instance
 * (through react-i18next's context); the kit adds its UI strings synchronously and loads the Binance
 * catalog of the current language lazily (one chunk per language), re-rendering when it arrives.
 */
import {
  interpolate,
  loadBinanceOptionsErrors,
  NAMESPACE,
  supportedLanguageOf,
  type ResolvedBinanceError,
} from '@exchange-errors/binance-options';
import type { i18n as I18n } from 'i18next';
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { toastStrings, UI_NAMESPACE, type StringTable, type ToastStringKey } from './strings.js';

export interface ErrorTexts {
  readonly title: string;
  readonly message: string;
  readonly hint: string;
  readonly category: string;
}

export interface ErrorI18n<K extends string = ToastStringKey> {
  /** The language texts are shown in (the app's current language). */
  readonly lng: string;
  readonly ui: (key: K | ToastStringKey, values?: Readonly<Record<string, string | number>>) => string;
  readonly describe: (resolved: ResolvedBinanceError) => ErrorTexts;
}

const added = new WeakMap<object, Set<StringTable<string>>>();
// A key every complete catalog has: its absence means the language still has to be loaded.
const SENTINEL = 'fallback.unknown.title';

function addStrings(i18n: I18n, table: StringTable<string>): void {
  let tables = added.get(i18n);
  if (!tables) added.set(i18n, (tables = new Set()));
  if (tables.has(table)) return;
  tables.add(table);
  try {
    i18n.addResourceBundle('en', UI_NAMESPACE, table.en, true, false);
    i18n.addResourceBundle('zh', UI_NAMESPACE, table.zh, true, false);
  } catch {
    // An instance that refuses resources still gets the built-in strings below.
  }
}

function catalogMissing(i18n: I18n | undefined, lng: string): boolean {
  if (!i18n || typeof i18n.getResource !== 'function') return false;
  return i18n.getResource(supportedLanguageOf(lng), NAMESPACE, SENTINEL) === undefined;
}

function raw(i18n: I18n | undefined, lng: string, ns: string, key: string): string | null {
  if (!i18n || typeof i18n.t !== 'function') return null;
  try {
    const text: unknown = i18n.t(key, { ns, lng, skipInterpolation: true, defaultValue: '', keySeparator: '.' });
    return typeof text === 'string' && text.trim() !== '' && text !== key ? text : null;
  } catch {
    return null;
  }
}

function asStrings(values: Readonly<Record<string, string | number>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values ?? {})) out[k] = String(v);
  return out;
}

/** Texts for one component: the toast strings, plus `strings` (its own table) when given. */
export function useErrorI18n<K extends string = ToastStringKey>(strings?: StringTable<K>): ErrorI18n<K> {
  // No namespace argument: react-i18next must not ask the app's backend for the kit's namespaces.
  const { i18n } = useTranslation(undefined, { useSuspense: false }) as { i18n: I18n | undefined };
  const lng = i18n?.resolvedLanguage ?? i18n?.language ?? 'en';
  const [loaded, bump] = useReducer((n: number) => n + 1, 0);
  if (i18n) {
    addStrings(i18n, toastStrings);
    if (strings) addStrings(i18n, strings);
  }
  const missing = catalogMissing(i18n, lng);

  useEffect(() => {
    if (!i18n || !missing) return;
    let live = true;
    loadBinanceOptionsErrors(i18n, lng).then(
      () => live && bump(),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [i18n, lng, missing]);

  const ui = useCallback(
    (key: K | ToastStringKey, values?: Readonly<Record<string, string | number>>) => {
      const language = supportedLanguageOf(lng);
      const builtIn = (strings?.[language] as Record<string, string> | undefined)?.[key] ?? (toastStrings[language] as Record<string, string>)[key] ?? key;
      return interpolate(raw(i18n, lng, UI_NAMESPACE, key) ?? builtIn, asStrings(values));
    },
    [i18n, lng, strings],
  );

  const describe = useCallback(
    (resolved: ResolvedBinanceError): ErrorTexts => {
      const text = (key: string, values: Readonly<Record<string, string>> = {}) => {
        const found = raw(i18n, lng, NAMESPACE, key);
        return found === null ? null : interpolate(found, values);
      };
      const codeText = resolved.code === null ? '' : ` ${resolved.code}`;
      return {
        title: text(resolved.keys.title) ?? resolved.name ?? `${ui('errorCode')}${codeText}`,
        message:
          text(resolved.keys.message, resolved.interpolation) ?? resolved.serverMessage ?? `${ui('errorCode')}${codeText}`,
        hint: text(resolved.keys.hint) ?? '',
        category: text(`categories.${resolved.category}`) ?? resolved.category,
      };
    },
    // `loaded` re-creates the function once the catalog arrives, so memoized callers re-run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n, lng, ui, loaded],
  );

  return useMemo(() => ({ lng, ui, describe }), [lng, ui, describe]);
}
