import type { BinanceErrorCodeInput, ResolvedBinanceError } from '@exchange-errors/binance-options';
import { useMemo } from 'react';
import { safeResolve, usableResolved, valuesKey } from './resolved/safeResolve.js';

/** What the components accept to describe one error: a raw error, or a code with optional text and values. */
export interface ErrorSourceProps {
  /** A Binance code, e.g. `-2010`. Known codes autocomplete; any number is accepted. */
  readonly code?: BinanceErrorCodeInput;
  /** Anything `resolveBinanceError` accepts: a body, JSON text, an HTTP-client error, a fetch failure. */
  readonly error?: unknown;
  /** The server's message, when giving `code`. */
  readonly msg?: string;
  /** Values for the message when there is no server text, e.g. `{ param: 'quantity' }` for -1102. */
  readonly params?: Readonly<Record<string, string | number>>;
  /** The message variant to use with `params`. */
  readonly variant?: string;
  /**
   * An error already resolved with `resolveBinanceError` (the toaster passes its records' own). A
   * partial object is completed from its code and message.
   */
  readonly resolved?: ResolvedBinanceError;
}

/** Never throws: BigInt, cyclic or throwing `params`, a partial `resolved` all give an error to show. */
export function useResolvedError({ code, error, msg, params, variant, resolved }: ErrorSourceProps): ResolvedBinanceError {
  // `params` is compared by content (callers pass object literals), read defensively: no
  // JSON.stringify of caller data, which throws on a BigInt or a cycle.
  const paramsKey = valuesKey(params);
  return useMemo(() => {
    if (resolved !== undefined && resolved !== null) return usableResolved(resolved);
    const input = error !== undefined ? error : msg !== undefined ? { code, msg } : code;
    return safeResolve(input, { values: params, variant });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code, error, msg, paramsKey, variant, resolved]);
}
