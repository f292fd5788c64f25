/**
 * Keeps the toast stack off the app's keep-clear areas: the elements marked `data-ee-keep-clear`
 * (its order buttons, a bottom navigation), and with them the control that has focus. Loaded only
 * on a touch screen or a page that marks areas (touchAndPlacement.ts). While toasts are up it
 * measures the areas on screen and places the stack with `placeStack` within the part of the
 * screen an on-screen keyboard leaves, again whenever something moves: a scroll (any scroller), the
 * viewport or the visual viewport resizing, focus moving, an area or the stack resizing
 * (ResizeObserver), an area coming into or out of view (IntersectionObserver), areas added, removed
 * or marked (MutationObserver). At most once per frame, and only what is on screen is measured.
 *
 * Inside a modal (the toaster follows open modals, see toasterHost.ts) only the modal's own areas
 * count: the page behind it cannot be used anyway.
 */

import { placeStack, type Box, type Edge, type Placement, type Side } from './placement.js';
import { MODAL_SELECTOR } from './toasterHost.js';

const KEEP_CLEAR_ATTRIBUTE = 'data-ee-keep-clear';
const SELECTOR = `[${KEEP_CLEAR_ATTRIBUTE}]`;
/** A page with more marked elements than this is measured on its first ones only (bounded work per frame). */
const MAX_AREAS = 1000;
const PEEK = 8;

export interface KeepClearWatcher {
  /** Measures and places now (a toast came or went: before it paints). */
  update(): void;
  /** Stops watching and gives the stack back to the stylesheet. */
  stop(): void;
}

/** The scope whose areas count: the modal the toaster is in, else its document. */
function scopeOf(region: Element): ParentNode {
  try {
    return region.parentElement?.closest(MODAL_SELECTOR) ?? region.ownerDocument;
  } catch {
    return region.ownerDocument;
  }
}

function px(value: string): number {
  const number = Number.parseFloat(value);
  return Number.isFinite(number) ? number : 16;
}

function sameBox(a: Placement | null, b: Placement | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.edge === b.edge &&
    a.side === b.side &&
    Math.abs(a.top - b.top) < 0.5 &&
    Math.abs(a.bottom - b.bottom) < 0.5 &&
    a.fits === b.fits
  );
}

/** Measures the areas and the stack, places the stack and keeps it placed until `stop`. */
export function watchKeepClear(region: HTMLElement): KeepClearWatcher {
  const doc = region.ownerDocument;
  const view = doc.defaultView;
  let placed: Placement | null = null;
  let sharedWith: HTMLElement | null = null;
  let frame = 0;
  let stopped = false;
  const elements = new Set<Element>();
  // What the IntersectionObserver last said; an area not reported yet counts (it may be on screen).
  const offScreen = new WeakSet<Element>();

  const schedule = (): void => {
    if (stopped || frame !== 0) return;
    frame = view ? view.requestAnimationFrame(run) : 0;
  };
  const run = (): void => {
    frame = 0;
    update();
  };

  const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
  const intersections =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (entry.isIntersecting) offScreen.delete(entry.target);
              else offScreen.add(entry.target);
            }
            schedule();
          },
          { threshold: [0, 0.5, 1] },
        )
      : null;
  let marked = true;
  const mutations =
    typeof MutationObserver === 'function'
      ? new MutationObserver((records) => {
          // Any change may move an area (measured again); elements coming or going, or a mark, may
          // change which elements are areas (looked for again). Text updates (prices) do not.
          if (!marked)
            marked = records.some(
              (record) =>
                record.type === 'attributes' ||
                Array.from(record.addedNodes).some((node) => node.nodeType === 1) ||
                Array.from(record.removedNodes).some((node) => node.nodeType === 1),
            );
          schedule();
        })
      : null;

  /** The marked elements in scope; observers follow the set as it changes. */
  function collect(): void {
    marked = false;
    const found = new Set<Element>();
    try {
      for (const element of Array.from(scopeOf(region).querySelectorAll(SELECTOR))) {
        if (found.size >= MAX_AREAS) break;
        if (!region.contains(element)) found.add(element);
      }
    } catch {
      // A document that refuses the query: no areas.
    }
    for (const element of elements) {
      if (found.has(element)) continue;
      elements.delete(element);
      resizes?.unobserve(element);
      intersections?.unobserve(element);
    }
    for (const element of found) {
      if (elements.has(element)) continue;
      elements.add(element);
      resizes?.observe(element);
      intersections?.observe(element);
    }
  }

  /** The element's box on screen, or null when it is not (or its geometry cannot be read). */
  function onScreen(element: Element, width: number, height: number): Box | null {
    try {
      const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
      if (typeof check === 'function' && !check.call(element, { visibilityProperty: true })) return null;
      const rect = element.getBoundingClientRect();
      const box = {
        top: Math.max(0, rect.top),
        right: Math.min(width, rect.right),
        bottom: Math.min(height, rect.bottom),
        left: Math.max(0, rect.left),
      };
      return box.bottom > box.top && box.right > box.left ? box : null;
    } catch {
      return null;
    }
  }

  /**
   * What of a box its element's clipping ancestors leave in view: a control scrolled out of its
   * scroller (the details sheet's content) is out of sight, and only its part in view counts. An
   * absolutely positioned box escapes the overflow of ancestors inside its containing block, a fixed
   * one every ancestor's (the viewport has clipped it already).
   */
  function inView(element: Element, box: Box): Box | null {
    let { top, right, bottom, left } = box;
    try {
      let position = getComputedStyle(element).position;
      for (let node = element.parentElement; node && node !== doc.body; node = node.parentElement) {
        if (position === 'fixed') break;
        const style = getComputedStyle(node);
        if (position === 'absolute' && style.position === 'static') continue;
        position = style.position;
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const rect = node.getBoundingClientRect();
        top = Math.max(top, rect.top + node.clientTop);
        left = Math.max(left, rect.left + node.clientLeft);
        bottom = Math.min(bottom, rect.top + node.clientTop + node.clientHeight);
        right = Math.min(right, rect.left + node.clientLeft + node.clientWidth);
        if (bottom <= top || right <= left) return null;
      }
    } catch {
      return null;
    }
    return { top, right, bottom, left };
  }

  /**
   * The marked areas on screen, and the control that has focus where it can be seen (WCAG 2.4.11: a
   * focused control is never hidden by the toasts; on a phone, the field the trader is typing in),
   * unless it is one of the toasts' own, a large container, or the details sheet's content (which
   * keeps out of the stack's way itself, see shareExtent).
   */
  function areasOnScreen(width: number, height: number, sheetContent: Element | null): Box[] {
    const areas: Box[] = [];
    for (const element of elements) {
      if (offScreen.has(element) || !element.isConnected) continue;
      const box = onScreen(element, width, height);
      if (box) areas.push(box);
    }
    const focused = doc.activeElement;
    if (
      focused &&
      focused !== doc.body &&
      focused !== doc.documentElement &&
      focused !== sheetContent &&
      !region.contains(focused)
    ) {
      const box = onScreen(focused, width, height);
      const seen = box && (box.bottom - box.top) * 2 < height ? inView(focused, box) : null;
      if (seen) areas.push(seen);
    }
    return areas;
  }

  function apply(next: Placement | null): void {
    if (sameBox(next, placed)) return;
    placed = next;
    const style = region.style;
    if (!next) {
      for (const name of ['data-ee-edge', 'data-ee-side', 'data-ee-squeezed']) region.removeAttribute(name);
      for (const name of ['--ee-clear-top', '--ee-clear-bottom', '--ee-band-height']) style.removeProperty(name);
      return;
    }
    const height = doc.documentElement.clientHeight;
    region.setAttribute('data-ee-edge', next.edge);
    if (next.side === 'full') region.removeAttribute('data-ee-side');
    else region.setAttribute('data-ee-side', next.side);
    region.toggleAttribute('data-ee-squeezed', !next.fits);
    style.setProperty('--ee-clear-top', `${next.top}px`);
    style.setProperty('--ee-clear-bottom', `${height - next.bottom}px`);
    style.setProperty('--ee-band-height', `${next.bottom - next.top}px`);
  }

  /**
   * The scrolling content of the kit's own details sheet when the toaster is in it (a modal the
   * toaster moves into), else null; a sheet left behind gets its room back.
   */
  function sheetContent(): HTMLElement | null {
    const sheet = region.parentElement?.closest<HTMLElement>('[data-ee-dialog]') ?? null;
    if (sheet !== sharedWith) {
      sharedWith?.style.removeProperty('--ee-toasts-top');
      sharedWith?.style.removeProperty('--ee-toasts-bottom');
      sharedWith = sheet;
    }
    return sheet?.querySelector<HTMLElement>(':scope > [data-ee-details]') ?? null;
  }

  /**
   * The sheet's content keeps out of the room the stack takes at its top or bottom: `--ee-toasts-top`
   * and `--ee-toasts-bottom` say how far the stack (the toasts peeking out behind the front one and
   * a gap included) reaches into the content's box, and the stylesheet makes them the content's
   * margins. The content then scrolls only where no toast lies, so a control of the sheet that can
   * be seen (Copy, a fix) is never under a toast, whatever the scroll position.
   */
  function shareExtent(sheet: HTMLElement, content: HTMLElement): void {
    const rect = region.getBoundingClientRect();
    const height = doc.documentElement.clientHeight;
    const atTop = rect.top + rect.bottom < height;
    // The placement's gap (8 px), and 2 px more: a focused control in view at the content's edge
    // stays clear of the stack despite layout rounding, so the stack never moves off it.
    const reach = Math.max(0, region.querySelectorAll('[data-ee-toast-id]').length - 1) * PEEK + PEEK + 2;
    // The content's box as it is without the room kept now (its margins). The room is never more
    // than that box: at most the content shrinks to nothing (a stack laid out in full, focused), and
    // the Close bar below it is never pushed off the sheet.
    const box = content.getBoundingClientRect();
    const margins = getComputedStyle(content);
    const from = box.top - px(margins.marginTop);
    const to = box.bottom + px(margins.marginBottom);
    const room = (needed: number) => `${Math.max(0, Math.min(to - from, needed))}px`;
    sheet.style.setProperty('--ee-toasts-top', room(atTop ? rect.bottom + reach - from : 0));
    sheet.style.setProperty('--ee-toasts-bottom', room(atTop ? 0 : to - (rect.top - reach)));
  }

  /** The height the stack needs as it is now shown (collapsed or laid out in full), if uncapped. */
  function stackHeight(): number {
    const gap = px(getComputedStyle(region).rowGap);
    let height = 0;
    for (const child of Array.from(region.children)) height += child.scrollHeight + gap;
    // Collapsed, the toasts behind the front one peek out past it (--ee-peek, 0.5rem).
    const behind = Math.max(0, region.querySelectorAll('[data-ee-toast-id]').length - 1);
    return Math.max(0, height - gap) + behind * PEEK;
  }

  function update(): void {
    if (stopped || !region.isConnected) return;
    try {
      if (marked) collect();
      const width = doc.documentElement.clientWidth;
      const height = doc.documentElement.clientHeight;
      // The offsets and safe areas, resolved to px by the stylesheet (registered with @property).
      const style = getComputedStyle(region);
      const inset = (side: string) => px(style.getPropertyValue(`--ee-inset-${side}`));
      // On a phone, the part of the screen an on-screen keyboard leaves (the visual viewport, unzoomed).
      const visual = view?.visualViewport;
      const shown =
        visual && Math.abs(visual.scale - 1) < 0.01
          ? { top: visual.offsetTop, bottom: visual.offsetTop + visual.height }
          : { top: 0, bottom: height };
      const frameBox: Box = {
        top: Math.max(0, shown.top) + inset('top'),
        right: width - inset('right'),
        bottom: Math.min(height, shown.bottom) - inset('bottom'),
        left: inset('left'),
      };
      const position = region.getAttribute('data-position') ?? 'bottom-right';
      const edge: Edge = position.startsWith('top') ? 'top' : 'bottom';
      const stackWidth = region.getBoundingClientRect().width;
      // On a narrow screen the stylesheet stretches the stack across the frame.
      const side: Side =
        stackWidth >= frameBox.right - frameBox.left - 1
          ? 'full'
          : position.endsWith('left')
            ? 'left'
            : position.endsWith('center')
              ? 'center'
              : 'right';
      const content = sheetContent();
      const areas = areasOnScreen(width, height, content);
      apply(
        areas.length === 0
          ? null
          : placeStack({
              width,
              frame: frameBox,
              areas,
              stack: { width: stackWidth, height: stackHeight() },
              edge,
              side,
              current: placed,
            }),
      );
      if (content && sharedWith) shareExtent(sharedWith, content);
    } catch {
      // Odd geometry or a page that throws from a getter: the stack stays where the stylesheet puts it.
      apply(null);
    }
  }

  const onChange = (): void => schedule();
  view?.addEventListener('resize', onChange);
  view?.visualViewport?.addEventListener('resize', onChange);
  view?.visualViewport?.addEventListener('scroll', onChange);
  doc.addEventListener('scroll', onChange, { capture: true, passive: true });
  doc.addEventListener('focusin', onChange);
  doc.addEventListener('focusout', onChange);
  resizes?.observe(region);
  mutations?.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: [KEEP_CLEAR_ATTRIBUTE, 'hidden', 'open'],
  });
  update();

  return {
    update,
    stop() {
      if (stopped) return;
      stopped = true;
      if (frame !== 0) view?.cancelAnimationFrame(frame);
      view?.removeEventListener('resize', onChange);
      view?.visualViewport?.removeEventListener('resize', onChange);
      view?.visualViewport?.removeEventListener('scroll', onChange);
      doc.removeEventListener('scroll', onChange, { capture: true });
      doc.removeEventListener('focusin', onChange);
      doc.removeEventListener('focusout', onChange);
      resizes?.disconnect();
      intersections?.disconnect();
      mutations?.disconnect();
      apply(null);
      sharedWith?.style.removeProperty('--ee-toasts-top');
      sharedWith?.style.removeProperty('--ee-toasts-bottom');
    },
  };
}
