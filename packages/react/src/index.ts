/**
 * @exchange-errors/react: the toaster, the toast and the details of an exchange's error, on the app's
 * own i18next instance (react-i18next). Register the products the app talks to
 * (`registerCatalogs(binanceSpot, …)`), place `<ErrorToaster />` once, and call `showError(error)`.
 */
export { ErrorToast, type ErrorToastProps, type ErrorToastSlot } from './ErrorToast/index.js';
export {
  ErrorDetails,
  type ErrorDetailsProps,
  type ErrorDetailsSlot,
  type ErrorSuggestion,
} from './ErrorDetails/index.js';
export {
  ErrorToaster,
  type ErrorToasterLength,
  type ErrorToasterOffset,
  type ErrorToasterPosition,
  type ErrorToasterProps,
  type ErrorToasterSlot,
  type ToastRenderApi,
} from './ErrorToaster/index.js';
export { ErrorMessageText, type ErrorMessageTextProps } from './ErrorMessageText/index.js';
export { showError } from './store/showError.js';
export { registerCatalogs } from './catalogs/registry.js';
export { preloadErrorToaster } from './ErrorToaster/lazyList.js';
export {
  createErrorStore,
  type ErrorStore,
  type ErrorStoreOptions,
  type PauseReason,
} from './store/createErrorStore.js';
export { ErrorStoreProvider, useErrorStore, useErrorStoreSnapshot } from './store/hooks.js';
export type { ErrorAction, ErrorRecord, ErrorStoreSnapshot, HistoryEntry, ShowErrorOptions } from './store/types.js';
export { UI_NAMESPACE, type StringTable } from './i18n/strings.js';
export { uiStrings, type UiStringKey } from './i18n/uiStrings.js';
export { useErrorI18n, type DescribeExtras, type ErrorI18n, type ErrorTexts } from './i18n/useErrorI18n.js';
export { redactRequest, type RedactedRequest } from './request/redact.js';
export type { ErrorSourceProps } from './useResolvedError.js';
