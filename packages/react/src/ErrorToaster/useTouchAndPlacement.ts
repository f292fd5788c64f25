'use client';

import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { ErrorStore } from '../store/createErrorStore.js';
import type { KeepClearWatcher } from './keepClear.js';
import type * as TouchAndPlacement from './touchAndPlacement.js';

type Chunk = typeof TouchAndPlacement;
let chunk: Chunk | null = null;
let loading: Promise<Chunk> | null = null;
function load(): Promise<Chunk> {
  loading ??= import('./touchAndPlacement.js').then(
    (loaded) => (chunk = loaded),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** A touch screen, or a page that marks keep-clear areas: the chunk is needed. */
function wanted(doc: Document | undefined): boolean {
  try {
    return (
      doc?.querySelector('[data-ee-keep-clear]') != null ||
      doc?.defaultView?.matchMedia?.('(any-pointer: coarse)').matches === true
    );
  } catch {
    return false;
  }
}

/**
 * Fetches the chunk where it is needed, as the toaster's controller loads (when the page is idle,
 * or with the first error): it is then in before the first toast shows.
 */
export function preloadTouchAndPlacement(): void {
  if (typeof document !== 'undefined' && wanted(document)) void load().catch(() => undefined);
}

/**
 * Keeps the stack clear of the page's keep-clear areas and of the focused control while toasts are
 * up (keepClear.ts), and lets a finger swipe toasts away (swipe.ts; timers hold meanwhile). The code
 * is a chunk loaded only on a touch screen or a page that marks areas (see above), and its share of
 * the stylesheet comes with it. `visible` changing places the stack again before the new toast
 * paints.
 */
export function useTouchAndPlacement(
  regionRef: RefObject<HTMLElement | null>,
  listRef: RefObject<HTMLElement | null>,
  visible: readonly unknown[],
  store: ErrorStore,
  dismiss: (id: string) => void,
): void {
  const [module, setModule] = useState(chunk);
  const watcher = useRef<KeepClearWatcher | null>(null);
  const active = visible.length > 0;

  // A page may mark its areas after the toaster mounted: looked for again with the first toast.
  useEffect(() => {
    if (!module && wanted(regionRef.current?.ownerDocument)) void load().then(setModule, () => undefined);
  }, [module, regionRef, active]);

  // Its share of the stylesheet, before anything it styles paints (after the toaster's own).
  useLayoutEffect(() => {
    if (module && typeof document !== 'undefined') module.injectTouchStyles(document);
  }, [module]);

  useLayoutEffect(() => {
    // Toasts in the toaster's first render (errors shown before it loaded) are placed before they
    // paint too: the list's ref is set by then, the region's (an ancestor's) only after this effect.
    const region = regionRef.current ?? listRef.current?.closest<HTMLElement>('[data-ee-toaster]') ?? null;
    if (!active || !region || !module) return;
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

  useEffect(() => {
    const region = regionRef.current;
    if (!module || !region) return;
    return module.watchSwipes(region, {
      dismiss,
      hold: (on) => (on ? store.pause('swipe') : store.resume('swipe')),
    });
  }, [module, regionRef, store, dismiss]);
}
