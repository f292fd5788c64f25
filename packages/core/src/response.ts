import type { BinanceCatalog } from './catalog.js';
import { resolveIn, type ResolvedBinanceError } from './resolve.js';

export interface ResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/**
 * Resolves a fetch `Response` that has not been read yet: reads its body as text, then resolves the
 * body together with the status and `Retry-After`. A body that cannot be read (already used, aborted)
 * resolves from the status alone. Never rejects.
 */
export async function resolveResponseIn(
  catalog: BinanceCatalog,
  response: ResponseLike,
): Promise<ResolvedBinanceError> {
  let body: string | undefined;
  try {
    body = await response.text();
  } catch {
    body = undefined;
  }
  let retryAfter: string | null = null;
  let status: unknown;
  try {
    retryAfter = response.headers.get('retry-after');
    status = response.status;
  } catch {
    // Leave them unknown.
  }
  return resolveIn(catalog, { status, headers: { 'retry-after': retryAfter }, body });
}
