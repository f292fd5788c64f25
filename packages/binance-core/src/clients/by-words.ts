/**
 * An error read across products when the client kept Binance's words but not the code (ccxt keeps
 * only the message for the texts it maps; older SDKs keep only `msg`). The words are checked against
 * every product's templates: a fit makes them Binance's words, with the outcome every product they
 * fit reads (a rejection, or unknown for -1007's "execution status unknown"). They never pick a
 * product (an older wording of one product's text can be another product's current text), and they
 * give the code only when every product given reads them as that one code.
 */
import type { BinanceCatalog } from '../catalog.js';
import { extractError } from '../extract.js';
import { matchAnyCode } from '../matcher.js';
import { resolveExtracted, type ResolveHints, type ResolvedBinanceError } from '../resolve.js';

export interface ReadByWords {
  readonly resolved: ResolvedBinanceError;
  /** The products with a template the words fit. */
  readonly knowing: readonly BinanceCatalog[];
}

/** Binance's words, read with no product's codes: a rejection, in the generic texts. */
function asRejection(resolved: ResolvedBinanceError): ResolvedBinanceError {
  return {
    ...resolved,
    kind: 'binance',
    outcome: 'rejected',
    retryable: false,
    severity: 'error',
    keys: { title: 'fallback.code.title', message: 'fallback.text.message', hint: 'fallback.code.hint', detail: null },
  };
}

export function readByWords(
  catalogs: readonly BinanceCatalog[],
  input: unknown,
  hints: ResolveHints | undefined,
): ReadByWords | null {
  const first = catalogs[0];
  const raw = extractError(input);
  if (!first || raw.code !== null || raw.transport !== null || raw.msg === null) return null;
  const knowing: BinanceCatalog[] = [];
  const codes = new Set<number>();
  for (const catalog of catalogs) {
    const matches = matchAnyCode(catalog, raw.msg);
    if (matches.length === 0) continue;
    knowing.push(catalog);
    for (const match of matches) codes.add(match.info.code);
  }
  if (knowing.length === 0) return null;
  const [only] = codes;
  const code = codes.size === 1 && knowing.length === catalogs.length && only !== undefined ? only : null;
  const words = { ...raw, quoted: false };
  const resolved = resolveExtracted({ ...first, codes: [] }, { ...words, code }, hints);
  if (resolved.kind !== 'unknown') return { knowing, resolved };
  const rejected = knowing.every((catalog) => resolveExtracted(catalog, words, hints).outcome === 'rejected');
  return { knowing, resolved: rejected ? asRejection(resolved) : resolved };
}
