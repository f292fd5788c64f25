import { resolveResponseIn, type ResolvedBinanceError, type ResponseLike } from '@exchange-errors/core';
import { OPTIONS_CATALOG } from './options-catalog.js';

/**
 * Resolves a fetch `Response` that has not been read yet: reads its body as text, then resolves the
 * body together with the status and `Retry-After`. A body that cannot be read (already used, aborted)
 * resolves from the status alone. Never rejects.
 */
export function resolveBinanceResponse(response: ResponseLike): Promise<ResolvedBinanceError> {
  return resolveResponseIn(OPTIONS_CATALOG, response);
}
