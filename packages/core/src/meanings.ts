/**
 * A code whose meaning depends on where the request went: Bybit lists 10003 as "too many sessions"
 * for its WebSocket order entry (`/v5/trade`) and as "API key is invalid" for its REST API. Such a
 * code's variants carry the request path prefixes their meaning belongs to (`paths`); variants with
 * the same prefixes are one meaning, a variant without any belongs to every meaning. The request's
 * path picks the meaning (the longest matching prefix, as it picks a product); without a path, or
 * with one that names none of them, every meaning stays in question, and only one that the others
 * say word for word is taken.
 */
import type { ErrorCodeInfo, ErrorVariantInfo } from './catalog.js';

export interface Meanings {
  /** The code with the variants of the meanings in question (all of them when nothing decides). */
  readonly info: ErrorCodeInfo;
  /** Exactly one meaning is in question: a bare code reads as it. */
  readonly decided: boolean;
  /**
   * The variant whose words (title, hint, classification) stand for the decided meaning when the
   * server's text is none of its own: its first, when it has words of its own (a meaning other than
   * the code's first); null when the code's own words do.
   */
  readonly standIn: ErrorVariantInfo | null;
}

interface Meaning {
  readonly paths: readonly string[];
  readonly variants: readonly ErrorVariantInfo[];
}

interface Scoped {
  readonly meanings: readonly Meaning[];
  /** Variants of every meaning. */
  readonly shared: readonly ErrorVariantInfo[];
  /** The code narrowed to some of its meanings, by their indexes: built once each. */
  readonly narrowed: Map<string, ErrorCodeInfo>;
}

const scopedCache = new WeakMap<ErrorCodeInfo, Scoped | null>();

function scopedOf(info: ErrorCodeInfo): Scoped | null {
  let scoped = scopedCache.get(info);
  if (scoped !== undefined) return scoped;
  const byPaths = new Map<string, { paths: string[]; variants: ErrorVariantInfo[] }>();
  const shared: ErrorVariantInfo[] = [];
  for (const variant of info.variants) {
    const paths = Array.isArray(variant.paths) ? variant.paths.filter((p) => typeof p === 'string') : null;
    if (paths === null) {
      shared.push(variant);
      continue;
    }
    const key = paths.join('\u0000');
    const meaning = byPaths.get(key) ?? { paths: paths.map((p) => p.toLowerCase()), variants: [] };
    meaning.variants.push(variant);
    byPaths.set(key, meaning);
  }
  scoped = byPaths.size < 2 ? null : { meanings: Array.from(byPaths.values()), shared, narrowed: new Map() };
  scopedCache.set(info, scoped);
  return scoped;
}

/** The longest of a meaning's prefixes the path starts with; 0 for none. */
function fit(meaning: Meaning, path: string): number {
  let best = 0;
  for (const prefix of meaning.paths) if (prefix.length > best && path.startsWith(prefix)) best = prefix.length;
  return best;
}

/** Two meanings say the same: the same texts, classified the same way. */
function sameWords(a: Meaning, b: Meaning): boolean {
  return (
    a.variants.length === b.variants.length &&
    a.variants.every((v, i) => {
      const w = b.variants[i];
      return w !== undefined && v.server === w.server && v.category === w.category;
    })
  );
}

function narrow(info: ErrorCodeInfo, scoped: Scoped, chosen: readonly number[]): ErrorCodeInfo {
  const key = chosen.join();
  let out = scoped.narrowed.get(key);
  if (!out) {
    const keep = new Set(chosen.flatMap((i) => scoped.meanings[i]?.variants ?? []));
    // Document order, so that a bare code's first plain variant is the one the page lists first.
    out = { ...info, variants: info.variants.filter((v) => keep.has(v) || scoped.shared.includes(v)) };
    scoped.narrowed.set(key, out);
  }
  return out;
}

/** The meanings of `info` in question for a request to `path` (lower case, no query), or to no known path. */
export function meaningsFor(info: ErrorCodeInfo, path: string | null): Meanings {
  const scoped = scopedOf(info);
  if (!scoped) return { info, decided: true, standIn: null };
  let chosen: number[] = [];
  if (path !== null) {
    let best = 0;
    scoped.meanings.forEach((meaning, i) => {
      const length = fit(meaning, path);
      if (length > best) [best, chosen] = [length, [i]];
      else if (length > 0 && length === best) chosen.push(i);
    });
  }
  // A path that names none of them decides nothing.
  if (chosen.length === 0) chosen = scoped.meanings.map((_, i) => i);
  const [first, ...rest] = chosen;
  const lead = scoped.meanings[first ?? -1];
  if (lead && rest.every((i) => sameWords(lead, scoped.meanings[i] ?? lead))) {
    const own = lead.variants[0];
    return {
      info: narrow(info, scoped, [first ?? 0]),
      decided: true,
      standIn: own !== undefined && own.category !== undefined ? own : null,
    };
  }
  return { info: narrow(info, scoped, chosen), decided: false, standIn: null };
}
