export { ErrorMessageText, type ErrorMessageTextProps } from './ErrorMessageText.js';
