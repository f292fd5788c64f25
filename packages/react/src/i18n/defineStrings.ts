export const UI_NAMESPACE = 'exchangeErrorsUi';

export interface StringTable<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly zh: Readonly<Record<K, string>>;
}

/** Both languages with the same keys, checked by the compiler. */
export function defineStrings<K extends string>(
  en: Readonly<Record<K, string>>,
  zh: Readonly<Record<K, string>>,
): StringTable<K> {
  return { en, zh };
}
