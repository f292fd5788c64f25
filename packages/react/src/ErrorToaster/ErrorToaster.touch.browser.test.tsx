/**
 * The toaster on a phone, in real Chromium with touch emulation (the `touch` project: touch events,
 * a coarse pointer, no hover): the stack keeps clear of the app's keep-clear areas as they come,
 * go, scroll and resize; a swipe dismisses a toast, a short one puts it back, a vertical one scrolls
 * the page; targets are thumb-sized; the details sheet fits. Touches are real input through CDP
 * (`Input.dispatchTouchEvent`), which Chromium turns into pointer events as it does for a finger.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { createErrorStore, type ErrorStore } from '../store/createErrorStore.js';
import { EXPLAINED } from '../stories-support/orders.js';
import '../styles.css';
import { loadExplainerOnce } from '../test-support/explainer.js';
import { createAppI18n } from '../test-support/render.js';
import { ErrorToaster } from './ErrorToaster.js';
import { SWIPE } from './swipe.js';

const missing = (param: string) => ({
  code: -1102,
  msg: `Mandatory parameter '${param}' was not sent, was empty/null, or malformed.`,
});

function persistentStore(): ErrorStore {
  return createErrorStore({ errorDuration: 'persistent', noticeDuration: 'persistent' });
}

function renderApp(ui: ReactNode, lng = 'en') {
  return render(<I18nextProvider i18n={createAppI18n({ lng })}>{ui}</I18nextProvider>);
}

const region = () => document.querySelector('[data-ee-toaster]') as HTMLElement;
const toastItems = () => Array.from(region().querySelectorAll<HTMLElement>('[data-ee-toast-id]'));

function isTopmost(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  return hit !== null && (hit === element || element.contains(hit));
}

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The area the stack covers: its toasts, the ones peeking out behind the front one included. */
function stackRect(): DOMRect {
  const rects = toastItems().map((item) => item.getBoundingClientRect());
  const top = Math.min(...rects.map((r) => r.top));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  const left = Math.min(...rects.map((r) => r.left));
  const right = Math.max(...rects.map((r) => r.right));
  return new DOMRect(left, top, right - left, bottom - top);
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A finger put down at `from`, moved to `to` in `steps` moves `stepMs` apart, and lifted. */
async function drag(from: { x: number; y: number }, to: { x: number; y: number }, steps: number, stepMs: number) {
  // CDP takes the runner page's coordinates; the test runs in its (unscaled) frame.
  const frame = window.frameElement?.getBoundingClientRect() ?? new DOMRect();
  const point = (x: number, y: number) => ({ x: frame.left + x, y: frame.top + y });
  const session = cdp();
  // Each event carries the time a finger would give it (a step of `stepMs`, 8 ms for a flick: a
  // 120 Hz touch screen), so the speed the toaster reads is the gesture's, not how long CDP took to
  // pass the events on a loaded machine. The waits still give the page its frames between moves.
  let at = Date.now() / 1000;
  const tick = () => (at += Math.max(stepMs, 8) / 1000);
  await session.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: [point(from.x, from.y)],
    timestamp: at,
  });
  for (let i = 1; i <= steps; i++) {
    const x = from.x + ((to.x - from.x) * i) / steps;
    const y = from.y + ((to.y - from.y) * i) / steps;
    await session.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [point(x, y)],
      timestamp: tick(),
    });
    if (stepMs > 0) await sleep(stepMs);
  }
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: tick() });
}

/** A horizontal swipe across the front toast's message, `distance` px (negative: to the left). */
async function swipeFront(distance: number, steps: number, stepMs: number) {
  const front = toastItems()[0]!;
  const rect = front.getBoundingClientRect();
  const from = { x: rect.left + rect.width / 2 - distance / 2, y: rect.top + 24 };
  await drag(from, { x: from.x + distance, y: from.y }, steps, stepMs);
}

/** A phone screen: a page taller than the screen, a Buy/Sell bar and a bottom navigation, both marked (`marked`). */
function Phone({ store, marked = true, children }: { store: ErrorStore; marked?: boolean; children?: ReactNode }) {
  const bar = { position: 'fixed', left: 0, right: 0, height: 56, display: 'flex', background: '#fff' } as const;
  return (
    <>
      <main style={{ height: 2400 }}>
        <p>Chain</p>
        {children}
      </main>
      <div data-ee-keep-clear={marked ? '' : undefined} data-testid="ticket-bar" style={{ ...bar, bottom: 56 }}>
        <button type="button" style={{ flex: 1 }}>
          Buy
        </button>
        <button type="button" style={{ flex: 1 }}>
          Sell
        </button>
      </div>
      <nav data-ee-keep-clear={marked ? '' : undefined} data-testid="nav" style={{ ...bar, bottom: 0 }}>
        <a href="#trade">Trade</a>
      </nav>
      <ErrorToaster store={store} position="bottom-left" />
    </>
  );
}

async function threeToasts(store: ErrorStore) {
  for (const p of ['symbol', 'price', 'quantity']) act(() => void store.show(missing(p)));
  await waitFor(() => expect(toastItems()).toHaveLength(3));
  await waitFor(() => expect(region()).toHaveAttribute('data-ee-edge'));
}

beforeEach(async () => {
  await page.viewport(390, 844);
  window.scrollTo(0, 0);
});

afterEach(async () => {
  cleanup();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

/* Keep-clear areas ---------------------------------------------------------------------------- */

describe('ErrorToaster keeps clear of marked areas (Chromium, 390×844, touch)', () => {
  it('puts three toasts where the Buy/Sell bar and the navigation leave room, and back once unmarked', async () => {
    const store = persistentStore();
    const { rerender } = renderApp(<Phone store={store} />);
    await threeToasts(store);
    expect(region()).toHaveAttribute('data-ee-edge', 'top');
    for (const name of ['Buy', 'Sell', 'Trade']) {
      const target = screen.getByRole(name === 'Trade' ? 'link' : 'button', { name });
      expect(isTopmost(target)).toBe(true);
    }
    const stack = stackRect();
    expect(overlaps(stack, screen.getByTestId('ticket-bar').getBoundingClientRect())).toBe(false);
    expect(overlaps(stack, screen.getByTestId('nav').getBoundingClientRect())).toBe(false);
    // Full width within the offsets.
    expect(region().getBoundingClientRect().width).toBeGreaterThan(390 - 2 * 16 - 1);

    // The app stops marking them: the stack goes back to its bottom edge, over the bar.
    rerender(
      <I18nextProvider i18n={createAppI18n({ lng: 'en' })}>
        <Phone store={store} marked={false} />
      </I18nextProvider>,
    );
    await waitFor(() => expect(region()).not.toHaveAttribute('data-ee-edge'));
    expect(overlaps(stackRect(), screen.getByTestId('ticket-bar').getBoundingClientRect())).toBe(true);
    expect(isTopmost(screen.getByRole('button', { name: 'Buy' }))).toBe(false);
  });

  it('moves out of the way of a marked row scrolled or grown into its place', async () => {
    const store = persistentStore();
    function Row() {
      const [height, setHeight] = useState(48);
      return (
        <div data-ee-keep-clear="" data-testid="row" style={{ marginTop: 700, height, display: 'flex' }}>
          <button type="button" style={{ flex: 1 }} onClick={() => setHeight(400)}>
            Grow
          </button>
        </div>
      );
    }
    renderApp(
      <Phone store={store}>
        <Row />
      </Phone>,
    );
    await threeToasts(store);
    const row = screen.getByTestId('row');
    expect(region()).toHaveAttribute('data-ee-edge', 'top');
    // Scrolled to the top of the screen, under the stack: the stack moves below it.
    window.scrollTo(0, row.getBoundingClientRect().top + window.scrollY - 30);
    await waitFor(() => expect(overlaps(stackRect(), row.getBoundingClientRect())).toBe(false));
    expect(isTopmost(screen.getByRole('button', { name: 'Grow' }))).toBe(true);
    expect(overlaps(stackRect(), screen.getByTestId('ticket-bar').getBoundingClientRect())).toBe(false);
    // It grows down the screen: the stack moves again.
    act(() => screen.getByRole('button', { name: 'Grow' }).click());
    await waitFor(() => expect(row.getBoundingClientRect().height).toBe(400));
    await waitFor(() => expect(overlaps(stackRect(), row.getBoundingClientRect())).toBe(false));
    expect(overlaps(stackRect(), screen.getByTestId('ticket-bar').getBoundingClientRect())).toBe(false);
  });

  it('keeps off the field that has focus (WCAG 2.4.11), as on a phone while the trader types in it', async () => {
    const store = persistentStore();
    renderApp(
      <Phone store={store}>
        <label style={{ position: 'fixed', top: 60, left: 16, right: 16 }}>
          Price <input style={{ width: '100%', height: 40 }} />
        </label>
      </Phone>,
    );
    await threeToasts(store);
    const field = screen.getByRole('textbox', { name: 'Price' });
    expect(overlaps(stackRect(), field.getBoundingClientRect())).toBe(true);
    act(() => field.focus());
    await waitFor(() => expect(overlaps(stackRect(), field.getBoundingClientRect())).toBe(false));
    expect(isTopmost(field)).toBe(true);
    expect(overlaps(stackRect(), screen.getByTestId('ticket-bar').getBoundingClientRect())).toBe(false);
  });

  it('places toasts that were waiting when the toaster mounted before they paint', async () => {
    // Once the keep-clear chunk is in (it is after the tests above; this makes sure).
    const warm = persistentStore();
    renderApp(<Phone store={warm} />);
    await threeToasts(warm);
    cleanup();
    const store = persistentStore();
    for (const p of ['symbol', 'price', 'quantity']) store.show(missing(p));
    renderApp(<Phone store={store} />);
    // Right after the first commit: no frame has been painted in between.
    expect(toastItems()).toHaveLength(3);
    expect(region()).toHaveAttribute('data-ee-edge', 'top');
    expect(overlaps(stackRect(), screen.getByTestId('ticket-bar').getBoundingClientRect())).toBe(false);
  });

  it('survives a hostile page: a mark whose geometry throws, and thousands more marks', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const store = persistentStore();
    renderApp(
      <>
        <Phone store={store}>
          <div
            data-ee-keep-clear=""
            ref={(node) => {
              if (node)
                node.getBoundingClientRect = () => {
                  throw new Error('hostile geometry');
                };
            }}
          />
        </Phone>
        {Array.from({ length: 5000 }, (_, i) => (
          <span key={i} data-ee-keep-clear="" style={{ position: 'absolute', top: 3000 + i, width: 1, height: 1 }} />
        ))}
      </>,
    );
    const start = performance.now();
    await threeToasts(store);
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(isTopmost(screen.getByRole('button', { name: 'Buy' }))).toBe(true);
    // Scrolling re-measures at most the first 1,000 marks, once per frame.
    const frames: number[] = [];
    for (let y = 100; y <= 500; y += 100) {
      const at = performance.now();
      window.scrollTo(0, y);
      await nextFrame();
      await nextFrame();
      frames.push(performance.now() - at);
    }
    expect(Math.max(...frames)).toBeLessThan(1_000);
    expect(toastItems()).toHaveLength(3);
    expect(isTopmost(screen.getByRole('button', { name: 'Buy' }))).toBe(true);
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });

  it('gives the stack back to the stylesheet when the last toast goes', async () => {
    const store = persistentStore();
    renderApp(<Phone store={store} />);
    await threeToasts(store);
    act(() => store.dismissAll());
    await waitFor(() => expect(toastItems()).toHaveLength(0));
    expect(region()).not.toHaveAttribute('data-ee-edge');
    expect(region().style.getPropertyValue('--ee-clear-top')).toBe('');
  });
});

/* Swipe to dismiss ---------------------------------------------------------------------------- */

describe('ErrorToaster swipe to dismiss (Chromium, touch)', () => {
  async function setup() {
    const store = persistentStore();
    renderApp(<Phone store={store} />);
    await threeToasts(store);
    return store;
  }

  it('follows the finger and puts the toast back after a short, slow swipe', async () => {
    await setup();
    const front = toastItems()[0]!;
    const moves: string[] = [];
    const observer = new MutationObserver(() => moves.push(front.style.transform));
    observer.observe(front, { attributes: true, attributeFilter: ['style'] });
    // 60 px in 400 ms: under 40 % of the toast's width, and 0.15 px/ms.
    await swipeFront(60, 10, 40);
    observer.disconnect();
    expect(moves.some((transform) => /translateX\(\d+(\.\d+)?px\)/.test(transform))).toBe(true);
    await sleep(300);
    expect(toastItems()).toHaveLength(3);
    expect(toastItems()[0]).toBe(front);
    expect(front.style.transform).toBe('');
  });

  it('dismisses after a slow swipe past 40 % of the toast’s width, either way', async () => {
    await setup();
    const width = toastItems()[0]!.getBoundingClientRect().width;
    const first = toastItems()[0]!.getAttribute('data-ee-toast-id');
    await swipeFront(width * 0.5, 20, 40);
    await waitFor(() => expect(toastItems()).toHaveLength(2));
    expect(toastItems().map((item) => item.getAttribute('data-ee-toast-id'))).not.toContain(first);
    await swipeFront(-width * 0.5, 20, 40);
    await waitFor(() => expect(toastItems()).toHaveLength(1));
  });

  it('dismisses after a quick flick shorter than that', async () => {
    await setup();
    const width = toastItems()[0]!.getBoundingClientRect().width;
    const distance = 100;
    expect(distance).toBeLessThan(width * SWIPE.distance);
    await swipeFront(distance, 3, 0);
    await waitFor(() => expect(toastItems()).toHaveLength(2));
  });

  it('leaves a vertical pan to the browser: the page scrolls, the toast stays', async () => {
    await setup();
    const front = toastItems()[0]!;
    const rect = front.getBoundingClientRect();
    const from = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    await drag(from, { x: from.x + 4, y: from.y - 120 }, 8, 16);
    await waitFor(() => expect(window.scrollY).toBeGreaterThan(0));
    await sleep(200);
    expect(toastItems()).toHaveLength(3);
    expect(front.style.transform).toBe('');
  });

  it('under prefers-reduced-motion, still follows the finger and dismisses, with no animation', async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
    });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    await setup();
    const front = toastItems()[0]!;
    const width = front.getBoundingClientRect().width;
    const styles: { transform: string; transition: string }[] = [];
    const observer = new MutationObserver(() =>
      styles.push({ transform: front.style.transform, transition: front.style.transition }),
    );
    observer.observe(front, { attributes: true, attributeFilter: ['style'] });
    await swipeFront(width * 0.5, 10, 30);
    await waitFor(() => expect(toastItems()).toHaveLength(2));
    observer.disconnect();
    expect(styles.some(({ transform }) => transform.startsWith('translateX('))).toBe(true);
    // Never animated out: no transition was set, and it never went past the finger.
    const offsets = styles.map(({ transform }) => Number(/translateX\((-?[\d.]+)px\)/.exec(transform)?.[1] ?? 0));
    expect(Math.max(...offsets)).toBeLessThanOrEqual(width * 0.5 + 1);
    expect(styles.every(({ transition }) => transition === '' || transition === 'none')).toBe(true);
    expect(getComputedStyle(toastItems()[0]!).transitionDuration).toBe('0s');
  });
});

/* Targets and the details sheet --------------------------------------------------------------- */

describe('ErrorToaster targets on a coarse pointer (Chromium, touch)', () => {
  it('makes Dismiss, Details and "+N more" at least 44 × 44 px', async () => {
    const store = createErrorStore({ errorDuration: 'persistent', queueLimit: 1 });
    renderApp(<ErrorToaster store={store} onShowMore={() => undefined} />);
    for (const p of ['a', 'b', 'c', 'd', 'e', 'f']) act(() => void store.show(missing(p)));
    await waitFor(() => expect(toastItems()).toHaveLength(3));
    const front = toastItems()[0]!;
    const buttons = [
      within(front).getByRole('button', { name: 'Dismiss' }),
      within(front).getByRole('button', { name: 'Details' }),
      within(region()).getByRole('button', { name: /more/ }),
    ];
    for (const button of buttons) {
      const rect = button.getBoundingClientRect();
      expect(rect.width).toBeGreaterThanOrEqual(44);
      expect(rect.height).toBeGreaterThanOrEqual(44);
    }
    // Dismiss stays beside the title; Details takes a row under the message.
    const dismiss = buttons[0]!.getBoundingClientRect();
    const details = buttons[1]!.getBoundingClientRect();
    expect(details.top).toBeGreaterThanOrEqual(dismiss.bottom);
  });
});

describe.each([
  ['en', 'Details', 'Close', 'Copy', 'Use 12305'],
  ['zh-CN', '详情', '关闭', '复制', '改用 12305'],
] as const)('ErrorToaster details sheet at 320×568, %s (Chromium, touch)', (lng, details, close, copy, fix) => {
  it('is a full-height sheet with Close at the bottom, and Copy and the fixes reachable with toasts up', async () => {
    await page.viewport(320, 568);
    await loadExplainerOnce();
    const store = persistentStore();
    renderApp(<ErrorToaster store={store} position="bottom-left" />, lng);
    const c = EXPLAINED.priceOffTick;
    act(() => void store.show(missing('symbol')));
    act(() => void store.show(c.error, { explain: c.explain, onApplySuggestion: () => undefined }));
    await waitFor(() => expect(toastItems()).toHaveLength(2));
    act(() => within(toastItems()[0]!).getByRole('button', { name: details }).click());
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog.contains(region())).toBe(true));
    // A third error while the sheet is open: it shows in the sheet, clear of Close.
    act(() => void store.show(missing('quantity')));
    await waitFor(() => expect(toastItems()).toHaveLength(3));
    await waitFor(() => expect(region()).toHaveAttribute('data-ee-edge', 'top'));

    const sheet = dialog.getBoundingClientRect();
    expect(sheet.top).toBe(0);
    expect(sheet.left).toBe(0);
    expect(sheet.width).toBe(320);
    expect(sheet.height).toBe(568);
    expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);
    const content = dialog.querySelector('.ee-details') as HTMLElement;
    expect(content.scrollWidth).toBeLessThanOrEqual(content.clientWidth);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);

    const closeButton = within(dialog).getByRole('button', { name: close });
    const closeRect = closeButton.getBoundingClientRect();
    // Within thumb reach: the bottom of the screen.
    expect(closeRect.bottom).toBeGreaterThan(568 - 80);
    expect(closeRect.height).toBeGreaterThanOrEqual(44);
    expect(isTopmost(closeButton)).toBe(true);

    for (const name of [fix, copy]) {
      const button = within(content).getByRole('button', { name });
      button.scrollIntoView({ block: 'nearest' });
      await nextFrame();
      expect(isTopmost(button)).toBe(true);
      expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    }
  });
});
