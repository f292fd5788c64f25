/**
 * `formatBinanceError(input, { lng, i18n? })`: the resolved error plus its localized title, message
 * and hint. The app's i18next instance supplies the text when it has one (its overrides win), the
 * shipped texts otherwise; the kit fills in the values itself (see interpolate.ts), so the result does
 * not depend on the app's interpolation settings and values stay literal. Total: no input, options
 * object or i18n instance makes it throw.
 */
import { addBinanceOptionsBundle, hasBinanceOptionsBundle, type I18nLike } from './i18n.js';
import { planLanguage, reportedLanguage, type LanguagePlan } from './language.js';
import { instanceLanguage, isI18nLike, lookupText, readSafely } from './lookup.js';
import { NAMESPACE, type SupportedLanguage } from './namespace.js';
import { interpolate } from './interpolate.js';
import { resolveBinanceError, type ResolveHints, type ResolvedBinanceError } from './resolve.js';
import { resources } from './resources.js';

export interface FormatOptions extends ResolveHints {
  /** Language tag; default: the instance's language, else `en`. `en_US` and other odd forms are read too. */
  readonly lng?: string;
  /**
   * The app's i18next instance. The namespace is added to it if missing, never overwriting the app's
   * own keys, so the app's wording wins. Without it the shipped texts are read directly.
   */
  readonly i18n?: I18nLike;
}

export interface FormattedBinanceError extends ResolvedBinanceError {
  /**
   * The language of the message: the tag asked for (canonical) when the text is in it, else the one
   * actually used (`zh-TW` without a Traditional Chinese override reports `zh-Hans`; `fr` reports `en`).
   */
  readonly lng: string;
  readonly title: string;
  readonly message: string;
  readonly hint: string;
  /** The code's own message when `message` says something more important (an unknown outcome); '' otherwise. */
  readonly detail: string;
}

/**
 * Text from the shipped resources, read directly: no i18next instance is needed when the caller
 * brings none (a Node service, a Vue app), and no global i18next state is touched.
 */
const shippedCache = { en: new Map<string, string | null>(), zh: new Map<string, string | null>() };

function shippedText(language: SupportedLanguage, key: string): string | null {
  const cache = shippedCache[language];
  let text = cache.get(key);
  if (text === undefined) {
    let node: unknown = resources[language][NAMESPACE];
    for (const part of key.split('.')) {
      const own = typeof node === 'object' && node !== null && Object.prototype.hasOwnProperty.call(node, part);
      node = own ? (node as Record<string, unknown>)[part] : undefined;
    }
    text = typeof node === 'string' ? node : null;
    // Keys come from the resolver, a closed set; the cap only guards against a caller's odd keys.
    if (cache.size < 2048) cache.set(key, text);
  }
  return text;
}

function ensureBundle(i18n: I18nLike, language: SupportedLanguage): void {
  if (!hasBinanceOptionsBundle(i18n, language)) addBinanceOptionsBundle(i18n, language, resources[language][NAMESPACE]);
}

/** The last resort when no instance produced text: never an empty message. */
function lastResort(resolved: ResolvedBinanceError): string {
  if (resolved.serverMessage) return resolved.serverMessage;
  return resolved.code === null ? 'Error' : `Error ${resolved.code}`;
}

interface Text {
  readonly text: string;
  readonly lng: string;
}

function textOf(i18n: I18nLike | undefined, plan: LanguagePlan, key: string | null, values: Readonly<Record<string, string>>): Text | null {
  if (key === null) return null;
  const found = i18n ? lookupText(i18n, plan, NAMESPACE, key) : null;
  if (found) return { text: interpolate(found.text, values), lng: found.lng };
  const shipped = shippedText(plan.shipped, key);
  return shipped === null ? null : { text: interpolate(shipped, values), lng: plan.shipped };
}

/** Options as a caller may really pass them: anything, with getters that throw. */
function readOptions(options: unknown): { lng: unknown; i18n: I18nLike | undefined; hints: ResolveHints } {
  const i18n = readSafely(options, 'i18n');
  return {
    lng: readSafely(options, 'lng'),
    i18n: isI18nLike(i18n) ? i18n : undefined,
    hints: { variant: readSafely(options, 'variant') as string | undefined, values: readSafely(options, 'values') as ResolveHints['values'] },
  };
}

export function formatBinanceError(input: unknown, options?: FormatOptions): FormattedBinanceError {
  const { lng, i18n, hints } = readOptions(options);
  const resolved = resolveBinanceError(input, hints);
  const asked = typeof lng === 'string' && lng.trim() !== '' ? lng : i18n ? instanceLanguage(i18n) : undefined;
  const plan = planLanguage(asked);
  if (i18n) ensureBundle(i18n, plan.shipped);

  const { keys, interpolation } = resolved;
  const title = textOf(i18n, plan, keys.title, interpolation) ?? textOf(i18n, plan, 'fallback.unknown.title', interpolation);
  const message = textOf(i18n, plan, keys.message, interpolation);
  const hint = textOf(i18n, plan, keys.hint, interpolation);
  const detail = textOf(i18n, plan, keys.detail, interpolation);
  return {
    ...resolved,
    lng: reportedLanguage(plan.requested, (message ?? title)?.lng ?? plan.shipped),
    title: title?.text ?? 'Error',
    message: message?.text ?? lastResort(resolved),
    hint: hint?.text ?? '',
    detail: detail?.text ?? '',
  };
}
