export { ErrorMessageText, ERROR_MESSAGE_TEXT_NAME, type ErrorMessageTextProps } from './ErrorMessageText.js';
