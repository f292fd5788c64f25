export {
  ErrorDetails,
  ERROR_DETAILS_NAME,
  type ErrorDetailsProps,
  type ErrorDetailsSlot,
  type ErrorSuggestion,
} from './ErrorDetails.js';
export { supportJson } from './supportJson.js';
