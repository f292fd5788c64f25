/** Everything the Spot rules look at, read once from what the app passes (`{ order, symbolInfo, … }`). */
import { own } from '../shared/read.js';
import { readSpotExtras, type SpotExtras } from './extras.js';
import { readSpotOrder, type SentSpotOrder } from './order.js';
import { readSpotSymbol, type SpotSymbol } from './symbol.js';

export interface SpotFacts {
  readonly order: SentSpotOrder;
  /** The symbol's rules; null when the entry is missing, or is another symbol's than the order's. */
  readonly symbol: SpotSymbol | null;
  readonly extras: SpotExtras;
}

export function readSpotFacts(context: unknown): SpotFacts {
  const order = readSpotOrder(own(context, 'order'));
  const info = own(context, 'symbolInfo');
  const symbol = info === undefined || info === null ? null : readSpotSymbol(info);
  // Another symbol's numbers would explain nothing about this order.
  const matches =
    symbol !== null && (order.symbol === undefined || symbol.symbol === null || symbol.symbol === order.symbol);
  const position = matches && symbol.filters.some((f) => f.type === 'MAX_POSITION');
  return {
    order,
    symbol: matches ? symbol : null,
    extras: readSpotExtras(context, order.symbol ?? symbol?.symbol ?? null, position),
  };
}

/** The symbol's name for sentences: the order's, else the entry's, else '' ("this symbol"). */
export function symbolName(facts: SpotFacts): string {
  const sent = facts.order.symbol;
  if (sent !== undefined && /^[A-Za-z0-9_.-]{1,40}$/.test(sent)) return sent;
  return facts.symbol?.symbol ?? '';
}
