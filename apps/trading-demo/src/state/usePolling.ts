import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useExchange } from './exchange.js';

export interface Polled<T> {
  readonly data: T | undefined;
  /** The last load failed (its error went to the toaster). */
  readonly failed: boolean;
  readonly refresh: () => void;
}

/**
 * Loads now and every `intervalMs` while the page is visible. Skips a beat while the exchange has
 * asked the client to back off (`Retry-After`), so polling never feeds a rate-limit storm.
 */
export function usePolling<T>(load: () => Promise<T>, intervalMs: number): Polled<T> {
  const { client, report } = useExchange();
  const [state, setState] = useState<{ data: T | undefined; failed: boolean }>({ data: undefined, failed: false });
  const loadRef = useRef(load);
  const inFlight = useRef(false);

  useEffect(() => {
    loadRef.current = load;
  });

  const run = useCallback(
    async (background: boolean) => {
      if (inFlight.current) return;
      if (background && (document.visibilityState === 'hidden' || client.backingOff())) return;
      inFlight.current = true;
      try {
        const data = await loadRef.current();
        setState({ data, failed: false });
      } catch (error) {
        setState((s) => ({ data: s.data, failed: true }));
        report(error);
      } finally {
        inFlight.current = false;
      }
    },
    [client, report],
  );

  useEffect(() => {
    void run(false);
    const timer = setInterval(() => void run(true), intervalMs);
    return () => clearInterval(timer);
  }, [run, intervalMs]);

  const refresh = useCallback(() => void run(false), [run]);
  return useMemo(() => ({ data: state.data, failed: state.failed, refresh }), [state, refresh]);
}
