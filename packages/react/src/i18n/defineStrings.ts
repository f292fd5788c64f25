export const UI_NAMESPACE = 'exchangeErrorsUi';

export interface StringTable<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly zh: Readonly<Record<K, string>>;
  /** Traditional Chinese (`zh-TW`, `zh-HK`, `zh-Hant`); without it those traders read `zh`. */
  readonly 'zh-Hant'?: Readonly<Record<K, string>>;
}

/** The kit's languages with the same keys, checked by the compiler. */
export function defineStrings<K extends string>(
  en: Readonly<Record<K, string>>,
  zh: Readonly<Record<K, string>>,
  zhHant: Readonly<Record<K, string>>,
): Required<StringTable<K>> {
  return { en, zh, 'zh-Hant': zhHant };
}
