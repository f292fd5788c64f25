import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { lazyModule } from '../lazyModule.js';
import type { KeepClearWatcher } from './keepClear.js';

const keepClear = lazyModule(() => import('./keepClear.js'));
const MARKED = '[data-ee-keep-clear]';
/** How long the stack waits, hidden, for the keep-clear chunk before it shows wherever it is. */
const PLACING_TIMEOUT_MS = 1500;

function marksAreas(region: Element | null): boolean {
  try {
    return region?.ownerDocument.querySelector(MARKED) != null;
  } catch {
    return false;
  }
}

/**
 * Keeps the stack clear of the page's `data-ee-keep-clear` areas while toasts are up (see
 * keepClear.ts). The code loads only on a page that marks areas: when the toaster mounts, or with
 * the first toast; meanwhile the stack stays hidden (a short while at most) rather than cover one.
 * `visible` changing places the stack again before the new toast paints.
 */
export function useKeepClear(
  regionRef: RefObject<HTMLElement | null>,
  listRef: RefObject<HTMLElement | null>,
  visible: readonly unknown[],
): void {
  const [module, setModule] = useState(keepClear.current);
  const watcher = useRef<KeepClearWatcher | null>(null);
  const active = visible.length > 0;

  useEffect(() => {
    if (!module && marksAreas(regionRef.current)) keepClear.load().then(setModule, () => undefined);
  }, [module, regionRef]);

  useLayoutEffect(() => {
    // Toasts in the toaster's first render (errors shown before it loaded) are placed before they
    // paint too: the list's ref is set by then, the region's (an ancestor's) only after this effect.
    const region = regionRef.current ?? listRef.current?.closest<HTMLElement>('[data-ee-toaster]') ?? null;
    if (!active || !region) return;
    if (!module) {
      if (!marksAreas(region)) return;
      region.setAttribute('data-ee-placing', '');
      let live = true;
      const reveal = setTimeout(() => region.removeAttribute('data-ee-placing'), PLACING_TIMEOUT_MS);
      keepClear.load().then(
        (loaded) => live && setModule(loaded),
        () => region.removeAttribute('data-ee-placing'),
      );
      return () => {
        live = false;
        clearTimeout(reveal);
        region.removeAttribute('data-ee-placing');
      };
    }
    const current = module.watchKeepClear(region);
    watcher.current = current;
    return () => {
      current.stop();
      watcher.current = null;
    };
  }, [active, module, regionRef, listRef]);

  useLayoutEffect(() => {
    watcher.current?.update();
  }, [visible]);
}
