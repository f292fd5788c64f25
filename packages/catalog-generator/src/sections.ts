/**
 * Which section of the zh page is which of the en page, for pages whose codes live in tables (Bybit's):
 * the two pages order and title their sections differently (the zh page moves Crypto Loan (New) below
 * Convert Small Balances and makes Fiat Convert a section of its own), so sections are matched by the
 * codes they share, not by place or title. Binance's pages list their codes under headings and keep
 * their sections in the same order; they are matched by place, as before.
 */
import type { ParsedDocument } from './model.js';

/**
 * A code listed in many sections (a page repeated, or built to hurt) is compared with the zh sections
 * nearest to where its en section stands, this many: linear on any page, and right on a repeated one.
 */
const NEAREST_SECTIONS = 16;

/** The index of the first value in the ascending list that is at least `target`. */
function lowerBound(list: readonly number[], target: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list[mid] ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * For each en section, the index of the zh section that shares the most of its codes (ties: the
 * nearest by place), or -1 when none shares one. Two en sections may not take the same zh section:
 * the one sharing more codes keeps it.
 */
export function pairSectionsByCodes(en: ParsedDocument, zh: ParsedDocument): number[] {
  // Per code, the zh sections that list it, in page order (codes are read in page order).
  const zhSectionsOf = new Map<number, number[]>();
  for (const code of zh.codes) {
    const list = zhSectionsOf.get(code.code) ?? [];
    if (list[list.length - 1] !== code.section) list.push(code.section);
    zhSectionsOf.set(code.code, list);
  }
  const scale = en.sections.length > 0 ? zh.sections.length / en.sections.length : 1;
  const shared = en.sections.map(() => new Map<number, number>());
  for (const code of en.codes) {
    const counts = shared[code.section];
    const list = zhSectionsOf.get(code.code);
    if (!counts || !list) continue;
    const at = lowerBound(list, Math.round(code.section * scale));
    const from = Math.max(0, Math.min(at - NEAREST_SECTIONS / 2, list.length - NEAREST_SECTIONS));
    for (const section of list.slice(from, from + NEAREST_SECTIONS))
      counts.set(section, (counts.get(section) ?? 0) + 1);
  }
  const best = shared.map((counts, index) => {
    let pick = -1;
    let most = 0;
    for (const [section, count] of counts) {
      const nearer = Math.abs(section - index) < Math.abs(pick - index);
      if (count > most || (count === most && nearer)) {
        pick = section;
        most = count;
      }
    }
    return { pick, most };
  });
  // A zh section taken twice goes to the en section that shares more with it.
  const owner = new Map<number, number>();
  best.forEach(({ pick, most }, index) => {
    if (pick < 0) return;
    const other = owner.get(pick);
    if (other === undefined || (best[other]?.most ?? 0) < most) owner.set(pick, index);
  });
  return best.map(({ pick }, index) => (pick >= 0 && owner.get(pick) === index ? pick : -1));
}
