/**
 * Why a futures product answered a code, from what the app knows: the rule whose code it is, judged
 * with the symbol's numbers (and the mark price, the book, the balance when passed). When the answer's
 * rule needs a number the app did not pass, the sentence says what the rule is instead.
 */
import type { ExplanationDraft } from '../shared/types.js';
import { numberVerdicts } from './check.js';
import { SHARED, type FuturesCodes } from './codes.js';
import type { FuturesFacts } from './facts.js';
import { marginDraft } from './margin.js';
import { futuresDraft, str } from './verdict.js';

/** What can be said of a band rule without the mark price or the book. */
function unjudged(code: number, facts: FuturesFacts, codes: FuturesCodes): ExplanationDraft | null {
  const band = facts.symbol?.percent;
  if (!band?.up || !band.down) return null;
  const multipliers = { multiplierUp: str(band.up), multiplierDown: str(band.down) };
  const price = facts.order.price?.text ?? '';
  if (code === SHARED.priceAboveCap && price)
    return futuresDraft(facts, code, 'priceAboveCapNoMark', 'price', { price, ...multipliers });
  if (code === SHARED.priceBelowFloor && price)
    return futuresDraft(facts, code, 'priceBelowFloorNoMark', 'price', { price, ...multipliers });
  if (code === codes.marketBand && facts.order.type === 'MARKET')
    return futuresDraft(facts, code, 'marketOutsideBand', null, multipliers);
  return null;
}

export function explainFutures(code: number, facts: FuturesFacts, codes: FuturesCodes): ExplanationDraft | null {
  if (!facts.symbol) return null;
  if (code === SHARED.margin || code === SHARED.balance) return marginDraft(facts, code);
  for (const verdict of numberVerdicts(facts, codes)) {
    if (verdict.failure.code === code) return verdict.draft(code);
  }
  return unjudged(code, facts, codes);
}
