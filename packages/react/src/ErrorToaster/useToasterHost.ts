'use client';

import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { createHostElement } from './hostElement.js';

const noSubscription = () => () => undefined;

/** The host element and its home, for the toaster's controller to keep in the topmost open modal. */
export interface HostSlot {
  readonly element: HTMLElement;
  readonly anchor: Element;
}

/**
 * The toaster's host element, for a portal. On the server and while hydrating there is none (the
 * toaster renders in place, live regions included, so the server's markup has them); a client-only
 * render portals into it from the first render. `anchorRef` goes on an element rendered in place:
 * the host lives right after it, so the toaster keeps the app's theme and `lang`. What moves the host
 * into open modals comes with the toaster's controller (toasterHost.ts, in its chunk: nothing the
 * page shows before an error needs it); it moves the same element, so nothing re-mounts.
 */
export function useToasterHost(): {
  readonly anchorRef: (node: Element | null) => void;
  readonly portal: HTMLElement | null;
  readonly slot: HostSlot | null;
} {
  // False on the server and during hydration, true in the browser after it (or from the start).
  const client = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  // Creating the element changes nothing on the page; the anchor's ref attaches it.
  const [element] = useState(() => (typeof document === 'undefined' ? null : createHostElement(document)));
  const [anchor, setAnchor] = useState<Element | null>(null);

  const anchorRef = useCallback(
    (node: Element | null) => {
      if (node && element && !element.isConnected) node.after(element);
      setAnchor(node);
    },
    [element],
  );

  useEffect(() => {
    if (!element || !anchor) return;
    return () => element.remove();
  }, [element, anchor]);

  const slot = useMemo(() => (element && anchor ? { element, anchor } : null), [element, anchor]);
  return { anchorRef, portal: client ? element : null, slot };
}
