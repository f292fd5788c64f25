export {
  ErrorToaster,
  type ErrorToasterLength,
  type ErrorToasterOffset,
  type ErrorToasterPosition,
  type ErrorToasterProps,
  type ErrorToasterSlot,
  type ToastRenderApi,
} from './ErrorToaster.js';
