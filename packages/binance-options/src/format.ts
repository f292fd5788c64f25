/**
 * `formatBinanceError(input, { lng, i18n? })`: the resolved error plus its localized title, message
 * and hint. Values from the server are inserted as plain text: never HTML-escaped (the caller renders
 * text, not markup) and never interpolated again, so `{{x}}` or `<b>` in a value stays literal.
 */
import i18next, { type i18n as I18n, type InitOptions } from 'i18next';
import { addBinanceOptionsBundle, hasBinanceOptionsBundle, type I18nLike } from './i18n.js';
import { NAMESPACE, supportedLanguageOf } from './namespace.js';
import { resolveBinanceError, type ResolveHints, type ResolvedBinanceError } from './resolve.js';
import { resources } from './resources.js';

export interface FormatOptions extends ResolveHints {
  /** Language tag; default: the instance's language, else `en`. */
  readonly lng?: string;
  /**
   * The app's i18next instance. The namespace is added to it if missing, never overwriting the app's
   * own keys, so the app's wording wins. Without it a private instance with the shipped texts is used.
   */
  readonly i18n?: I18nLike;
}

export interface FormattedBinanceError extends ResolvedBinanceError {
  /** The language tag the texts were looked up in. */
  readonly lng: string;
  readonly title: string;
  readonly message: string;
  readonly hint: string;
}

let privateInstance: I18n | undefined;

function shippedInstance(): I18n {
  if (!privateInstance) {
    const instance = i18next.createInstance();
    const options: InitOptions & Record<string, unknown> = {
      resources,
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: ['en', 'zh'],
      nonExplicitSupportedLngs: true,
      ns: [NAMESPACE],
      defaultNS: NAMESPACE,
      interpolation: { escapeValue: false },
      // i18next 23 calls it initImmediate, 24+ initAsync: resources are inline, init synchronously.
      initImmediate: false,
      initAsync: false,
      showSupportNotice: false,
    };
    void instance.init(options);
    privateInstance = instance;
  }
  return privateInstance;
}

function isI18nLike(value: unknown): value is I18nLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as I18nLike).getFixedT === 'function' &&
    typeof (value as I18nLike).addResourceBundle === 'function'
  );
}

const T_OPTIONS = {
  // Our resources use `{{name}}`; say so per call in case the app configured other delimiters.
  interpolation: { escapeValue: false, skipOnVariables: true, prefix: '{{', suffix: '}}' },
  keySeparator: '.',
  nsSeparator: ':',
};

function lookup(i18n: I18nLike, lng: string, key: string, values: Readonly<Record<string, string>>): string | null {
  try {
    const t = i18n.getFixedT(lng, NAMESPACE) as (key: string, options: object) => unknown;
    const text = t(key, { ...T_OPTIONS, replace: values, defaultValue: '' });
    return typeof text === 'string' && text.trim() !== '' && text !== key ? text : null;
  } catch {
    return null;
  }
}

function ensureBundle(i18n: I18nLike, lng: string): void {
  const language = supportedLanguageOf(lng);
  if (hasBinanceOptionsBundle(i18n, language)) return;
  try {
    addBinanceOptionsBundle(i18n, language, resources[language][NAMESPACE]);
  } catch {
    // An instance that refuses resources still gets text from the shipped fallback below.
  }
}

/** The last resort when no instance produced text: never an empty message. */
function lastResort(resolved: ResolvedBinanceError): string {
  if (resolved.serverMessage) return resolved.serverMessage;
  return resolved.code === null ? 'Error' : `Error ${resolved.code}`;
}

export function formatBinanceError(input: unknown, options?: FormatOptions): FormattedBinanceError {
  const opts: FormatOptions = typeof options === 'object' && options !== null ? options : {};
  const resolved = resolveBinanceError(input, opts);
  const custom = isI18nLike(opts.i18n) ? opts.i18n : undefined;
  const lng =
    typeof opts.lng === 'string' && opts.lng.trim() !== ''
      ? opts.lng.trim()
      : (custom?.resolvedLanguage ?? custom?.language ?? 'en');
  if (custom) ensureBundle(custom, lng);

  const shipped = shippedInstance();
  const shippedLng = supportedLanguageOf(lng);
  const text = (key: string, values: Readonly<Record<string, string>>): string | null =>
    (custom ? lookup(custom, lng, key, values) : null) ?? lookup(shipped, shippedLng, key, values);

  const { keys, interpolation } = resolved;
  return {
    ...resolved,
    lng,
    title: text(keys.title, interpolation) ?? text('fallback.unknown.title', {}) ?? 'Error',
    message: text(keys.message, interpolation) ?? lastResort(resolved),
    hint: text(keys.hint, interpolation) ?? '',
  };
}
