/**
 * `validateOrder(product, { order, symbolInfo })`: the exchange's order checks, run before sending.
 * Each failure comes back as the error the exchange would answer (same code, same server text, so the
 * same title, message, hint and explanation `format` gives for the real rejection), without a round
 * trip: a ticket can show it beside the field as the trader types.
 *
 * Only checks the request itself decides are run (the product's `rules.check`): parameters, the
 * symbol's filters and flags. Balance, margin, positions and the book are the exchange's to judge, so
 * an order that passes here can still be rejected for those.
 */
import { entryFor, type ProductModule } from './catalog.js';
import type { OrderFailure } from './explanation.js';
import { formatResolvedWith, readFormatOptions, type FormatOptions, type FormattedError } from './format.js';
import { productList, rulesOf } from './modules.js';
import { resolveIn } from './resolve.js';
import { readyProducts } from './route.js';
import { sourcesOf } from './verbs.js';

/** One failed check: the error the exchange would answer, and the order field it is about. */
export interface OrderIssue extends FormattedError {
  readonly field: string | null;
}

export interface OrderValidation {
  /** Nothing in the request itself would be rejected (or the product has no rules in memory). */
  readonly ok: boolean;
  /**
   * Every failed check, in the order the exchange runs them, at most one per field: the exchange
   * answers with the first, a ticket can show all of them at once.
   */
  readonly errors: readonly OrderIssue[];
  /** The error the exchange would answer with. */
  readonly first: OrderIssue | null;
  /** The failure per field, for inline messages. */
  readonly fields: Readonly<Record<string, OrderIssue>>;
}

const VALID: OrderValidation = Object.freeze({
  ok: true,
  errors: Object.freeze([]),
  first: null,
  fields: Object.freeze({}),
});

/** The text the exchange sends for a failure: the document's English with the values in. */
function serverMessage(template: string, params: readonly string[], f: OrderFailure): string {
  let index = 0;
  return template.replace(/%s/g, () => f.values[params[index++] ?? ''] ?? '');
}

/**
 * Runs `product`'s order checks on `explain` (`{ order, symbolInfo, … }`, as `format` takes it). The
 * product's catalog and rules must be in memory (its `…Eager` module, or the lazy one after its rules
 * loaded). Never throws; a product without rules validates everything.
 */
export function validateOrder(
  product: ProductModule,
  explain: unknown,
  options?: Omit<FormatOptions, 'explain'>,
): OrderValidation {
  const ready = readyProducts(productList(product))[0];
  const rules = ready ? rulesOf(ready.module) : undefined;
  if (!ready || !rules) return VALID;
  let found: readonly OrderFailure[];
  try {
    found = rules.check(explain);
  } catch {
    return VALID;
  }
  if (!Array.isArray(found) || found.length === 0) return VALID;
  const opts: FormatOptions = { ...readFormatOptions(options), explain };
  const sources = sourcesOf([ready], ready.catalog.namespace);
  const errors: OrderIssue[] = [];
  const fields: Record<string, OrderIssue> = {};
  for (const f of found) {
    if (f.field !== null && fields[f.field]) continue;
    const variant = entryFor(ready.catalog, f.code)?.variants.find((v) => v.key === f.variant);
    const text = variant ? serverMessage(variant.server, variant.params, f) : (f.message ?? '');
    const body = { code: f.code, msg: text };
    const resolved = resolveIn(ready, body, opts);
    const issue: OrderIssue = { ...formatResolvedWith(resolved, opts, sources), field: f.field };
    errors.push(issue);
    if (f.field !== null) fields[f.field] = issue;
  }
  return { ok: false, errors, first: errors[0] ?? null, fields };
}
