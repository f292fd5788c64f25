/**
 * An error read across products when the client kept the exchange's words but not the code (ccxt
 * keeps only the message for the texts it maps; older SDKs keep only `msg`). The words are checked
 * against every product's templates: a fit makes them the exchange's words, with the outcome every
 * product they fit reads (a rejection, or unknown for -1007's "execution status unknown"). They never
 * pick a product (an older wording of one product's text can be another product's current text), and
 * they give the code only when every product given reads them as that one code (and its variant when
 * every product reads them as that one variant).
 */
import type { ExtractedError } from '../extract.js';
import { matchAnyCode } from '../matcher.js';
import { neutralReading, resolveIn, type ResolveHints, type ResolvedError } from '../resolve.js';
import type { ReadyProduct } from '../route.js';

export interface ReadByWords {
  readonly resolved: ResolvedError;
  /** The products with a template the words fit. */
  readonly knowing: readonly ReadyProduct[];
}

/** The exchange's words, read with no product's codes: a rejection, in the generic texts. */
function asRejection(resolved: ResolvedError): ResolvedError {
  return {
    ...resolved,
    kind: 'exchange',
    outcome: 'rejected',
    retryable: false,
    severity: 'error',
    keys: { title: 'fallback.code.title', message: 'fallback.text.message', hint: 'fallback.code.hint', detail: null },
  };
}

export function readByWords(
  products: readonly ReadyProduct[],
  input: unknown,
  raw: ExtractedError,
  hints: ResolveHints | undefined,
): ReadByWords | null {
  const first = products[0];
  if (!first || raw.code !== null || raw.transport !== null || raw.msg === null) return null;
  const knowing: ReadyProduct[] = [];
  const codes = new Set<number>();
  for (const product of products) {
    const matches = matchAnyCode(product.catalog, raw.msg);
    if (matches.length === 0) continue;
    knowing.push(product);
    for (const match of matches) codes.add(match.info.code);
  }
  if (knowing.length === 0) return null;
  const [only] = codes;
  const code = codes.size === 1 && knowing.length === products.length && only !== undefined ? only : null;
  const words: ExtractedError = { ...raw, quoted: false };
  if (code !== null) {
    // Every product reads them as one code: as one variant too, that reading (no product picked).
    const readings = knowing.map((product) => resolveIn(product, input, hints, { ...words, code }));
    const [lead] = readings;
    if (lead && readings.every((r) => r.variant === lead.variant && r.name === lead.name && r.outcome === lead.outcome))
      return { knowing, resolved: lead };
  }
  const neutral = neutralReading(first.adapter, first.catalog.namespace);
  const resolved = resolveIn(neutral, input, hints, { ...words, code });
  if (resolved.kind !== 'unknown') return { knowing, resolved };
  const rejected = knowing.every((product) => resolveIn(product, input, hints, words).outcome === 'rejected');
  return { knowing, resolved: rejected ? asRejection(resolved) : resolved };
}
