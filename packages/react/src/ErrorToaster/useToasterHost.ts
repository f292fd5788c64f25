'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createHostElement } from './hostElement.js';
import type { ToasterHost } from './toasterHost.js';

const noSubscription = () => () => undefined;

/**
 * The toaster's host element, for a portal. On the server and while hydrating there is none (the
 * toaster renders in place, live regions included, so the server's markup has them); a client-only
 * render portals into it from the first render. `anchorRef` goes on an element rendered in place:
 * the host lives right after it, so the toaster keeps the app's theme and `lang`. The code that
 * moves the host into open modals is its own small chunk, loaded after mount; it moves the same
 * element, so nothing re-mounts. If it cannot load, the toaster simply stays where it is.
 */
export function useToasterHost(): {
  readonly anchorRef: (node: Element | null) => void;
  readonly portal: HTMLElement | null;
  readonly update: () => void;
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
  const watcher = useRef<ToasterHost | null>(null);

  const anchorRef = useCallback(
    (node: Element | null) => {
      if (node && element && !element.isConnected) node.after(element);
      setAnchor(node);
    },
    [element],
  );

  useEffect(() => {
    if (!element || !anchor) return;
    let live = true;
    import('./toasterHost.js').then(
      ({ createToasterHost }) => {
        if (!live) return;
        watcher.current = createToasterHost(anchor.ownerDocument, element);
        watcher.current.attach(anchor);
      },
      () => undefined,
    );
    return () => {
      live = false;
      if (watcher.current) watcher.current.detach();
      else element.remove();
      watcher.current = null;
    };
  }, [element, anchor]);

  const update = useCallback(() => watcher.current?.update(), []);
  return { anchorRef, portal: client ? element : null, update };
}
