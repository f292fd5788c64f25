import { useEffect, useLayoutEffect } from 'react';

// No layout effects on the server (React 18 warns about them there).
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The collapsed stack shows the front toast in full and the ones behind it peeking out at its
 * height: this keeps `--ee-front-height` on the list equal to the front toast's height.
 */
export function useFrontHeight(list: HTMLElement | null, frontId: string | undefined): void {
  useIsomorphicLayoutEffect(() => {
    if (!list || frontId === undefined) return;
    const front = list.querySelector<HTMLElement>(':scope > [data-front]');
    if (!front) return;
    const set = () => list.style.setProperty('--ee-front-height', `${front.offsetHeight}px`);
    set();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(set);
    observer.observe(front);
    return () => observer.disconnect();
  }, [list, frontId]);
}
