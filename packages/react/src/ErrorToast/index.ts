export { ErrorToast, type ErrorToastProps, type ErrorToastSlot } from './ErrorToast.js';
