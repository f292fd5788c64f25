/**
 * What else an app may know about a futures order, each as Binance serves it: the mark price
 * (`GET /fapi/v1/premiumIndex`, or the number), the book's top (`GET /fapi/v1/ticker/bookTicker`),
 * the available balance (`GET /fapi/v2/balance` entries, the account's `availableBalance`, or the
 * number) and the symbol's leverage (`GET /fapi/v2/positionRisk`'s `leverage`, or the number).
 */
import { parseDecimal, type Decimal } from '../shared/decimal.js';
import { decimalOf, itemsOfArray, own, priceExtraOf, textOf } from '../shared/read.js';
import { readBook, type BookTop } from '../shared/book.js';

export interface FuturesExtras {
  readonly markPrice: Decimal | null;
  readonly book: BookTop;
  /** What the account can still commit as margin, in the symbol's margin asset. */
  readonly available: Decimal | null;
  readonly leverage: Decimal | null;
}

/** A balance answer as served: a number, `{ availableBalance }`, or a list of balances by asset. */
function availableOf(raw: unknown, asset: string | null): Decimal | null {
  const direct = parseDecimal(raw);
  if (direct) return direct;
  const own_ = decimalOf(raw, 'availableBalance');
  if (own_) return own_;
  let list: unknown[] = [];
  try {
    list = Array.isArray(raw) ? itemsOfArray(raw, 500) : itemsOfArray(own(raw, 'assets'), 500);
  } catch {
    return null;
  }
  const entry = list.find((item) => asset !== null && textOf(item, 'asset') === asset);
  return entry === undefined ? null : decimalOf(entry, 'availableBalance');
}

function leverageOf(raw: unknown): Decimal | null {
  const value = priceExtraOf(raw, ['leverage']);
  return value && value.units > 0n ? value : null;
}

export function readFuturesExtras(context: unknown, marginAsset: string | null): FuturesExtras {
  return {
    markPrice: priceExtraOf(own(context, 'markPrice'), ['markPrice']),
    book: readBook(own(context, 'book')),
    available: availableOf(own(context, 'balance'), marginAsset),
    leverage: leverageOf(own(context, 'leverage')),
  };
}
