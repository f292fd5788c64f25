/**
 * The account on the ticket's venue (Spot, USDⓈ-M): its open orders and what it holds (Spot's
 * balances, the futures' positions), polled while the ticket is on that venue, refreshed right after
 * an order or a cancel. Options' own lists come from trading-data.tsx.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { BalanceRow, OpenOrderRow, PositionRow, Venue } from '../venues/types.js';
import { useExchange } from './exchange.js';
import { isVenueProduct, VENUES } from './products.js';
import { useTicketProduct } from './ticket.js';
import { usePolling } from './usePolling.js';

export type Holdings =
  | { readonly kind: 'balances'; readonly rows: readonly BalanceRow[] }
  | { readonly kind: 'positions'; readonly rows: readonly PositionRow[] };

export interface VenueAccount {
  /** The venue these lists are from; null while the ticket is on Options. */
  readonly venue: Venue | null;
  /** False until the first answer for this venue. */
  readonly loaded: boolean;
  readonly openOrders: readonly OpenOrderRow[];
  readonly holdings: Holdings | null;
  readonly refresh: () => void;
}

interface Snapshot {
  readonly venue: Venue;
  readonly openOrders: readonly OpenOrderRow[];
  readonly holdings: Holdings;
}

const VenueAccountContext = createContext<VenueAccount | null>(null);
// Apart, and stable: the ticket refreshes the lists after an order without re-rendering on each poll.
const RefreshContext = createContext<(() => void) | null>(null);

function holdingsOf(venue: Venue, answer: unknown): Holdings {
  const { holdings } = venue;
  return holdings.kind === 'balances'
    ? { kind: 'balances', rows: holdings.read(answer) }
    : { kind: 'positions', rows: holdings.read(answer) };
}

export function VenueAccountProvider({ children }: { readonly children: ReactNode }) {
  const { client } = useExchange();
  const product = useTicketProduct();
  const venue = isVenueProduct(product) ? VENUES[product] : null;
  const poll = usePolling(
    useCallback(async (): Promise<Snapshot | null> => {
      if (!venue) return null;
      const [orders, held] = await Promise.all([
        client.request<unknown>('GET', venue.paths.openOrders, venue.params, { signed: true }),
        client.request<unknown>('GET', venue.holdings.path, venue.params, { signed: true }),
      ]);
      return { venue, openOrders: venue.readOpenOrders(orders), holdings: holdingsOf(venue, held) };
    }, [client, venue]),
    3000,
  );
  // A switch to another venue loads its lists at once, not at the next beat.
  const { refresh } = poll;
  useEffect(() => {
    if (venue) refresh();
  }, [venue, refresh]);
  const current = poll.data && poll.data.venue === venue ? poll.data : null;
  const value = useMemo<VenueAccount>(
    () => ({
      venue,
      loaded: current !== null,
      openOrders: current?.openOrders ?? [],
      holdings: current?.holdings ?? null,
      refresh,
    }),
    [current, venue, refresh],
  );
  return (
    <RefreshContext.Provider value={refresh}>
      <VenueAccountContext.Provider value={value}>{children}</VenueAccountContext.Provider>
    </RefreshContext.Provider>
  );
}

export function useVenueAccount(): VenueAccount {
  const value = useContext(VenueAccountContext);
  if (!value) throw new Error('useVenueAccount must be used inside <VenueAccountProvider>');
  return value;
}

/** Loads the venue's lists again now (after an order or a cancel). */
export function useRefreshVenueAccount(): () => void {
  const value = useContext(RefreshContext);
  if (!value) throw new Error('useRefreshVenueAccount must be used inside <VenueAccountProvider>');
  return value;
}
