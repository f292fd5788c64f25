import { useEffect, useState, type RefObject } from 'react';
import { lazyModule } from '../lazyModule.js';
import type { ErrorStore } from '../store/createErrorStore.js';

const swipe = lazyModule(() => import('./swipe.js'));

function touchScreen(view: Window | null | undefined): boolean {
  try {
    return view?.matchMedia?.('(any-pointer: coarse)').matches === true;
  } catch {
    return false;
  }
}

/**
 * Swipe to dismiss (see swipe.ts). Its code loads on a touch screen when the toaster mounts, or
 * with the first touch on a toast where the device did not say it has one (that swipe is missed,
 * the next ones work). Timers are held while a finger drags a toast.
 */
export function useSwipeToDismiss(
  regionRef: RefObject<HTMLElement | null>,
  store: ErrorStore,
  dismiss: (id: string) => void,
): void {
  const [module, setModule] = useState(swipe.current);

  useEffect(() => {
    const region = regionRef.current;
    if (module || !region) return;
    const load = () => void swipe.load().then(setModule, () => undefined);
    if (touchScreen(region.ownerDocument.defaultView)) {
      load();
      return;
    }
    const onDown = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse') load();
    };
    region.addEventListener('pointerdown', onDown);
    return () => region.removeEventListener('pointerdown', onDown);
  }, [module, regionRef]);

  useEffect(() => {
    const region = regionRef.current;
    if (!module || !region) return;
    return module.watchSwipes(region, {
      dismiss,
      hold: (on) => (on ? store.pause('swipe') : store.resume('swipe')),
    });
  }, [module, regionRef, store, dismiss]);
}
