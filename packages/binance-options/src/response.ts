import { resolveBinanceError, type ResolvedBinanceError } from './resolve.js';

interface ResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/**
 * Resolves a fetch `Response` that has not been read yet: reads its body as text, then resolves the
 * body together with the status and `Retry-After`. A body that cannot be read (already used, aborted)
 * resolves from the status alone. Never rejects.
 */
export async function resolveBinanceResponse(response: ResponseLike): Promise<ResolvedBinanceError> {
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
  return resolveBinanceError({ status, headers: { 'retry-after': retryAfter }, body });
}
