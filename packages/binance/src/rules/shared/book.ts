/** The top of the book when the order was sent: `{ bestBid, bestAsk }`, or a book ticker as served (`bidPrice`, `askPrice`). */
import type { Decimal } from './decimal.js';
import { own, priceExtraOf } from './read.js';

export interface BookTop {
  readonly bestBid: Decimal | null;
  readonly bestAsk: Decimal | null;
}

export function readBook(raw: unknown): BookTop {
  return {
    bestBid: priceExtraOf(own(raw, 'bestBid'), []) ?? priceExtraOf(own(raw, 'bidPrice'), []),
    bestAsk: priceExtraOf(own(raw, 'bestAsk'), []) ?? priceExtraOf(own(raw, 'askPrice'), []),
  };
}
