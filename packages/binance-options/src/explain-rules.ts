/**
 * The Options order rules in words: `explainWith(code, context, lng, raw)` finds the rule behind a
 * rejection in what the app knows (the order, the symbol's exchangeInfo entry, the book) and puts it
 * in the trader's language with the texts `raw` reads. No texts of its own and no resolver: the React
 * kit loads it with the rules, as a chunk of their own, only when an app passes `explain`.
 */
import type { Explainer } from '@exchange-errors/core';
import { localizeExplanation } from '@exchange-errors/core/internal';
import { readFacts } from './order-context.js';
import { explainCode } from './order-rules.js';

/** Explains `code` with the texts the formatter already looks up. */
export const explainWith: Explainer = (code, context, lng, raw) => {
  if (code === null || context === undefined || context === null) return null;
  try {
    const found = explainCode(code, readFacts(context));
    return found ? localizeExplanation(found, lng, raw) : null;
  } catch {
    return null;
  }
};
