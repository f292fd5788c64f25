/**
 * A draft in words: the engine's `localizeExplanation` (one for every product, so that their
 * sentences, fix labels and Chinese spacing read alike), under the name the rules use.
 */
export { localizeExplanation as localize, tidyCjkSpacing as tidyChinese } from '@exchange-errors/core/internal';
