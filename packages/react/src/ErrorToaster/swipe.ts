/**
 * Swipe to dismiss, with pointer events: a toast follows a finger (or a pen) sideways and goes once
 * it has travelled far enough or was flicked; a shorter, slower swipe puts it back. Vertical pans are
 * the browser's (the items are `touch-action: pan-y`): the page or the laid-out stack scrolls, and the
 * browser's `pointercancel` ends the gesture here. A mouse does not drag toasts (their text stays
 * selectable); it has the × button, as do the keyboard and screen readers. Under
 * `prefers-reduced-motion` the toast still follows the finger (that is the trader's own movement),
 * but goes or comes back at once, with no animation. Loaded on touch screens (touchAndPlacement.ts).
 */

/** The thresholds, and why (the README gives them too). */
export const SWIPE = {
  /**
   * px a finger moves before the gesture is a swipe or a scroll, whichever way it went further:
   * above Android's 8 dp touch slop so a tap's jitter never drags, below the 15 px a touch may move
   * in Chromium and still be a tap, so the toast moves before the browser gives up on the tap.
   */
  slop: 10,
  /** Share of the toast's width that dismisses on release at any speed (Flutter's Dismissible: 0.4). */
  distance: 0.4,
  /**
   * px/ms at release, over the last 100 ms, that dismisses a shorter swipe (a flick): a deliberate
   * flick is well over 1 px/ms, a slow drag about 0.1 – 0.3; Flutter's fling threshold is 0.7.
   */
  velocity: 0.5,
  /** px a flick must have travelled, so that a fast but tiny movement never dismisses. */
  minFlick: 32,
  /** ms of movement the release speed is measured over: a finger that stopped has no speed left. */
  window: 100,
} as const;

const FLY_OUT_MS = 160;

export interface SwipeHandlers {
  /** Dismisses the toast with this record id. */
  dismiss(id: string): void;
  /** A swipe began (`true`) or ended: the toaster holds its timers meanwhile. */
  hold(on: boolean): void;
}

interface Gesture {
  readonly pointerId: number;
  readonly item: HTMLElement;
  readonly id: string;
  readonly x: number;
  readonly y: number;
  width: number;
  dragging: boolean;
  samples: { t: number; x: number }[];
}

function reducedMotion(view: Window | null): boolean {
  try {
    return view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
  } catch {
    return false;
  }
}

function resetStyle(item: HTMLElement): void {
  item.removeAttribute('data-ee-swiping');
  for (const name of ['transform', 'opacity', 'transition']) item.style.removeProperty(name);
}

/** Lets the toasts in `region` be swiped away; returns the function that stops it. */
export function watchSwipes(region: HTMLElement, handlers: SwipeHandlers): () => void {
  const view = region.ownerDocument.defaultView;
  let gesture: Gesture | null = null;

  function finish(): void {
    const ended = gesture;
    gesture = null;
    if (ended?.dragging) handlers.hold(false);
  }

  function putBack(current: Gesture): void {
    resetStyle(current.item);
    finish();
  }

  function flyOut(current: Gesture, direction: number): void {
    const { item, id } = current;
    const done = (): void => {
      handlers.dismiss(id);
      resetStyle(item);
    };
    finish();
    if (reducedMotion(view)) {
      done();
      return;
    }
    item.style.transition = `transform ${FLY_OUT_MS}ms ease-in, opacity ${FLY_OUT_MS}ms ease-in`;
    item.style.transform = `translateX(${direction * (current.width + 32)}px)`;
    item.style.opacity = '0';
    setTimeout(done, FLY_OUT_MS);
  }

  /**
   * px/ms of the moves in the last `SWIPE.window` ms before the finger lifted (`at`); 0 when it had
   * stopped. The lift itself is not a sample: it often reaches the page a frame after the last move.
   */
  function speed(samples: readonly { t: number; x: number }[], at: number): number {
    const recent = samples.filter((sample) => at - sample.t <= SWIPE.window);
    const first = recent[0];
    const last = recent[recent.length - 1];
    if (!first || !last || last.t - first.t < 1) return 0;
    return (last.x - first.x) / (last.t - first.t);
  }

  const onDown = (event: PointerEvent): void => {
    if (gesture || !event.isPrimary || event.button !== 0 || event.pointerType === 'mouse') return;
    const target = event.target instanceof Element ? event.target : null;
    const item = target?.closest<HTMLElement>('[data-ee-toast-id]');
    const id = item?.getAttribute('data-ee-toast-id');
    // Fields in a custom toast keep their own gestures.
    if (!item || !id || !region.contains(item) || target?.closest('input, textarea, select, [contenteditable]')) return;
    gesture = {
      pointerId: event.pointerId,
      item,
      id,
      x: event.clientX,
      y: event.clientY,
      width: 0,
      dragging: false,
      samples: [{ t: event.timeStamp, x: event.clientX }],
    };
  };

  const onMove = (event: PointerEvent): void => {
    const current = gesture;
    if (!current || event.pointerId !== current.pointerId) return;
    const dx = event.clientX - current.x;
    const dy = event.clientY - current.y;
    if (!current.dragging) {
      if (Math.abs(dx) < SWIPE.slop && Math.abs(dy) < SWIPE.slop) return;
      // Mostly vertical: a scroll, which is the browser's.
      if (Math.abs(dy) >= Math.abs(dx)) {
        gesture = null;
        return;
      }
      current.dragging = true;
      current.width = current.item.getBoundingClientRect().width || 1;
      current.item.setAttribute('data-ee-swiping', '');
      current.item.style.transition = 'none';
      handlers.hold(true);
    }
    current.samples.push({ t: event.timeStamp, x: event.clientX });
    if (current.samples.length > 32) current.samples.splice(0, current.samples.length - 32);
    current.item.style.transform = `translateX(${dx}px)`;
    current.item.style.opacity = String(Math.max(0.2, 1 - Math.abs(dx) / current.width));
  };

  const onUp = (event: PointerEvent): void => {
    const current = gesture;
    if (!current || event.pointerId !== current.pointerId) return;
    if (!current.dragging) {
      gesture = null;
      return;
    }
    const dx = event.clientX - current.x;
    const v = speed(current.samples, event.timeStamp);
    const far = Math.abs(dx) >= SWIPE.distance * current.width;
    const flick = Math.abs(dx) >= SWIPE.minFlick && Math.abs(v) >= SWIPE.velocity && Math.sign(v) === Math.sign(dx);
    if (far || flick) flyOut(current, Math.sign(dx) || 1);
    else putBack(current);
  };

  const onCancel = (event: PointerEvent): void => {
    if (gesture && event.pointerId === gesture.pointerId) putBack(gesture);
  };

  region.addEventListener('pointerdown', onDown);
  region.addEventListener('pointermove', onMove);
  region.addEventListener('pointerup', onUp);
  region.addEventListener('pointercancel', onCancel);
  return () => {
    region.removeEventListener('pointerdown', onDown);
    region.removeEventListener('pointermove', onMove);
    region.removeEventListener('pointerup', onUp);
    region.removeEventListener('pointercancel', onCancel);
    if (gesture) putBack(gesture);
  };
}
