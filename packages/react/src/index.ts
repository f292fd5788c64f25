export * from './ErrorToast/index.js';
export * from './ErrorDetails/index.js';
export * from './ErrorToaster/index.js';
export * from './ErrorMessageText/index.js';
export {
  createErrorStore,
  preloadErrorEngine,
  type ErrorStore,
  type ErrorStoreOptions,
  type PauseReason,
} from './store/createErrorStore.js';
export { registerBinanceCatalogs } from './catalogs/registry.js';
export { preloadErrorToaster } from './ErrorToaster/lazyList.js';
export { getDefaultErrorStore } from './store/defaultStore.js';
export { showError } from './store/showError.js';
export {
  ErrorStoreProvider,
  useErrorHistory,
  useErrorStore,
  useErrorStoreSnapshot,
  useShowError,
  type ErrorHistory,
} from './store/hooks.js';
export type {
  ErrorAction,
  ErrorRecord,
  ErrorStoreSnapshot,
  HistoryEntry,
  RequestContext,
  ShowErrorOptions,
} from './store/types.js';
export { defineStrings, toastStrings, UI_NAMESPACE, type StringTable, type ToastStringKey } from './i18n/strings.js';
export { uiStrings, type UiStringKey } from './i18n/uiStrings.js';
export { detailsStrings } from './ErrorDetails/strings.js';
export { useErrorI18n, type DescribeExtras, type ErrorI18n, type ErrorTexts } from './i18n/useErrorI18n.js';
export { isSecretName, REDACTED, redactRequest, requestLine, type RedactedRequest } from './request/redact.js';
export { safeLanguageTag } from './i18n/locale.js';
export type { ErrorSourceProps } from './useResolvedError.js';
