/**
 * What the app knows about a symbol's order rules: its `optionSymbols[]` entry from the exchange's
 * own exchangeInfo (polled once a minute) and the top of its book from the ticker (every 2 s). The
 * kit explains a rejection with them, and the ticket checks an order against them as it is typed.
 */
import type { BookTop, OptionSymbolInfo } from '@exchange-errors/binance-options';
import { useMemo } from 'react';
import { useMarketData } from './trading-data.js';

export interface OrderRules {
  /** Undefined until exchangeInfo arrives, or for a symbol it does not list. */
  readonly symbolInfo: OptionSymbolInfo | undefined;
  readonly book: BookTop | undefined;
}

export function useOrderRules(symbol: string): OrderRules {
  const { info, quotes } = useMarketData();
  const symbolInfo = useMemo(() => info.data?.optionSymbols.find((s) => s.symbol === symbol), [info.data, symbol]);
  const ticker = useMemo(() => quotes.data?.tickers.find((q) => q.symbol === symbol), [quotes.data, symbol]);
  const book = useMemo(() => (ticker ? { bestBid: ticker.bidPrice, bestAsk: ticker.askPrice } : undefined), [ticker]);
  return { symbolInfo, book };
}
