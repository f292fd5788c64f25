import { detailsStrings } from '../ErrorDetails/strings.js';
import { toastStrings } from './strings.js';

/** Every string of the `exchangeErrorsUi` namespace, for apps that translate or override them. */
export const uiStrings = {
  en: { ...toastStrings.en, ...detailsStrings.en },
  zh: { ...toastStrings.zh, ...detailsStrings.zh },
} as const;

export type UiStringKey = keyof typeof uiStrings.en;
