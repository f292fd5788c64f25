/**
 * Where the toaster's DOM lives while modals come and go, with no React in it (in the controller's
 * chunk: it matters once there is something to show). A modal makes everything outside it inert,
 * top-layer popovers included: while a native modal `<dialog>` (`showModal()`) or an
 * `[aria-modal="true"]` element is open, anything the trader must see, click and reach by keyboard
 * has to be inside it. So the toaster renders into a host element of its own, and the host moves
 * into the topmost open modal and back when it closes. The host is the same element throughout, so
 * React keeps its state (toasts, timers, an open details dialog) and focus is put back where it was.
 *
 * Modals are found by a MutationObserver on the `open`, `aria-modal` and `hidden` attributes and on
 * inserted and removed nodes (no polling); "topmost" is the one that opened last. A modal shown or
 * hidden by a class or style change alone is noticed at the next of those changes.
 */

import { createHostElement } from './hostElement.js';

export const MODAL_SELECTOR = 'dialog[open], [aria-modal="true"]';

export interface ToasterHost {
  /** The element the toaster renders into (`display: contents`: it adds no box anywhere). */
  readonly element: HTMLElement;
  /** The modal the host is in, or `null` when at home. */
  readonly modal: Element | null;
  /** Puts the host right after `anchor` (its home while no modal is open) and starts watching. */
  attach(anchor: Element): void;
  /** Stops watching and takes the host out of the document. */
  detach(): void;
  /** Re-checks the open modals now (say, right before a modal of the kit's own closes). */
  update(): void;
}

function isOpenModal(element: Element): boolean {
  // A modal of the kit's own about to leave the page (see DetailsDialog).
  if (!element.isConnected || element.hasAttribute('data-ee-closing')) return false;
  if (element.localName === 'dialog') {
    if (!element.hasAttribute('open')) return false;
    try {
      return element.matches(':modal');
    } catch {
      // No `:modal` (older engines, test DOMs): an open dialog may be modal; inside it is safe.
      return true;
    }
  }
  if (element.getAttribute('aria-modal') !== 'true') return false;
  if (element.closest('[hidden], [inert], dialog:not([open])')) return false;
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(element) : true;
}

function mayHoldModal(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const element = node as Element;
  try {
    return element.matches(MODAL_SELECTOR) || element.querySelector(MODAL_SELECTOR) !== null;
  } catch {
    return false;
  }
}

function matchesSafely(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

// Listened for on the document (capture), beside the stack's own `pointerleave`.
const RELEASE_EVENTS = ['pointermove', 'pointerdown'] as const;

/**
 * Marks the stack `data-hover-off` (the stylesheet does not expand it on hover) until the pointer
 * has left it. Not `pointerleave` alone: when the toasts go from under a resting pointer (dismissed
 * while the dialog is open) the stack shrinks away and no leave comes, and a touch has left before
 * its tap opens the dialog. So the next move or press off the stack lets it go too.
 */
function holdCollapsed(stack: Element, doc: Document): void {
  if (stack.hasAttribute('data-hover-off')) return;
  stack.setAttribute('data-hover-off', '');
  const release = (event: Event): void => {
    if (event.type === 'pointerleave' ? event.target !== stack : stack.isConnected && matchesSafely(stack, ':hover'))
      return;
    stack.removeAttribute('data-hover-off');
    stack.removeEventListener('pointerleave', release);
    for (const type of RELEASE_EVENTS) doc.removeEventListener(type, release, true);
  };
  stack.addEventListener('pointerleave', release);
  for (const type of RELEASE_EVENTS) doc.addEventListener(type, release, true);
}

/** Watches the page's modals and keeps `element` (made by `createHostElement`) in the topmost one. */
export function createToasterHost(
  doc: Document = document,
  element: HTMLElement = createHostElement(doc),
): ToasterHost {
  let anchor: Element | null = null;
  let observer: MutationObserver | null = null;
  let modal: Element | null = null;
  // The order open modals were seen opening in; the last one opened is on top. Only open ones
  // are kept, so a dialog that closes and opens again comes back on top.
  let opened = new Map<Element, number>();
  let counter = 0;

  function topmostModal(): Element | null {
    const still = new Map<Element, number>();
    let top: Element | null = null;
    let topOrder = -1;
    for (const candidate of Array.from(doc.querySelectorAll(MODAL_SELECTOR))) {
      if (element.contains(candidate) || !isOpenModal(candidate)) continue;
      const order = opened.get(candidate) ?? ++counter;
      still.set(candidate, order);
      if (order > topOrder) {
        top = candidate;
        topOrder = order;
      }
    }
    opened = still;
    return top;
  }

  function move(into: Element | null): void {
    const home = anchor?.isConnected ? anchor : null;
    const alreadyThere = into
      ? element.parentNode === into
      : home
        ? element.previousSibling === home
        : element.parentNode === doc.body;
    if (alreadyThere) {
      modal = into;
      return;
    }
    const active = doc.activeElement;
    const hadFocus = active instanceof HTMLElement && element.contains(active);
    const stack = element.querySelector('[data-ee-toaster]');
    const hovered = stack !== null && matchesSafely(stack, ':hover');
    if (into) into.append(element);
    else if (home) home.after(element);
    else doc.body.append(element);
    modal = into;
    // Moving a node drops the focus inside it; the trader keeps their place.
    if (hadFocus && active.isConnected && doc.activeElement !== active) active.focus({ preventScroll: true });
    // A modal opened from a toast (its Details) finds the pointer still on the stack, which hover
    // keeps laid out in full, over the modal's own buttons (its Close, at 1280×720): the stack
    // stays collapsed until the pointer has left it once.
    if (stack && hovered) holdCollapsed(stack, doc);
  }

  function update(): void {
    if (!anchor) return;
    move(topmostModal());
  }

  function onMutations(records: MutationRecord[]): void {
    let relevant = modal !== null && !modal.isConnected;
    for (const record of records) {
      if (relevant) break;
      if (record.type === 'attributes') {
        const target = record.target;
        if (target === element || element.contains(target)) continue;
        // `hidden` is watched for the modals it shows or hides; `open` and `aria-modal` always count.
        relevant =
          record.attributeName !== 'hidden' || mayHoldModal(target) || (modal !== null && target.contains(modal));
        continue;
      }
      for (const node of Array.from(record.addedNodes)) {
        if (node !== element && mayHoldModal(node)) {
          relevant = true;
          break;
        }
      }
      if (!relevant && modal !== null) {
        for (const node of Array.from(record.removedNodes)) {
          if (node === modal || node.contains(modal)) {
            relevant = true;
            break;
          }
        }
      }
    }
    if (relevant) update();
  }

  return {
    element,
    get modal() {
      return modal;
    },
    attach(next) {
      anchor = next;
      if (!observer && typeof MutationObserver === 'function') {
        observer = new MutationObserver(onMutations);
        observer.observe(doc.documentElement, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['open', 'aria-modal', 'hidden'],
        });
      }
      update();
    },
    detach() {
      observer?.disconnect();
      observer = null;
      anchor = null;
      modal = null;
      opened = new Map();
      element.remove();
    },
    update,
  };
}
