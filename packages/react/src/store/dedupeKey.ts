import type { ResolvedError } from '@exchange-errors/core';

/**
 * Same code, variant and values (or, without a known code, the same text): one toast with a count.
 * JSON of sorted pairs, so no value can forge a separator: `{a: 'x,b=y'}` and `{a: 'x', b: 'y'}`
 * never share a key (the old `k=v` joined with a control character did, for values holding it).
 */
export function dedupeKey(resolved: ResolvedError): string {
  const values = resolved.values && typeof resolved.values === 'object' ? resolved.values : {};
  const pairs = Object.keys(values)
    .sort()
    .map((k) => [k, String(values[k] ?? '')]);
  const text = resolved.known ? '' : (resolved.serverMessage ?? '');
  return JSON.stringify([
    resolved.product,
    resolved.kind,
    resolved.code,
    resolved.variant,
    pairs,
    resolved.httpStatus,
    text,
  ]);
}
