import { afterEach, describe, expect, it } from 'vitest';
import { createToasterHost, type ToasterHost } from './toasterHost.js';

// MutationObserver callbacks run as microtasks.
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

// happy-dom does not track `:modal`: native modal dialogs are covered in Chromium
// (toaster.browser.test.tsx); here, focus-trapping `aria-modal` elements.
function ariaModal(): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('role', 'dialog');
  element.setAttribute('aria-modal', 'true');
  return element;
}

describe('toaster host', () => {
  let host: ToasterHost | null = null;
  afterEach(() => {
    host?.detach();
    host = null;
    document.body.replaceChildren();
  });

  function setup() {
    const anchor = document.createElement('span');
    document.body.append(anchor, document.createElement('main'));
    host = createToasterHost(document);
    host.attach(anchor);
    const button = document.createElement('button');
    host.element.append(button);
    return { anchor, host, button };
  }

  it('lives right after its anchor while no modal is open', () => {
    const { anchor, host } = setup();
    expect(anchor.nextSibling).toBe(host.element);
    expect(host.modal).toBeNull();
    expect(host.element.style.display).toBe('contents');
  });

  it('moves into an open modal and back when it closes, keeping focus', async () => {
    const { anchor, host, button } = setup();
    const dialog = ariaModal();
    document.body.append(dialog);
    await settle();
    expect(host.element.parentElement).toBe(dialog);
    button.focus();
    dialog.hidden = true;
    await settle();
    expect(anchor.nextSibling).toBe(host.element);
    expect(document.activeElement).toBe(button);
  });

  it('follows the topmost of several modals as they open and close', async () => {
    const { anchor, host } = setup();
    const dialog = ariaModal();
    const sheet = ariaModal();
    document.body.append(dialog);
    await settle();
    expect(host.modal).toBe(dialog);
    // A focus-trapping modal rendered later (a portal at the end of body) is on top.
    document.body.append(sheet);
    await settle();
    expect(host.modal).toBe(sheet);
    sheet.setAttribute('aria-modal', 'false');
    await settle();
    expect(host.modal).toBe(dialog);
    sheet.setAttribute('aria-modal', 'true');
    await settle();
    expect(host.modal).toBe(sheet);
    // The modal removed from the page takes the host with it only until the observer runs.
    sheet.remove();
    await settle();
    expect(host.modal).toBe(dialog);
    expect(host.element.isConnected).toBe(true);
    dialog.removeAttribute('aria-modal');
    await settle();
    expect(anchor.nextSibling).toBe(host.element);
  });

  it('ignores hidden aria-modal elements and closed dialogs', async () => {
    const { host } = setup();
    const hidden = ariaModal();
    hidden.hidden = true;
    const closed = document.createElement('dialog');
    closed.setAttribute('aria-modal', 'true');
    document.body.append(hidden, closed);
    await settle();
    expect(host.modal).toBeNull();
  });

  it('stops watching when detached', async () => {
    const { host } = setup();
    host.detach();
    document.body.append(ariaModal());
    await settle();
    expect(host.element.isConnected).toBe(false);
  });

  // happy-dom has no pointer hit-testing: the stack says itself whether the pointer is on it.
  function hoveredStack(host: ToasterHost): { stack: HTMLElement; setHovered: (value: boolean) => void } {
    const stack = document.createElement('section');
    stack.setAttribute('data-ee-toaster', '');
    let hovered = true;
    const matches = Element.prototype.matches;
    Object.defineProperty(stack, 'matches', {
      value: (selector: string) => (selector === ':hover' ? hovered : matches.call(stack, selector)),
    });
    host.element.append(stack);
    return { stack, setHovered: (value) => void (hovered = value) };
  }

  it('holds the stack collapsed when a modal takes it from under the pointer, until the pointer has left it', async () => {
    const { host } = setup();
    const { stack, setHovered } = hoveredStack(host);
    const modal = ariaModal();
    document.body.append(modal);
    await settle();
    expect(host.modal).toBe(modal);
    expect(stack.hasAttribute('data-hover-off')).toBe(true);
    // Moving on the stack keeps it collapsed.
    stack.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
    expect(stack.hasAttribute('data-hover-off')).toBe(true);
    setHovered(false);
    stack.dispatchEvent(new PointerEvent('pointerleave'));
    expect(stack.hasAttribute('data-hover-off')).toBe(false);
  });

  it('lets the stack go once the pointer moves off it, though no pointerleave came (its toasts went from under the pointer)', async () => {
    const { host } = setup();
    const { stack, setHovered } = hoveredStack(host);
    const modal = ariaModal();
    document.body.append(modal);
    await settle();
    expect(stack.hasAttribute('data-hover-off')).toBe(true);
    // The toasts go: the stack shrinks away from a resting pointer; the trader then moves on.
    setHovered(false);
    modal.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
    expect(stack.hasAttribute('data-hover-off')).toBe(false);
  });

  it('lets the stack go on a tap elsewhere (touch: no pointer moves between taps)', async () => {
    const { host } = setup();
    const { stack, setHovered } = hoveredStack(host);
    document.body.append(ariaModal());
    await settle();
    expect(stack.hasAttribute('data-hover-off')).toBe(true);
    setHovered(false);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
    expect(stack.hasAttribute('data-hover-off')).toBe(false);
  });
});
