/**
 * The market facts a venue's order rules read besides the symbol's entry (Spot's average price, the
 * futures' mark price, the book), fetched for the ticket's symbol every few seconds while it shows it.
 * Each is optional to `validateOrder` (a rule that needs a missing one is left to the exchange), so a
 * failed fetch keeps the last answer, or none, without a toast: the ticket still checks the rest.
 */
import { useEffect, useState } from 'react';
import type { Venue } from '../venues/types.js';
import { useExchange } from './exchange.js';

export type MarketFacts = Readonly<Record<string, unknown>>;

const NO_FACTS: MarketFacts = Object.freeze({});
const EVERY_MS = 5000;

/** The facts for `symbol` on `venue`; none for a null venue or symbol (a symbol the venue does not list). */
export function useMarketFacts(venue: Venue | null, symbol: string | null): MarketFacts {
  const { client } = useExchange();
  const [held, setHeld] = useState<{ readonly key: string; readonly facts: MarketFacts } | null>(null);
  const key = venue && symbol ? `${venue.id}\u0000${symbol}` : '';

  useEffect(() => {
    if (!venue || !symbol || venue.facts.length === 0) return;
    let live = true;
    let inFlight = false;
    const load = async () => {
      if (inFlight || document.visibilityState === 'hidden' || client.backingOff()) return;
      inFlight = true;
      const answers = await Promise.allSettled(
        venue.facts.map((fact) => client.request<unknown>('GET', fact.path, { ...venue.params, symbol })),
      );
      inFlight = false;
      if (!live) return;
      setHeld((previous) => {
        const facts: Record<string, unknown> = previous?.key === key ? { ...previous.facts } : {};
        venue.facts.forEach((fact, i) => {
          const answer = answers[i];
          if (answer?.status !== 'fulfilled') return;
          try {
            facts[fact.key] = fact.read ? fact.read(answer.value) : answer.value;
          } catch {
            // A reader that fails leaves the fact out.
          }
        });
        return { key, facts };
      });
    };
    void load();
    const timer = setInterval(() => void load(), EVERY_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [client, venue, symbol, key]);

  return held?.key === key ? held.facts : NO_FACTS;
}
