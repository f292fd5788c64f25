import { detailsStrings } from '../ErrorDetails/strings.js';
import { regionStrings } from './regionStrings.js';
import { toastStrings } from './strings.js';

/** Every string of the `exchangeErrorsUi` namespace (en, zh, zh-Hant), for apps that translate or override them. */
export const uiStrings = {
  en: { ...regionStrings.en, ...toastStrings.en, ...detailsStrings.en },
  zh: { ...regionStrings.zh, ...toastStrings.zh, ...detailsStrings.zh },
  'zh-Hant': { ...regionStrings['zh-Hant'], ...toastStrings['zh-Hant'], ...detailsStrings['zh-Hant'] },
} as const;

export type UiStringKey = keyof typeof uiStrings.en;
