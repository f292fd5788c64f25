export {
  ErrorToaster,
  ERROR_TOASTER_NAME,
  type ErrorToasterLength,
  type ErrorToasterOffset,
  type ErrorToasterPosition,
  type ErrorToasterProps,
  type ErrorToasterSlot,
  type ToastRenderApi,
} from './ErrorToaster.js';
