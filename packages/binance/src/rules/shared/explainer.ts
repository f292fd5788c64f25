/**
 * A product's `Explainer` (core's type) from its two halves: a reader of what the app knows, and a
 * finder of the draft for a code. Total: any throw inside reads as "no explanation".
 */
import type { ExplainedAnswer, Explainer } from '@exchange-errors/core';
import { localize } from './localize.js';
import type { ExplanationDraft } from './types.js';

export function explainerOf<F>(
  read: (context: unknown) => F,
  find: (code: number, answer: ExplainedAnswer | undefined, facts: F) => ExplanationDraft | null,
): Explainer {
  return (code, context, lng, raw, answer) => {
    if (code === null || context === undefined || context === null) return null;
    try {
      const draft = find(code, answer, read(context));
      return draft ? localize(draft, lng, raw) : null;
    } catch {
      return null;
    }
  };
}

/** `Filter failure: NAME` → NAME; null for any other text. */
export function filterNamed(message: string | null | undefined): string | null {
  if (typeof message !== 'string' || message.length > 80) return null;
  const match = /^Filter failure: ([A-Z_]{3,40})$/.exec(message.trim());
  return match?.[1] ?? null;
}
