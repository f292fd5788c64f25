/** Market and account data, polled once for every screen that shows them. */
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import {
  asArray,
  type ExchangeInfo,
  type MarginAccount,
  type Mark,
  type OrderView,
  type PositionView,
  type Ticker,
} from '../api/types.js';
import { useExchange } from './exchange.js';
import { usePolling, type Polled } from './usePolling.js';

export interface MarketData {
  readonly info: Polled<ExchangeInfo>;
  readonly quotes: Polled<{ readonly tickers: readonly Ticker[]; readonly marks: readonly Mark[] }>;
}

export interface AccountData {
  readonly openOrders: readonly OrderView[];
  readonly positions: readonly PositionView[];
  readonly account: MarginAccount | undefined;
  readonly refresh: () => void;
}

const MarketContext = createContext<MarketData | null>(null);
const AccountContext = createContext<AccountData | null>(null);

export function TradingDataProvider({ children }: { readonly children: ReactNode }) {
  const { client } = useExchange();
  const info = usePolling(
    useCallback(() => client.request<ExchangeInfo>('GET', '/eapi/v1/exchangeInfo'), [client]),
    60_000,
  );
  const quotes = usePolling(
    useCallback(async () => {
      const [tickers, marks] = await Promise.all([
        client.request<unknown>('GET', '/eapi/v1/ticker'),
        client.request<unknown>('GET', '/eapi/v1/mark'),
      ]);
      return { tickers: asArray<Ticker>(tickers), marks: asArray<Mark>(marks) };
    }, [client]),
    2000,
  );
  const accountPoll = usePolling(
    useCallback(async () => {
      const [openOrders, positions, account] = await Promise.all([
        client.request<unknown>('GET', '/eapi/v1/openOrders', {}, { signed: true }),
        client.request<unknown>('GET', '/eapi/v1/position', {}, { signed: true }),
        client.request<MarginAccount>('GET', '/eapi/v1/marginAccount', {}, { signed: true }),
      ]);
      return { openOrders: asArray<OrderView>(openOrders), positions: asArray<PositionView>(positions), account };
    }, [client]),
    3000,
  );

  const market = useMemo<MarketData>(() => ({ info, quotes }), [info, quotes]);
  const account = useMemo<AccountData>(
    () => ({
      openOrders: accountPoll.data?.openOrders ?? [],
      positions: accountPoll.data?.positions ?? [],
      account: accountPoll.data?.account,
      refresh: accountPoll.refresh,
    }),
    [accountPoll],
  );
  return (
    <MarketContext.Provider value={market}>
      <AccountContext.Provider value={account}>{children}</AccountContext.Provider>
    </MarketContext.Provider>
  );
}

export function useMarketData(): MarketData {
  const value = useContext(MarketContext);
  if (!value) throw new Error('useMarketData must be used inside <TradingDataProvider>');
  return value;
}

export function useAccountData(): AccountData {
  const value = useContext(AccountContext);
  if (!value) throw new Error('useAccountData must be used inside <TradingDataProvider>');
  return value;
}
