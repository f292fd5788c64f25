/**
 * Language tags as apps really pass them (`en_US`, `ZH-hans`, `''`, `x-klingon`, a number), turned
 * into the list of languages to look a text up in. Never throws; every result ends in a language the
 * kit ships.
 */
import type { Language } from './catalog.js';
import { supportedLanguageOf } from './languages.js';

/** A caller's language tag in canonical BCP 47 form (`en_US` → `en-US`), or null when it is none. */
export function canonicalLanguage(tag: unknown): string | null {
  if (typeof tag !== 'string') return null;
  const text = tag.trim().replace(/_/g, '-');
  if (text === '' || text.length > 64) return null;
  try {
    return Intl.getCanonicalLocales(text)[0] ?? null;
  } catch {
    return null;
  }
}

interface Subtags {
  readonly language: string;
  /** The script the tag implies (`zh-TW` → `Hant`), or '' when unknown. */
  readonly script: string;
}

const TRADITIONAL_REGIONS = /^zh-(?:.*-)?(?:TW|HK|MO)(?:-|$)/i;

function subtagsOf(tag: string): Subtags {
  const language = tag.split('-')[0]?.toLowerCase() ?? '';
  try {
    return { language, script: new Intl.Locale(tag).maximize().script ?? '' };
  } catch {
    // Engines without Intl.Locale: only Chinese needs a script to pick its texts.
    if (language !== 'zh') return { language, script: '' };
    return { language, script: /-Hant(?:-|$)/i.test(tag) || TRADITIONAL_REGIONS.test(tag) ? 'Hant' : 'Hans' };
  }
}

const DEFAULT_SCRIPT: Readonly<Record<string, string>> = { zh: 'Hans' };

/** The script a language is written in unless the tag says otherwise (`zh` → `Hans`). */
function defaultScriptOf(language: string): string {
  const known = DEFAULT_SCRIPT[language];
  if (known !== undefined) return known;
  try {
    return new Intl.Locale(language).maximize().script ?? '';
  } catch {
    return '';
  }
}

export interface LanguagePlan {
  /** The tag asked for, canonical; `en` when there was none. */
  readonly requested: string;
  /** Where to look, most specific first: the tag, its script (`zh-Hant`), its language, then `en`. */
  readonly chain: readonly string[];
  /** The base language the kit falls back to for this tag: `zh` for any Chinese, else `en`. */
  readonly shipped: 'en' | 'zh';
  /** The tag asks for Traditional Chinese (`zh-TW`, `zh-HK`, `zh-Hant`). */
  readonly traditional: boolean;
}

const plans = new Map<string, LanguagePlan>();

/** The lookup plan for a tag; cached, since formatting runs on every failed request. */
export function planLanguage(tag: unknown): LanguagePlan {
  const key = typeof tag === 'string' ? tag : '';
  const cached = plans.get(key);
  if (cached) return cached;
  const requested = canonicalLanguage(tag) ?? 'en';
  const { language, script } = subtagsOf(requested);
  const chain = [requested];
  if (script !== '' && script !== defaultScriptOf(language)) chain.push(`${language}-${script}`);
  chain.push(language, 'en');
  const shipped = supportedLanguageOf(requested);
  const plan: LanguagePlan = {
    requested,
    chain: [...new Set(chain)],
    shipped,
    traditional: shipped === 'zh' && script === 'Hant',
  };
  if (plans.size < 256) plans.set(key, plan);
  return plan;
}

const reported = new Map<string, string>();

/**
 * The tag to report for a text found under `found` when `requested` was asked for: the requested tag
 * when the text is in its language and script (`zh-CN` served by `zh`), else the text's own language
 * (`zh-TW` served by the shipped Simplified Chinese reports `zh-Hans`).
 */
export function reportedLanguage(requested: string, found: string): string {
  if (found === requested) return requested;
  const key = `${requested}\u0000${found}`;
  let tag = reported.get(key);
  if (tag === undefined) {
    tag = reportedUncached(requested, found);
    if (reported.size < 256) reported.set(key, tag);
  }
  return tag;
}

function reportedUncached(requested: string, found: string): string {
  const want = subtagsOf(requested);
  const got = subtagsOf(found);
  const gotScript = got.script || defaultScriptOf(got.language);
  const wantScript = want.script || defaultScriptOf(want.language);
  if (want.language === got.language && wantScript === gotScript) return requested;
  return got.language === 'zh' ? `zh-${gotScript || 'Hans'}` : got.language;
}

/**
 * The language a product with `available` texts serves a plan in: its Traditional Chinese for a
 * Traditional tag when it has one (Bybit), else the base language (Binance serves `zh-TW` in
 * Simplified, and reports `zh-Hans`).
 */
export function shippedLanguageFor(plan: LanguagePlan, available: readonly Language[]): Language {
  if (plan.traditional && available.includes('zh-Hant')) return 'zh-Hant';
  return plan.shipped;
}
