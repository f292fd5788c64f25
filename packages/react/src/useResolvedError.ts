'use client';

import type { ResolvedError } from '@exchange-errors/core';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { loadCatalogs } from './catalogs/load.js';
import { catalogsVersion, subscribeCatalogs } from './catalogs/registry.js';
import { catalogsFor, readHints, resolveTrusted, usableResolved } from './engine/resolveRecord.js';
import { valuesKey } from './resolved/read.js';

/** What the components accept to describe one error: a raw error, or a code with optional text and values. */
export interface ErrorSourceProps {
  /** The exchange's code, e.g. `-2010`; any number is accepted. */
  readonly code?: number;
  /** Anything the resolver accepts: a body, JSON text, an HTTP-client error, a fetch failure. */
  readonly error?: unknown;
  /** The server's message, when giving `code`. */
  readonly msg?: string;
  /** Values for the message when there is no server text, e.g. `{ param: 'quantity' }` for -1102. */
  readonly params?: Readonly<Record<string, string | number>>;
  /** The message variant to use with `params`. */
  readonly variant?: string;
  /** The product the error came from, when several are registered (`options`, `spot`, …). */
  readonly product?: string;
  /**
   * An error already resolved (the toaster passes its records' own). A partial object is completed
   * from its code and message.
   */
  readonly resolved?: ResolvedError;
}

/**
 * The error to show, resolved against the registered products. Their catalogs load on first use
 * (the component re-renders when they are in); never throws: BigInt, cyclic or throwing `params`,
 * a partial `resolved` all give an error to show. `url` is the request's URL or path when the
 * component has it (ErrorDetails' `request`): it names the product as the toaster's context does.
 */
export function useResolvedError({
  code,
  error,
  msg,
  params,
  variant,
  product,
  resolved,
  url,
}: ErrorSourceProps & { readonly url?: string }): ResolvedError {
  const version = useSyncExternalStore(subscribeCatalogs, catalogsVersion, catalogsVersion);
  // `params` is compared by content (callers pass object literals), read defensively: no
  // JSON.stringify of caller data, which throws on a BigInt or a cycle.
  const paramsKey = valuesKey(params);
  const { result, needs } = useMemo(() => {
    if (resolved !== undefined && resolved !== null) return { result: usableResolved(resolved), needs: [] };
    const input = error !== undefined ? error : msg !== undefined ? { code, msg } : code;
    const hints = readHints({ values: params, variant, product, url });
    return { result: resolveTrusted(input, hints), needs: catalogsFor(input, hints) };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code, error, msg, paramsKey, variant, product, url, resolved, version]);
  // The catalogs this error needs and that are not in: it is read again (generic until then) once they are.
  useEffect(() => {
    if (needs.length > 0) void loadCatalogs(needs);
  }, [needs]);
  return result;
}
