/** Everything the futures rules look at, read once from what the app passes (`{ order, symbolInfo, … }`). */
import { own } from '../shared/read.js';
import { readFuturesExtras, type FuturesExtras } from './extras.js';
import { readFuturesOrder, type SentFuturesOrder } from './order.js';
import { readFuturesSymbol, type FuturesSymbol } from './symbol.js';

export interface FuturesFacts {
  readonly order: SentFuturesOrder;
  /** The symbol's rules; null when the entry is missing, or is another symbol's than the order's. */
  readonly symbol: FuturesSymbol | null;
  readonly extras: FuturesExtras;
}

export function readFuturesFacts(context: unknown): FuturesFacts {
  const order = readFuturesOrder(own(context, 'order'));
  const info = own(context, 'symbolInfo');
  const symbol = info === undefined || info === null ? null : readFuturesSymbol(info);
  const matches =
    symbol !== null && (order.symbol === undefined || symbol.symbol === null || symbol.symbol === order.symbol);
  return {
    order,
    symbol: matches ? symbol : null,
    extras: readFuturesExtras(context, symbol?.marginAsset ?? null),
  };
}

export function contractName(facts: FuturesFacts): string {
  const sent = facts.order.symbol;
  if (sent !== undefined && /^[A-Za-z0-9_.-]{1,40}$/.test(sent)) return sent;
  return facts.symbol?.symbol ?? '';
}
