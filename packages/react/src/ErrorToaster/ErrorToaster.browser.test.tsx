/**
 * The toaster in real Chromium, as a trader and a screen-reader user meet it: what the accessibility
 * tree says, above native and focus-trapping modals, the collapsed stack and its offset, and Copy
 * without secrets. Clicks and keys go through Playwright (`vitest/browser`), so a click on something
 * covered by a backdrop fails as it would for a person.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { StrictMode, useRef, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { ErrorDetails } from '../ErrorDetails/ErrorDetails.js';
import { createErrorStore, type ErrorStore } from '../store/createErrorStore.js';
import '../styles.css';
import { FocusTrapModal } from '../test-support/FocusTrapModal.js';
import { createAppI18n } from '../test-support/render.js';
import { ErrorToaster, type ErrorToasterProps } from './ErrorToaster.js';

const missing = (param: string) => ({
  code: -1102,
  msg: `Mandatory parameter '${param}' was not sent, was empty/null, or malformed.`,
});

function renderApp(ui: ReactNode) {
  return render(<I18nextProvider i18n={createAppI18n({ lng: 'en' })}>{ui}</I18nextProvider>);
}

function persistentStore(): ErrorStore {
  return createErrorStore({ errorDuration: 'persistent', noticeDuration: 'persistent' });
}

const region = () => screen.getByRole('region', { name: 'Notifications (F8)' });
const toastItems = () => within(region()).queryAllByRole('listitem');

/** The element a person would hit at the centre of `element`. */
function hitAtCentre(element: Element): Element | null {
  const rect = element.getBoundingClientRect();
  return document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
}

function isTopmost(element: Element): boolean {
  const hit = hitAtCentre(element);
  return hit !== null && (hit === element || element.contains(hit));
}

afterEach(() => {
  cleanup();
});

/* Screen readers ------------------------------------------------------------------------------ */

interface AXNode {
  nodeId: string;
  parentId?: string;
  backendDOMNodeId?: number;
  ignored?: boolean;
  role?: { value?: string };
  name?: { value?: string };
  properties?: { name: string; value: { value?: unknown } }[];
}

async function accessibilityTree(): Promise<AXNode[]> {
  const session = cdp();
  const { frameTree } = (await session.send('Page.getFrameTree')) as {
    frameTree: { childFrames?: { frame: { id: string; url: string } }[] };
  };
  // The test runs in an iframe of Vitest's runner page: read that frame's tree.
  const frameId = frameTree.childFrames?.find((f) => f.frame.url === location.href)?.frame.id;
  const { nodes } = (await session.send('Accessibility.getFullAXTree', frameId ? { frameId } : {})) as {
    nodes: AXNode[];
  };
  return nodes;
}

const liveOf = (node: AXNode) => node.properties?.find((p) => p.name === 'live')?.value.value as string | undefined;

/** The live region (its DOM node id and politeness) a text is heard through, or null. */
function liveRegionAround(
  nodes: AXNode[],
  text: string,
  where: (node: AXNode) => boolean = () => true,
): { id: number | undefined; live: string } | null {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const target = nodes.find((n) => n.role?.value === 'StaticText' && (n.name?.value ?? '').includes(text) && where(n));
  if (!target) throw new Error(`no text "${text}" in the accessibility tree`);
  for (let node: AXNode | undefined = target; node; node = node.parentId ? byId.get(node.parentId) : undefined) {
    const live = liveOf(node);
    if (live && live !== 'off') return { id: node.backendDOMNodeId, live };
  }
  return null;
}

describe('ErrorToaster in the accessibility tree (Chromium)', () => {
  it('announces the first error through an assertive live region that existed before it, and the visible toast is not live', async () => {
    const store = persistentStore();
    renderApp(<ErrorToaster store={store} />);
    await waitFor(() =>
      expect(document.querySelector('[data-ee-toaster-host] [data-ee-live="assertive"]')).not.toBeNull(),
    );

    const before = await accessibilityTree();
    const regions = before.filter((n) => liveOf(n) !== undefined && !n.ignored);
    const assertive = regions.find((n) => liveOf(n) === 'assertive');
    const polite = regions.find((n) => liveOf(n) === 'polite');
    expect(assertive?.backendDOMNodeId).toBeDefined();
    expect(polite?.backendDOMNodeId).toBeDefined();
    // Empty until needed.
    expect(before.some((n) => n.parentId === assertive?.nodeId)).toBe(false);

    act(() => void store.show(missing('quantity')));
    await waitFor(() => expect(toastItems()).toHaveLength(1));
    const after = await accessibilityTree();
    const heard = liveRegionAround(after, 'Required field missing. Mandatory parameter `quantity`');
    expect(heard).toEqual({ id: assertive?.backendDOMNodeId, live: 'assertive' });
    // The toast on screen says the same, outside any live region: nothing is read twice.
    const visibleTitle = after.find(
      (n) => n.role?.value === 'StaticText' && n.name?.value === 'Required field missing',
    );
    expect(visibleTitle).toBeDefined();
    expect(liveRegionAround(after, 'Required field missing', (n) => n === visibleTitle)).toBeNull();

    // A warning politely, and a repeat of the error as a short count, through the same regions.
    act(() => void store.show({ code: -1008, msg: 'Too many requests queued.' }));
    act(() => void store.show(missing('quantity')));
    await waitFor(() => expect(document.querySelector('[data-ee-live="polite"]')).toHaveTextContent('shown 2 times'));
    const later = await accessibilityTree();
    expect(liveRegionAround(later, 'Too many requests')).toEqual({ id: polite?.backendDOMNodeId, live: 'polite' });
    expect(liveRegionAround(later, 'Required field missing, shown 2 times')).toEqual({
      id: polite?.backendDOMNodeId,
      live: 'polite',
    });
  });
});

/* Above modals -------------------------------------------------------------------------------- */

function NativeModalPage({ store }: { readonly store: ErrorStore }) {
  const ref = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" onClick={() => ref.current?.showModal()}>
        Confirm order
      </button>
      <dialog ref={ref} aria-label="Confirm order">
        <p>Buy 0.1 BTC-261225-100000-C at 500?</p>
        <button type="button" onClick={() => ref.current?.close()}>
          Cancel
        </button>
        <button type="button">Place</button>
      </dialog>
      <ErrorToaster store={store} />
    </>
  );
}

function TrapPage({ store }: { readonly store: ErrorStore }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Confirm order
      </button>
      {open && (
        <FocusTrapModal label="Confirm order" onClose={() => setOpen(false)}>
          <p>Buy 0.1 BTC-261225-100000-C at 500?</p>
          <button type="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
          <button type="button">Place</button>
        </FocusTrapModal>
      )}
      <ErrorToaster store={store} />
    </>
  );
}

describe.each([
  ['a native modal <dialog>', NativeModalPage],
  ['a focus-trapping aria-modal dialog', TrapPage],
])('ErrorToaster above %s (Chromium)', (_name, Page) => {
  beforeEach(async () => {
    await page.viewport(1280, 720);
  });

  it('shows new toasts inside the modal: visible, clickable, reachable by F8 and Tab, and back out when it closes', async () => {
    const store = persistentStore();
    renderApp(<Page store={store} />);
    act(() => void store.show(missing('before')));
    await waitFor(() => expect(toastItems()).toHaveLength(1));
    const early = toastItems()[0] as HTMLElement;

    await userEvent.click(screen.getByRole('button', { name: 'Confirm order' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm order' });
    // The modal's own focus handling is untouched: focus went to its first control.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus());

    act(() => void store.show(missing('quantity')));
    await waitFor(() => expect(dialog.contains(region())).toBe(true));
    // The same toast element moved in (not re-created): its state went with it.
    expect(early.isConnected).toBe(true);
    expect(dialog.contains(early)).toBe(true);
    const [newest] = toastItems();
    expect(newest).toHaveTextContent('parameter quantity was');
    const dismiss = within(newest as HTMLElement).getByRole('button', { name: 'Dismiss' });
    expect(isTopmost(dismiss)).toBe(true);

    // Tab from the modal's last control reaches the toasts, inside the modal.
    screen.getByRole('button', { name: 'Place' }).focus();
    await userEvent.keyboard('{Tab}');
    expect(region().contains(document.activeElement)).toBe(true);
    expect(dialog.contains(document.activeElement)).toBe(true);

    // F8 from inside the modal jumps to the newest toast; Escape there dismisses it, not the modal.
    screen.getByRole('button', { name: 'Cancel' }).focus();
    await userEvent.keyboard('{F8}');
    expect(within(newest as HTMLElement).getByRole('button', { name: 'Details' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(toastItems()).toHaveLength(1));
    expect(screen.getByRole('dialog', { name: 'Confirm order' })).toBeVisible();

    // A real click (Playwright refuses to click what a backdrop covers).
    act(() => void store.show(missing('price')));
    await waitFor(() => expect(toastItems()).toHaveLength(2));
    await userEvent.click(within(toastItems()[0] as HTMLElement).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(toastItems()).toHaveLength(1));

    // Closing the modal brings the toaster back, the toast still up, and focus to the opener.
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Confirm order' })).toBeNull());
    await waitFor(() => expect(dialog.contains(region())).toBe(false));
    expect(early.isConnected).toBe(true);
    expect(toastItems()).toEqual([early]);
    expect(isTopmost(within(early).getByRole('button', { name: 'Dismiss' }))).toBe(true);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Confirm order' })).toHaveFocus());
  });
});

describe('ErrorToaster above its own details dialog (Chromium)', () => {
  it('keeps new toasts usable while the details are open, and returns focus to Details on close', async () => {
    const store = persistentStore();
    renderApp(<ErrorToaster store={store} />);
    act(() => void store.show(missing('quantity')));
    const details = await screen.findByRole('button', { name: 'Details' });
    await userEvent.click(details);
    const dialog = await screen.findByRole('dialog', { name: 'Error details' });
    await within(dialog).findByRole('heading', { name: 'Required field missing' });
    act(() => void store.show({ code: -2010, msg: 'NEW_ORDER_REJECTED' }));
    await waitFor(() => expect(dialog.contains(region())).toBe(true));
    const rejected = toastItems().find((item) => item.textContent?.includes('-2010')) as HTMLElement;
    expect(isTopmost(within(rejected).getByRole('button', { name: 'Dismiss' }))).toBe(true);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Error details' })).toBeNull());
    await waitFor(() => expect(details).toHaveFocus());
    expect(toastItems()).toHaveLength(2);
  });
});

describe('ErrorToaster under StrictMode (Chromium)', () => {
  it('keeps the details dialog open and the toaster inside it through StrictMode’s double effects', async () => {
    const store = persistentStore();
    renderApp(
      <StrictMode>
        <ErrorToaster store={store} />
      </StrictMode>,
    );
    act(() => void store.show(missing('quantity')));
    const details = await screen.findByRole('button', { name: 'Details' });
    await userEvent.click(details);
    const dialog = await screen.findByRole('dialog', { name: 'Error details' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(dialog).toBeVisible();
    expect(dialog.contains(region())).toBe(true);
    expect(document.querySelectorAll('[data-ee-toaster-host]')).toHaveLength(1);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(details).toHaveFocus());
  });
});

/* Never over the app's controls --------------------------------------------------------------- */

function Corner({ store, ...props }: { readonly store: ErrorStore } & ErrorToasterProps) {
  return (
    <>
      <button type="button" style={{ position: 'fixed', right: 16, bottom: 16, width: 200, height: 40 }}>
        Sell
      </button>
      <ErrorToaster store={store} {...props} />
    </>
  );
}

describe('ErrorToaster stack and offset (Chromium)', () => {
  beforeEach(async () => {
    await page.viewport(1280, 720);
  });

  it('collapses three toasts to little more than one, and lays them out in full on hover and on focus', async () => {
    const store = persistentStore();
    renderApp(
      <>
        <p>Chain</p>
        <ErrorToaster store={store} />
      </>,
    );
    // The pointer away from the corner, where an earlier test may have left it.
    await userEvent.hover(screen.getByText('Chain'));
    for (const p of ['symbol', 'price', 'quantity']) act(() => void store.show(missing(p)));
    await waitFor(() => expect(toastItems()).toHaveLength(3));
    const items = toastItems();
    const front = items[0] as HTMLElement;
    const list = front.parentElement as HTMLElement;
    const frontHeight = front.getBoundingClientRect().height;
    expect(list.getBoundingClientRect().height).toBeLessThan(frontHeight + 20);
    // The front (newest) toast is whole and on top; the others peek out above it.
    expect(isTopmost(within(front).getByRole('button', { name: 'Dismiss' }))).toBe(true);

    await userEvent.hover(front);
    await waitFor(() => expect(list.getBoundingClientRect().height).toBeGreaterThan(frontHeight * 2.5));
    for (const item of items) expect(isTopmost(within(item).getByRole('button', { name: 'Dismiss' }))).toBe(true);
    // The newest stays nearest the bottom edge, where it was.
    expect(front.getBoundingClientRect().bottom).toBeGreaterThan(
      (items[2] as HTMLElement).getBoundingClientRect().bottom,
    );
    await userEvent.unhover(front);
    await waitFor(() => expect(list.getBoundingClientRect().height).toBeLessThan(frontHeight + 20));

    // Keyboard: F8 expands it too.
    await userEvent.keyboard('{F8}');
    await waitFor(() => expect(list.getBoundingClientRect().height).toBeGreaterThan(frontHeight * 2.5));
  });

  it('stays collapsed when its Details opens under the pointer, so the dialog’s Close is not covered', async () => {
    const store = persistentStore();
    renderApp(<ErrorToaster store={store} />);
    for (const p of ['symbol', 'price', 'quantity']) act(() => void store.show(missing(p)));
    await waitFor(() => expect(toastItems()).toHaveLength(3));
    const front = toastItems()[0] as HTMLElement;
    const list = front.parentElement as HTMLElement;
    const frontHeight = front.getBoundingClientRect().height;
    // A real click: the pointer stays on the toast, which lays the stack out in full while hovered.
    await userEvent.click(within(front).getByRole('button', { name: 'Details' }));
    const dialog = await screen.findByRole('dialog', { name: 'Error details' });
    await waitFor(() => expect(dialog.contains(region())).toBe(true));
    await waitFor(() => expect(list.getBoundingClientRect().height).toBeLessThan(frontHeight + 20));
    const close = within(dialog).getByRole('button', { name: 'Close' });
    expect(isTopmost(close)).toBe(true);
    await userEvent.click(close);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Error details' })).toBeNull());
    // Once the pointer has left the stack, hovering lays it out again.
    await userEvent.hover(front);
    await waitFor(() => expect(list.getBoundingClientRect().height).toBeGreaterThan(frontHeight * 2.5));
  });

  it('does not stay collapsed once its toasts went from under the pointer while a dialog was open', async () => {
    // Where a trader's pointer rests after closing a Details dialog and hovering the stack again:
    // Chromium then tracks the next toaster's stack under it as it does in an app.
    const earlier = persistentStore();
    const first = renderApp(<ErrorToaster store={earlier} />);
    for (const p of ['symbol', 'price', 'quantity']) act(() => void earlier.show(missing(p)));
    await waitFor(() => expect(toastItems()).toHaveLength(3));
    await userEvent.click(within(toastItems()[0] as HTMLElement).getByRole('button', { name: 'Details' }));
    await userEvent.click(
      within(await screen.findByRole('dialog', { name: 'Error details' })).getByRole('button', { name: 'Close' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Error details' })).toBeNull());
    await userEvent.hover(toastItems()[0] as HTMLElement);
    first.unmount();

    const store = persistentStore();
    renderApp(
      <>
        <p>Elsewhere</p>
        <ErrorToaster store={store} />
      </>,
    );
    for (const p of ['symbol', 'price', 'quantity']) act(() => void store.show(missing(p)));
    await waitFor(() => expect(toastItems()).toHaveLength(3));
    const front = toastItems()[0] as HTMLElement;
    await userEvent.hover(front);
    await userEvent.click(within(front).getByRole('button', { name: 'Details' }));
    const dialog = await screen.findByRole('dialog', { name: 'Error details' });
    await waitFor(() => expect(dialog.contains(region())).toBe(true));
    // Every toast goes while the dialog is open (the stack shrinks away from the pointer, and no
    // pointerleave comes), then the dialog closes and the trader moves on.
    act(() => store.dismissAll());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Error details' })).toBeNull());
    await waitFor(() => expect(toastItems()).toHaveLength(0));
    await userEvent.hover(screen.getByText('Elsewhere'));
    await waitFor(() => expect(region()).not.toHaveAttribute('data-hover-off'));
    // The next errors lay out in full on hover, as ever.
    for (const p of ['symbol', 'price', 'quantity']) act(() => void store.show(missing(p)));
    await waitFor(() => expect(toastItems()).toHaveLength(3));
    const next = toastItems()[0] as HTMLElement;
    const list = next.parentElement as HTMLElement;
    const frontHeight = next.getBoundingClientRect().height;
    await userEvent.hover(next);
    await waitFor(() => expect(list.getBoundingClientRect().height).toBeGreaterThan(frontHeight * 2.5));
  });

  it('keeps off the app’s own controls with an offset', async () => {
    const store = persistentStore();
    renderApp(<Corner store={store} offset={{ bottom: 72, right: 16 }} />);
    for (const p of ['symbol', 'price', 'quantity']) act(() => void store.show(missing(p)));
    await waitFor(() => expect(toastItems()).toHaveLength(3));
    const sell = screen.getByRole('button', { name: 'Sell' });
    expect(isTopmost(sell)).toBe(true);
    expect(region().getBoundingClientRect().bottom).toBeLessThanOrEqual(720 - 72 + 0.5);
    await userEvent.click(sell);
  });

  it('keeps its compact buttons on a fine pointer (44 px is for touch screens only)', async () => {
    const store = persistentStore();
    renderApp(<ErrorToaster store={store} />);
    act(() => void store.show(missing('symbol')));
    await waitFor(() => expect(toastItems()).toHaveLength(1));
    const front = toastItems()[0] as HTMLElement;
    for (const name of ['Dismiss', 'Details']) {
      const rect = within(front).getByRole('button', { name }).getBoundingClientRect();
      expect(rect.height).toBeGreaterThanOrEqual(24);
      expect(rect.height).toBeLessThan(32);
    }
    // Dismiss and Details side by side, beside the message.
    const dismiss = within(front).getByRole('button', { name: 'Dismiss' }).getBoundingClientRect();
    expect(dismiss.width).toBeLessThan(32);
    expect(within(front).getByRole('button', { name: 'Details' }).getBoundingClientRect().top).toBe(dismiss.top);
  });

  it('moves to another side of the same edge when the app marks its corner keep-clear', async () => {
    const store = persistentStore();
    renderApp(
      <>
        <div
          data-ee-keep-clear=""
          style={{ position: 'fixed', right: 16, bottom: 16, width: 360, height: 56, display: 'flex', gap: 8 }}
        >
          <button type="button" style={{ flex: 1 }}>
            Buy
          </button>
          <button type="button" style={{ flex: 1 }}>
            Sell
          </button>
        </div>
        <ErrorToaster store={store} />
      </>,
    );
    for (const p of ['symbol', 'price', 'quantity']) act(() => void store.show(missing(p)));
    await waitFor(() => expect(toastItems()).toHaveLength(3));
    await waitFor(() => expect(region()).toHaveAttribute('data-ee-side', 'center'));
    expect(region()).toHaveAttribute('data-ee-edge', 'bottom');
    expect(region().getBoundingClientRect().bottom).toBeCloseTo(720 - 16, 0);
    for (const name of ['Buy', 'Sell']) expect(isTopmost(screen.getByRole('button', { name }))).toBe(true);
    // Laid out in full on hover, still clear.
    await userEvent.hover(toastItems()[0] as HTMLElement);
    for (const name of ['Buy', 'Sell']) expect(isTopmost(screen.getByRole('button', { name }))).toBe(true);
  });

  it('shows "+N more" for a storm and opens the log with it', async () => {
    const store = createErrorStore({ errorDuration: 'persistent', queueLimit: 5 });
    let opened = 0;
    renderApp(<ErrorToaster store={store} onShowMore={() => (opened += 1)} />);
    act(() => {
      for (let i = 0; i < 200; i++) store.show(missing(`p${i}`));
    });
    const more = await within(region()).findByRole('button', { name: '+197 more: open the error log' });
    expect(isTopmost(more)).toBe(true);
    await userEvent.click(more);
    expect(opened).toBe(1);
    expect(region().querySelectorAll('*').length).toBeLessThan(80);
  });
});

/* Copy never leaks secrets -------------------------------------------------------------------- */

describe('ErrorDetails Copy in Chromium', () => {
  it('puts a signed order request on the clipboard without its signature or API key', async () => {
    const signature = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
    const apiKey = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
    renderApp(
      <ErrorDetails
        error={missing('quantity')}
        request={{
          method: 'POST',
          url: `/eapi/v1/order?symbol=BTC-261225-100000-C&side=BUY&type=LIMIT&price=500&timestamp=1764000000000&signature=${signature}`,
          headers: { 'X-MBX-APIKEY': apiKey },
        }}
      />,
    );
    expect(document.body.textContent).not.toContain(signature);
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByText('Copied');
    const copied = await navigator.clipboard.readText();
    expect(copied).not.toContain(signature);
    expect(copied).not.toContain(apiKey);
    expect(JSON.parse(copied).request).toEqual({
      method: 'POST',
      url: '/eapi/v1/order?symbol=BTC-261225-100000-C&side=BUY&type=LIMIT&price=500&timestamp=1764000000000&signature=[redacted]',
      headers: { 'X-MBX-APIKEY': '[redacted]' },
    });
  });
});
