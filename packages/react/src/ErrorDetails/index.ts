export { ErrorDetails, type ErrorDetailsProps, type ErrorDetailsSlot, type ErrorSuggestion } from './ErrorDetails.js';
