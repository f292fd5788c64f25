/**
 * The one way components get text. Language and overrides come from the app's i18next instance
 * (through react-i18next's context); the kit adds its UI strings synchronously and loads the Binance
 * catalog of the current language lazily (one chunk per language), re-rendering when it arrives.
 */
import {
  explainWith,
  interpolate,
  loadBinanceOptionsErrors,
  NAMESPACE,
  presentTemplate,
  supportedLanguageOf,
  type BinanceErrorExplanation,
  type ExplainContext,
  type MessagePart,
  type ResolvedBinanceError,
} from '@exchange-errors/binance-options';
import type { i18n as I18n } from 'i18next';
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { read } from '../resolved/safeResolve.js';
import { safeLanguageTag } from './locale.js';
import { toastStrings, UI_NAMESPACE, type StringTable, type ToastStringKey } from './strings.js';

export interface ErrorTexts {
  readonly title: string;
  readonly message: string;
  readonly hint: string;
  /** The code's own message when `message` says something more important (an unknown outcome); '' otherwise. */
  readonly detail: string;
  readonly category: string;
  /**
   * `message` as parts to render: a parameter name the server quoted as `code` (quotes removed) or
   * as the app's `field` label, other values in the trader's language (`1 minute`, a local ban end).
   */
  readonly parts: readonly MessagePart[];
  /** The rule behind a filter failure with the symbol's numbers and fixes (needs `explain`); else null. */
  readonly explanation: BinanceErrorExplanation | null;
}

/** What the app knows beyond the error: the order and symbol rules, and its own field labels. */
export interface DescribeOptions {
  /** The order sent, the symbol's exchangeInfo entry and the top of the book: fills `explanation`. */
  readonly explain?: ExplainContext | null;
  /** The app's labels for parameter names the server quotes, e.g. `{ quantity: 'Quantity' }`. */
  readonly fieldLabels?: Readonly<Record<string, string>> | null;
}

export interface ErrorI18n<K extends string = ToastStringKey> {
  /**
   * The language texts are shown in (the app's current language), as a valid BCP 47 tag for `lang`
   * and `Intl`: `en_US` reads `en-US`; an empty or invalid tag reads `en`.
   */
  readonly lng: string;
  readonly ui: (key: K | ToastStringKey, values?: Readonly<Record<string, string | number>>) => string;
  readonly describe: (resolved: ResolvedBinanceError, options?: DescribeOptions) => ErrorTexts;
}

const added = new WeakMap<object, Set<StringTable<string>>>();
// A key every complete catalog has: its absence means the language still has to be loaded.
const SENTINEL = 'fallback.unknown.title';

function addStrings(i18n: I18n, table: StringTable<string>): void {
  if (typeof i18n !== 'object' || i18n === null) return;
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
  try {
    if (!i18n || typeof i18n.getResource !== 'function') return false;
    return i18n.getResource(supportedLanguageOf(lng), NAMESPACE, SENTINEL) === undefined;
  } catch {
    // An instance that cannot say what it has would not take a catalog either.
    return false;
  }
}

/** The instance's language as i18next knows it; a throwing getter or a non-string reads `en`. */
function languageOf(i18n: I18n | undefined): string {
  const resolved = read(i18n, 'resolvedLanguage');
  if (typeof resolved === 'string' && resolved !== '') return resolved;
  const language = read(i18n, 'language');
  return typeof language === 'string' ? language : 'en';
}

function raw(i18n: I18n | undefined, lng: string, ns: string, key: string): string | null {
  try {
    if (!i18n || typeof i18n.t !== 'function') return null;
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

/** Interpolation values as strings, whatever a resolved error given as a prop carried. */
function textValues(values: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof values !== 'object' || values === null) return out;
  try {
    for (const key of Object.keys(values)) {
      const value = read(values, key);
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') out[key] = String(value);
    }
  } catch {
    // A Proxy that refuses to list its keys gives no values; the message keeps its placeholders.
  }
  return out;
}

/** Texts for one component: the toast strings, plus `strings` (its own table) when given. */
export function useErrorI18n<K extends string = ToastStringKey>(strings?: StringTable<K>): ErrorI18n<K> {
  // No namespace argument: react-i18next must not ask the app's backend for the kit's namespaces.
  const { i18n } = useTranslation(undefined, { useSuspense: false }) as { i18n: I18n | undefined };
  const appLng = languageOf(i18n);
  const lng = safeLanguageTag(appLng);
  const [loaded, bump] = useReducer((n: number) => n + 1, 0);
  if (i18n) {
    addStrings(i18n, toastStrings);
    if (strings) addStrings(i18n, strings);
  }
  const missing = catalogMissing(i18n, appLng);

  useEffect(() => {
    if (!i18n || !missing) return;
    let live = true;
    // Inside a promise: an instance that throws while taking the catalog only misses it.
    Promise.resolve()
      .then(() => loadBinanceOptionsErrors(i18n, appLng))
      .then(
        () => live && bump(),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [i18n, appLng, missing]);

  const ui = useCallback(
    (key: K | ToastStringKey, values?: Readonly<Record<string, string | number>>) => {
      const language = supportedLanguageOf(appLng);
      const builtIn = (strings?.[language] as Record<string, string> | undefined)?.[key] ?? (toastStrings[language] as Record<string, string>)[key] ?? key;
      return interpolate(raw(i18n, appLng, UI_NAMESPACE, key) ?? builtIn, asStrings(values));
    },
    [i18n, appLng, strings],
  );

  const describe = useCallback(
    (resolved: ResolvedBinanceError, options?: DescribeOptions): ErrorTexts => {
      // The app's instance is the template source: no shipped catalog is imported here.
      const source = (key: string) => raw(i18n, appLng, NAMESPACE, key);
      const text = (key: unknown, values: Readonly<Record<string, string>> = {}) => {
        if (typeof key !== 'string') return null;
        const found = source(key);
        return found === null ? null : interpolate(found, values);
      };
      const code = read(resolved, 'code');
      const codeText = typeof code === 'number' ? ` ${code}` : '';
      const name = read(resolved, 'name');
      const serverMessage = read(resolved, 'serverMessage');
      const category = read(resolved, 'category');
      const keys = read(resolved, 'keys');
      const messageKey = read(keys, 'message');
      const template = typeof messageKey === 'string' ? source(messageKey) : null;
      const present = { fieldLabels: read(options, 'fieldLabels') };
      // Before the catalog arrives, the server's own text, its backticked names as code all the same.
      const presented =
        template !== null
          ? presentTemplate(template, textValues(read(resolved, 'interpolation')), lng, source, present)
          : typeof serverMessage === 'string'
            ? presentTemplate('{{serverMessage}}', { serverMessage }, lng, source, present)
            : null;
      const message = presented?.message ?? `${ui('errorCode')}${codeText}`;
      return {
        title: text(read(keys, 'title')) ?? (typeof name === 'string' ? name : null) ?? `${ui('errorCode')}${codeText}`,
        message,
        parts: presented?.parts ?? [{ type: 'text', text: message }],
        explanation: explainWith(typeof code === 'number' ? code : null, read(options, 'explain'), lng, source),
        hint: text(read(keys, 'hint')) ?? '',
        detail: text(read(keys, 'detail'), textValues(read(resolved, 'interpolation'))) ?? '',
        category: text(`categories.${String(category)}`) ?? (typeof category === 'string' ? category : ''),
      };
    },
    // `loaded` re-creates the function once the catalog arrives, so memoized callers re-run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n, appLng, lng, ui, loaded],
  );

  return useMemo(() => ({ lng, ui, describe }), [lng, ui, describe]);
}
