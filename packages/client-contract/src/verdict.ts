/**
 * How a cell is judged. The reference is the kit reading the raw answer (with the product given; and
 * with the request's URL, as a fetch Response carries it). A library that leaves something out of
 * what it throws (see `Drop`) is held to the raw answer without that part: `≈` in the table. Without
 * the product, the kit must find it whenever the caught value carries the request's URL, and must
 * never name a wrong one.
 */
import type { Drop } from './clients/client.js';
import { reading, type Reading } from './read.js';
import type { Cell } from './run.js';

export type Grade = '✓' | '≈' | '✗';

export interface Verdict {
  readonly grade: Grade;
  /** What differs from what the library kept (empty unless ✗). */
  readonly problems: readonly string[];
  /** What the library left out, when the grade is ≈. */
  readonly dropped: readonly Drop[];
  /** The caught value carries the request's URL somewhere. */
  readonly carriesUrl: boolean;
}

const FIELDS = ['code', 'outcome', 'variant', 'serverMessage'] as const;

function differences(actual: Reading, expected: Reading): string[] {
  return FIELDS.filter((field) => actual[field] !== expected[field]);
}

/** Whether a string anywhere in the caught value (own fields, a Request's or Response's `url`) holds `path`. */
export function carriesUrl(value: unknown, path: string, depth = 0, seen = new Set<unknown>()): boolean {
  if (typeof value === 'string') return value.includes(path);
  if (typeof value !== 'object' || value === null || depth > 4 || seen.has(value)) return false;
  seen.add(value);
  // Errors keep `message` and `cause` as own properties that Object.keys does not list; Request and Response have `url` as a getter.
  const keys = new Set([...Object.keys(value), 'url', 'message', 'cause', 'href', 'responseURL']);
  for (const key of keys) {
    let next: unknown;
    try {
      next = (value as Record<string, unknown>)[key];
    } catch {
      continue;
    }
    if (carriesUrl(next, path, depth + 1, seen)) return true;
  }
  return false;
}

/** The raw answer without what the library dropped, read as the reference is. */
function keptReading(
  cell: Cell,
  dropped: readonly Drop[],
  options: { product?: Cell['product']; url?: string },
): Reading {
  const { answer } = cell.scenario;
  if (answer.kind !== 'http') {
    const outcome = answer.kind === 'refused' && !dropped.includes('sent') ? 'notSent' : 'unknown';
    return {
      code: null,
      outcome,
      variant: null,
      serverMessage: null,
      clientMessage: null,
      product: options.product ?? null,
    };
  }
  let body: string | undefined = answer.body;
  if (dropped.includes('body')) body = undefined;
  else if (dropped.includes('code')) {
    try {
      const parsed = JSON.parse(answer.body) as { msg?: unknown; retMsg?: unknown };
      const words = parsed.msg ?? parsed.retMsg;
      body = typeof words === 'string' ? words : answer.body;
    } catch {
      // An HTML page has no code to drop.
    }
  }
  const raw = {
    status: dropped.includes('status') ? undefined : answer.status,
    headers: dropped.includes('status') ? undefined : answer.headers,
    body,
  };
  return reading(raw, options);
}

export interface CellVerdicts {
  readonly given: Verdict;
  readonly unaided: Verdict;
}

export function judge(cell: Cell): CellVerdicts {
  const dropped = cell.client.drops?.(cell.scenario) ?? [];
  const url = carriesUrl(cell.caught, cell.path);

  const grade = (actual: Reading, full: Reading, kept: Reading, productProblems: string[]): Verdict => {
    const againstFull = [...differences(actual, full), ...productProblems];
    if (againstFull.length === 0) return { grade: '✓', problems: [], dropped: [], carriesUrl: url };
    const againstKept = [...differences(actual, kept), ...productProblems];
    if (againstKept.length === 0 && dropped.length > 0) return { grade: '≈', problems: [], dropped, carriesUrl: url };
    return { grade: '✗', problems: againstKept, dropped, carriesUrl: url };
  };

  const givenProduct = cell.given.product === cell.product ? [] : ['product'];
  const unaidedProduct: string[] = [];
  if (cell.unaided.product !== null && cell.unaided.product !== cell.product) unaidedProduct.push('wrong product');
  else if (cell.unaided.product === null && (url || cell.expectedBare.product !== null)) unaidedProduct.push('product');

  // Without the URL nothing can tell the product, and the reference is the raw answer read alone.
  const unaidedOptions = url ? { url: cell.path } : {};
  return {
    given: grade(cell.given, cell.expected, keptReading(cell, dropped, { product: cell.product }), givenProduct),
    unaided: grade(
      cell.unaided,
      url ? cell.expectedUnaided : cell.expectedBare,
      keptReading(cell, dropped, unaidedOptions),
      unaidedProduct,
    ),
  };
}
