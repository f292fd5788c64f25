/**
 * `resolveBinanceError(input)`: from anything a caller caught to a plain description of an Options
 * error: code, name, variant, the values recovered from the server's message, whether the order went
 * through, classification, and the namespace keys a translator looks up. The engine's `resolveIn`
 * bound to the Options catalog. Framework-free and total: no input makes it throw.
 */
import { resolveIn, type ResolveHints, type ResolvedBinanceError } from '@exchange-errors/core';
import { OPTIONS_CATALOG } from './options-catalog.js';

export type {
  Outcome,
  ResolveHints,
  ResolvedBinanceError,
  ResolvedKeys,
  ResolvedKind,
} from '@exchange-errors/core';

export function resolveBinanceError(input: unknown, hints?: ResolveHints): ResolvedBinanceError {
  return resolveIn(OPTIONS_CATALOG, input, hints);
}
