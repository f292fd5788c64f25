/**
 * i18next accepts any string as a language (`en_US`, `zh_TW`, `''`, `x-klingon`); `Intl` and the
 * `lang` attribute do not. One normalized, valid BCP 47 tag for both, or `en`.
 */
const cache = new Map<string, string>();

export function safeLanguageTag(lng: unknown): string {
  if (typeof lng !== 'string') return 'en';
  const cached = cache.get(lng);
  if (cached !== undefined) return cached;
  let tag = 'en';
  const candidate = lng.trim().replace(/_/g, '-');
  if (candidate !== '' && candidate.toLowerCase() !== 'cimode') {
    try {
      const [canonical] = Intl.getCanonicalLocales(candidate);
      // A tag Intl takes apart but cannot format with (a private-use one) is no use either.
      if (canonical && new Intl.DateTimeFormat(canonical).resolvedOptions().locale) tag = canonical;
    } catch {
      tag = 'en';
    }
  }
  if (cache.size > 100) cache.clear();
  cache.set(lng, tag);
  return tag;
}

/** `Intl.DateTimeFormat#format` that never throws: the tag is normalized, and a failure reads ISO. */
export function formatDateTime(date: Date, lng: unknown): string {
  try {
    return new Intl.DateTimeFormat(safeLanguageTag(lng), { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
  } catch {
    try {
      return date.toISOString();
    } catch {
      return '';
    }
  }
}
