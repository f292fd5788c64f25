import type { Explanation, ResolvedError } from '@exchange-errors/core';
import { redactRequest } from '../request/redact.js';
import { read } from '../resolved/read.js';

/**
 * What Copy puts on the clipboard: enough for support to find the request, nothing secret (the
 * request goes through `redactRequest`: signature, API key, listen key, tokens read `[redacted]`;
 * redacting twice changes nothing, so an already redacted request may be passed too).
 */
export function supportJson(
  resolved: ResolvedError,
  lng: string,
  time: Date | null,
  request?: unknown,
  explanation?: Explanation | null,
): string {
  const candidates = read(resolved, 'productCandidates');
  return JSON.stringify(
    {
      // One code means different things per product: support needs the product it was read as, or
      // the products it could be when the kit could not tell.
      product: read(resolved, 'product') ?? null,
      ...(Array.isArray(candidates) && candidates.length > 0 ? { productCandidates: candidates } : {}),
      code: resolved.code,
      name: resolved.name,
      outcome: read(resolved, 'outcome') ?? null,
      msg: resolved.serverMessage,
      variant: resolved.variant,
      values: resolved.values,
      category: resolved.category,
      httpStatus: resolved.httpStatus,
      time: time ? time.toISOString() : null,
      language: lng,
      request: redactRequest(request),
      // The rule found in the order (for -2010 the rule's own code), with its numbers.
      ...(explanation
        ? {
            explanation: {
              code: explanation.code,
              key: explanation.key,
              field: explanation.field,
              values: explanation.values,
              text: explanation.text,
            },
          }
        : {}),
    },
    null,
    2,
  );
}

export function toDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}
