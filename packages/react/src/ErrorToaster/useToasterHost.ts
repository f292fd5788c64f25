import { useCallback, useState, useSyncExternalStore } from 'react';
import { createToasterHost, type ToasterHost } from './toasterHost.js';

const noSubscription = () => () => undefined;

/**
 * The toaster's host element, for a portal. On the server and while hydrating there is none (the
 * toaster renders in place, live regions included, so the server's markup has them); a client-only
 * render gets it from the first render. `anchorRef` goes on an element rendered in place: the host
 * lives right after it while no modal is open, so the toaster keeps the app's theme and `lang`.
 */
export function useToasterHost(): { readonly anchorRef: (node: Element | null) => void; readonly portal: HTMLElement | null; readonly host: ToasterHost | null } {
  // False on the server and during hydration, true in the browser after it (or from the start).
  const client = useSyncExternalStore(noSubscription, () => true, () => false);
  // Creating the element has no effect on the page; it is only attached by the anchor's ref.
  const [host] = useState<ToasterHost | null>(() => (typeof document === 'undefined' ? null : createToasterHost(document)));
  const anchorRef = useCallback(
    (node: Element | null) => {
      if (!host) return;
      if (node) host.attach(node);
      else host.detach();
    },
    [host],
  );
  return { anchorRef, portal: client && host ? host.element : null, host };
}
