/**
 * Each venue's symbol rules (its exchangeInfo), fetched the way a real app fetches them: once, when
 * the ticket first needs them, then kept; fetched again in the background once they are older than
 * `ttlMs` (Binance changes filters rarely and announces it), and after a failure only when asked
 * (Retry) or once `retryMs` has passed. A failed refresh keeps the rules fetched before; a venue whose
 * rules never arrived is `failed`: the ticket then says so and leaves every check to the exchange. Framework-free; `exchangeInfo.tsx` puts it in React.
 */
import type { SymbolEntry, Venue } from '../venues/types.js';

export type RulesStatus = 'loading' | 'ready' | 'failed';

export interface VenueRules {
  readonly status: RulesStatus;
  /** The symbols' entries as served; kept while a background refresh runs or after it fails. */
  readonly symbols: readonly SymbolEntry[];
  /** When the symbols were fetched (ms), or null before the first answer. */
  readonly fetchedAt: number | null;
}

export interface RulesCacheOptions {
  readonly load: (venue: Venue) => Promise<unknown>;
  readonly onError?: (venue: Venue, error: unknown) => void;
  readonly now?: () => number;
  readonly ttlMs?: number;
  readonly retryMs?: number;
}

export interface RulesCache {
  /** The venue's rules now (the same object until they change). */
  get(venue: Venue): VenueRules;
  /** Fetches the venue's rules unless they are here and fresh, being fetched, or failed a moment ago. */
  want(venue: Venue): void;
  /** Fetches them now (unless a fetch is under way). */
  retry(venue: Venue): void;
  subscribe(listener: () => void): () => void;
}

const NOT_LOADED: VenueRules = Object.freeze({ status: 'loading', symbols: Object.freeze([]), fetchedAt: null });

interface Slot {
  rules: VenueRules;
  inFlight: boolean;
  failedAt: number | null;
}

export function createRulesCache({
  load,
  onError,
  now = Date.now,
  ttlMs = 15 * 60_000,
  retryMs = 30_000,
}: RulesCacheOptions): RulesCache {
  const slots = new Map<Venue, Slot>();
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of [...listeners]) listener();
  };

  const slotOf = (venue: Venue): Slot => {
    let slot = slots.get(venue);
    if (!slot) {
      slot = { rules: NOT_LOADED, inFlight: false, failedAt: null };
      slots.set(venue, slot);
    }
    return slot;
  };

  const fetchNow = (venue: Venue, slot: Slot) => {
    slot.inFlight = true;
    // A first fetch, or one after a failure, shows as loading; a refresh keeps the rules in use.
    if (slot.rules.status === 'failed') slot.rules = { ...slot.rules, status: 'loading' };
    emit();
    const settle = (change: (s: Slot) => void) => {
      slot.inFlight = false;
      change(slot);
      emit();
    };
    let answer: Promise<unknown>;
    try {
      answer = load(venue);
    } catch (error) {
      answer = Promise.reject(error);
    }
    answer.then(
      (info) =>
        settle((s) => {
          let symbols: readonly SymbolEntry[] = [];
          try {
            symbols = venue.symbolsOf(info);
          } catch {
            // A reader that fails reads no symbols: the ticket then has nothing to check against.
          }
          s.failedAt = null;
          s.rules = { status: 'ready', symbols, fetchedAt: now() };
        }),
      (error: unknown) =>
        settle((s) => {
          s.failedAt = now();
          // Rules fetched before stay in use (filters rarely change); without any, the venue has none.
          s.rules = { ...s.rules, status: s.rules.fetchedAt === null ? 'failed' : 'ready' };
          onError?.(venue, error);
        }),
    );
  };

  return {
    get: (venue) => slots.get(venue)?.rules ?? NOT_LOADED,
    want(venue) {
      const slot = slotOf(venue);
      if (slot.inFlight) return;
      if (slot.failedAt !== null && now() - slot.failedAt < retryMs) return;
      const { status, fetchedAt } = slot.rules;
      if (status === 'ready' && fetchedAt !== null && now() - fetchedAt < ttlMs) return;
      fetchNow(venue, slot);
    },
    retry(venue) {
      const slot = slotOf(venue);
      if (!slot.inFlight) fetchNow(venue, slot);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
