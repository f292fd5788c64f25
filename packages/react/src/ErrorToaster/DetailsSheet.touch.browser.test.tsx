/**
 * The details sheet on a phone with toasts up (issue #23: "Copy and the fixes reachable"), in real
 * Chromium with touch emulation (the `touch` project). The toaster moves into the sheet while it is
 * open, and its stack lies over the sheet. Whatever the sheet's content is scrolled to, a control of
 * the sheet that can be seen is what a thumb hits at its centre, never a toast; and every control can
 * be scrolled to where it is hit. The scroll positions are put on purpose: every 40 px, and those that
 * bring each control's centre under the stack's top, middle and bottom (where the phone e2e found
 * the stack over Copy, 1 run in 3), with focus where the sheet put it, on Copy and on a fix. At the
 * four phone sizes, en and zh, with 1 and 3 toasts; and with the stack laid out in full (focus in it),
 * which may take the whole sheet but never pushes Close off it. A laptop's dialog stays as it was.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { createErrorStore } from '../store/createErrorStore.js';
import { EXPLAINED } from '../stories-support/orders.js';
import '../styles.css';
import { loadExplainerOnce } from '../test-support/explainer.js';
import { createAppI18n } from '../test-support/render.js';
import { ErrorToaster } from './ErrorToaster.js';

const missing = (param: string) => ({
  code: -1102,
  msg: `Mandatory parameter '${param}' was not sent, was empty/null, or malformed.`,
});

/** A signed order as the demo sends it: its long request line makes the details scroll on every phone. */
const request = {
  method: 'POST',
  url:
    'https://eapi.binance.com/eapi/v1/order?symbol=BTC-261218-100000-C&side=BUY&type=LIMIT&price=12306' +
    '&quantity=0.1&timeInForce=GTC&recvWindow=5000&timestamp=1796681700672&signature=0123456789abcdef',
};

const region = () => document.querySelector('[data-ee-toaster]') as HTMLElement;
const toastItems = () => Array.from(region().querySelectorAll<HTMLElement>('[data-ee-toast-id]'));
const frames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** The area the stack covers: its toasts, the ones peeking out behind the front one included. */
function stackRect(): DOMRect {
  const rects = toastItems().map((item) => item.getBoundingClientRect());
  const top = Math.min(...rects.map((r) => r.top));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  return new DOMRect(0, top, window.innerWidth, bottom - top);
}

/**
 * The control's centre when a person can see it there: on screen and inside every box that clips it
 * (the sheet's scrolling content), up to the sheet. Null when scrolled out of sight.
 */
function shownCentre(control: Element, sheet: Element): { x: number; y: number } | null {
  const rect = control.getBoundingClientRect();
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return null;
  for (let box = control.parentElement; box && box !== sheet; box = box.parentElement) {
    const style = getComputedStyle(box);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const outer = box.getBoundingClientRect();
    const top = outer.top + box.clientTop;
    const left = outer.left + box.clientLeft;
    if (y < top || y > top + box.clientHeight || x < left || x > left + box.clientWidth) return null;
  }
  return { x, y };
}

/**
 * The scroll positions to try: every 40 px, the end, and those that put each control's centre under
 * the stack's top, middle and bottom.
 */
function scrollPositions(content: HTMLElement, controls: readonly HTMLElement[]): number[] {
  const stack = stackRect();
  const range = content.scrollHeight - content.clientHeight;
  const positions = new Set<number>([range]);
  for (let y = 0; y < range; y += 40) positions.add(y);
  for (const control of controls) {
    const rect = control.getBoundingClientRect();
    const centre = rect.top + rect.height / 2 + content.scrollTop;
    for (const under of [stack.top + 8, (stack.top + stack.bottom) / 2, stack.bottom - 8])
      positions.add(Math.round(Math.min(range, Math.max(0, centre - under))));
  }
  return [...positions].sort((a, b) => a - b);
}

function describeNode(node: Element | null): string {
  if (!node) return 'nothing';
  return `${node.tagName.toLowerCase()}.${[...node.classList].join('.')} "${(node.textContent ?? '').slice(0, 30)}"`;
}

/**
 * A phone at `width`×`height` with `count` toasts up, the newest a price off the tick with its fixes,
 * and its details opened as a sheet, which the toaster has moved into and placed the stack in.
 */
async function openSheet(width: number, height: number, lng: string, count: number, details: string, fix: string) {
  await page.viewport(width, height);
  await loadExplainerOnce();
  const store = createErrorStore({ errorDuration: 'persistent', noticeDuration: 'persistent' });
  render(
    <I18nextProvider i18n={createAppI18n({ lng })}>
      <ErrorToaster store={store} position="bottom-left" />
    </I18nextProvider>,
  );
  for (const p of ['symbol', 'quantity'].slice(0, count - 1)) act(() => void store.show(missing(p)));
  const c = EXPLAINED.priceOffTick;
  act(() => void store.show(c.error, { explain: c.explain, request, onApplySuggestion: () => undefined }));
  await waitFor(() => expect(toastItems()).toHaveLength(count));
  act(() => within(toastItems()[0]!).getByRole('button', { name: details }).click());
  const sheet = await screen.findByRole('dialog');
  await waitFor(() => expect(sheet.contains(region())).toBe(true));
  await waitFor(() => expect(region()).toHaveAttribute('data-ee-edge'));
  await within(sheet).findByRole('button', { name: fix });
  await frames();
  const content = sheet.querySelector('[data-ee-details]') as HTMLElement;
  const controls = Array.from(
    sheet.querySelectorAll<HTMLElement>('button, a[href], input, textarea, select, summary'),
  ).filter((control) => !region().contains(control));
  return { sheet, content, controls };
}

/** The controls of the sheet that can be seen and are hit at their centre (`hit`), and those covered. */
function hitTest(
  sheet: Element,
  controls: readonly HTMLElement[],
  hit: Set<HTMLElement>,
  covered: string[],
  when: string,
) {
  for (const control of controls) {
    const centre = shownCentre(control, sheet);
    if (!centre) continue;
    const top = document.elementFromPoint(centre.x, centre.y);
    if (top && (top === control || control.contains(top))) hit.add(control);
    else covered.push(`"${control.textContent}" (centre ${Math.round(centre.y)}) ${when}: ${describeNode(top)}`);
  }
}

afterEach(() => {
  cleanup();
});

describe.each([
  [320, 568],
  [375, 667],
  [390, 844],
  [412, 915],
] as const)('ErrorToaster details sheet on a %i×%i phone (Chromium, touch)', (width, height) => {
  describe.each([
    ['en', 'Details', 'Copy', 'Use 12305'],
    ['zh-CN', '详情', '复制', '改用 12305'],
  ] as const)('in %s', (lng, details, copy, fix) => {
    it.each([1, 3])(
      'with %i toast(s) up, no toast covers a control of the sheet at any scroll position',
      async (count) => {
        const { sheet, content, controls } = await openSheet(width, height, lng, count, details, fix);
        // The content does scroll here, or there would be no position to put a control under the stack.
        expect(content.scrollHeight).toBeGreaterThan(content.clientHeight);
        expect(controls.map((control) => control.textContent)).toEqual(expect.arrayContaining([copy, fix]));

        // Where a person leaves focus: as the sheet put it, then on Copy, then on a fix (a focused
        // control counts as a keep-clear area: scrolled out of sight, it must not move the stack).
        const covered: string[] = [];
        const hit = new Set<HTMLElement>();
        const edges = new Set<string | undefined>();
        for (const focus of [null, copy, fix]) {
          if (focus) within(content).getByRole('button', { name: focus }).focus({ preventScroll: true });
          for (const y of scrollPositions(content, controls)) {
            content.scrollTop = y;
            // The toaster follows a scroll within a frame (keepClear.ts); what a person sees is the next.
            await frames();
            edges.add(region().dataset.eeEdge);
            hitTest(
              sheet,
              controls,
              hit,
              covered,
              `at scrollTop ${content.scrollTop}, focus on ${focus ?? 'what the sheet focused'}`,
            );
          }
        }
        expect(covered).toEqual([]);
        // Reachable: each control is where a thumb hits it at some scroll position.
        expect(controls.filter((control) => !hit.has(control)).map((c) => c.textContent)).toEqual([]);
        // And the stack stayed at one edge all along: it does not jump about as the content scrolls.
        expect(edges.size).toBe(1);
      },
    );
  });
});

describe('ErrorToaster details sheet with the stack laid out (Chromium, touch, 320×568)', () => {
  it('keeps the content out from under the laid-out toasts while focus is in them, and gives it back after', async () => {
    const { sheet, content, controls } = await openSheet(320, 568, 'en', 3, 'Details', 'Use 12305');
    const collapsed = content.clientHeight;
    const covered: string[] = [];
    const hit = new Set<HTMLElement>();
    // F8's way in: focus on the newest toast lays the stack out in full (three toasts, not one).
    act(() => toastItems()[0]!.querySelector('button')!.focus());
    await waitFor(() => expect(stackRect().height).toBeGreaterThan(2 * toastItems()[0]!.offsetHeight));
    for (const y of scrollPositions(content, controls)) {
      content.scrollTop = y;
      await frames();
      hitTest(sheet, controls, hit, covered, `at scrollTop ${content.scrollTop}, the stack laid out`);
    }
    // Close stays on its bar at the bottom, and the stack stays placed clear of it.
    const close = within(sheet).getByRole('button', { name: 'Close' });
    expect(shownCentre(close, sheet)).not.toBeNull();
    expect(hit.has(close)).toBe(true);
    expect(region()).toHaveAttribute('data-ee-edge');
    // Back to the sheet (Tab past the toasts): the stack folds and the content has its room again.
    act(() => within(content).getByRole('button', { name: 'Copy' }).focus());
    await waitFor(() => expect(content.clientHeight).toBe(collapsed));
    for (const y of scrollPositions(content, controls)) {
      content.scrollTop = y;
      await frames();
      hitTest(sheet, controls, hit, covered, `at scrollTop ${content.scrollTop}, the stack folded again`);
    }
    expect(covered).toEqual([]);
    expect(hit.size).toBeGreaterThan(0);
  });
});

describe('ErrorToaster details dialog on a laptop (Chromium, touch emulation, 1280×720)', () => {
  it('stays a centred dialog: nothing of the sheet or of the room it keeps for toasts applies', async () => {
    await page.viewport(1280, 720);
    const store = createErrorStore({ errorDuration: 'persistent' });
    render(
      <I18nextProvider i18n={createAppI18n()}>
        <ErrorToaster store={store} />
      </I18nextProvider>,
    );
    for (const p of ['symbol', 'price', 'quantity']) act(() => void store.show(missing(p), { request }));
    await waitFor(() => expect(toastItems()).toHaveLength(3));
    act(() => within(toastItems()[0]!).getByRole('button', { name: 'Details' }).click());
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog.contains(region())).toBe(true));
    await waitFor(() => expect(region()).toHaveAttribute('data-ee-edge'));
    await frames();
    const rect = dialog.getBoundingClientRect();
    expect(rect.width).toBe(34 * 16);
    expect(rect.left).toBeCloseTo((1280 - rect.width) / 2, 0);
    expect(rect.height).toBeLessThan(720);
    const content = dialog.querySelector('[data-ee-details]') as HTMLElement;
    const style = getComputedStyle(content);
    expect([style.marginTop, style.marginBottom, style.paddingTop, style.paddingBottom]).toEqual([
      '0px',
      '0px',
      '0px',
      '0px',
    ]);
    expect(style.overflowY).toBe('visible');
  });
});
