export { ErrorToast, ERROR_TOAST_NAME, type ErrorToastProps, type ErrorToastSlot } from './ErrorToast.js';
