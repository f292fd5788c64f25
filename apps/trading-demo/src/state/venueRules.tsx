/**
 * The venues' symbol rules for components: one cache for the app (rulesCache.ts), filled through the
 * app's client as any request, a new one when the base URL changes. A failed fetch goes to the toaster
 * like any failed request; the ticket also says the checks before sending are off.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Venue } from '../venues/types.js';
import { useExchange } from './exchange.js';
import { createRulesCache, type RulesCache, type VenueRules } from './rulesCache.js';

const RulesContext = createContext<RulesCache | null>(null);

export function VenueRulesProvider({ children }: { readonly children: ReactNode }) {
  const { client, report, settings } = useExchange();
  const baseUrl = settings.baseUrl;
  const make = () =>
    createRulesCache({
      load: (venue) => client.request<unknown>('GET', venue.paths.exchangeInfo, venue.params),
      onError: (venue, error) => report(error, venue.product ? { product: venue.product } : {}),
    });
  const [held, setHeld] = useState(() => ({ baseUrl, cache: make() }));
  // One cache per base URL: another exchange behind the same paths has other rules.
  if (held.baseUrl !== baseUrl) setHeld({ baseUrl, cache: make() });
  return <RulesContext.Provider value={held.cache}>{children}</RulesContext.Provider>;
}

export interface VenueRulesState extends VenueRules {
  readonly retry: () => void;
}

const NONE: VenueRules = Object.freeze({ status: 'loading', symbols: Object.freeze([]), fetchedAt: null });
const noop = () => undefined;

/** The venue's rules (fetched on first use), or nothing for `null` (Options has its own). */
export function useVenueRules(venue: Venue | null): VenueRulesState {
  const cache = useContext(RulesContext);
  if (!cache) throw new Error('useVenueRules must be used inside <VenueRulesProvider>');
  const rules = useSyncExternalStore(
    cache.subscribe,
    () => (venue ? cache.get(venue) : NONE),
    () => (venue ? cache.get(venue) : NONE),
  );
  useEffect(() => {
    if (venue) cache.want(venue);
  }, [cache, venue, rules]);
  const retry = useCallback(() => {
    if (venue) cache.retry(venue);
  }, [cache, venue]);
  return useMemo(() => ({ ...rules, retry: venue ? retry : noop }), [rules, retry, venue]);
}
