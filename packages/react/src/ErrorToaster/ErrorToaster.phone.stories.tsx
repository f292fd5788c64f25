import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createErrorStore, type ErrorStore } from '../store/createErrorStore.js';
import { pick } from '../stories-support/locale.js';
import { ErrorToaster } from './ErrorToaster.js';

const missing = (param: string) => ({
  code: -1102,
  msg: `Mandatory parameter '${param}' was not sent, was empty/null, or malformed.`,
});

/** The phone sizes the demo's end-to-end tests run at, as Storybook viewports. */
const PHONES = {
  phone320: { name: 'Phone 320 × 568', styles: { width: '320px', height: '568px' }, type: 'mobile' },
  phone375: { name: 'Phone 375 × 667', styles: { width: '375px', height: '667px' }, type: 'mobile' },
  phone390: { name: 'Phone 390 × 844', styles: { width: '390px', height: '844px' }, type: 'mobile' },
  phone412: { name: 'Phone 412 × 915', styles: { width: '412px', height: '915px' }, type: 'mobile' },
} as const;

/** A trading screen on a phone: a Buy/Sell bar and a bottom navigation, both marked keep-clear. */
function Phone({ lng, fill }: { lng: 'en' | 'zh'; fill: (store: ErrorStore) => void }) {
  const [store] = useState(() => {
    const created = createErrorStore({ errorDuration: 'persistent', noticeDuration: 'persistent' });
    fill(created);
    return created;
  });
  const words = (en: string, zh: string) => (lng === 'zh' ? zh : en);
  return (
    <div className="sb-phone">
      <h1>{words('Order ticket', '下单')}</h1>
      <p>{words('BTC-261225-100000-C, limit order', 'BTC-261225-100000-C，限价单')}</p>
      <div className="sb-phone__bar" data-ee-keep-clear="">
        <button type="button" className="ee-button ee-button--primary">
          {words('Buy', '买入')}
        </button>
        <button type="button" className="ee-button ee-button--primary">
          {words('Sell', '卖出')}
        </button>
      </div>
      <nav className="sb-phone__nav" aria-label={words('Screens', '页面')} data-ee-keep-clear="">
        <a href="#trade">{words('Trade', '交易')}</a>
        <a href="#log">{words('Error log', '错误日志')}</a>
      </nav>
      <ErrorToaster store={store} position="bottom-left" />
    </div>
  );
}

/**
 * The toaster on a phone: the stack takes the screen's width within the offsets and safe areas, and
 * goes where the app's keep-clear areas (`data-ee-keep-clear`: here the Buy/Sell bar and the bottom
 * navigation) leave room, the top edge here. On a touch screen (DevTools' device mode), Dismiss and
 * Details are 44 × 44 px and a sideways swipe dismisses a toast; Storybook's pointer is a mouse.
 */
const meta = {
  title: 'Components/ErrorToaster/On a phone',
  component: ErrorToaster,
  parameters: { layout: 'fullscreen', viewport: { options: PHONES } },
} satisfies Meta<typeof ErrorToaster>;

export default meta;
type Story = StoryObj<typeof meta>;

const threeErrors = (store: ErrorStore) => ['symbol', 'price', 'quantity'].forEach((p) => store.show(missing(p)));

function topmost(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return element.contains(document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2));
}

function keepClearStory(viewport: keyof typeof PHONES): Story {
  return {
    name: `${PHONES[viewport].name}: clear of the Buy/Sell bar and the navigation`,
    globals: { viewport: { value: viewport, isRotated: false } },
    render: (_args, { globals }) => <Phone lng={globals['locale'] === 'zh' ? 'zh' : 'en'} fill={threeErrors} />,
    play: async ({ canvasElement, globals }) => {
      const canvas = within(canvasElement);
      // Hidden until placed (the keep-clear chunk may still be on its way).
      const region = await canvas.findByRole('region', { name: pick(globals, 'Notifications (F8)', '通知（F8）') });
      await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(3), { timeout: 10_000 });
      // Placed once the keep-clear chunk is in: a real module load, seconds on a busy machine.
      await waitFor(() => expect(region).toHaveAttribute('data-ee-edge', 'top'), { timeout: 10_000 });
      for (const name of [pick(globals, 'Buy', '买入'), pick(globals, 'Sell', '卖出')])
        await expect(topmost(canvas.getByRole('button', { name }))).toBe(true);
      await expect(topmost(canvas.getByRole('link', { name: pick(globals, 'Error log', '错误日志') }))).toBe(true);
      // The screen's width within the offsets; never wider than the screen.
      await expect(region.getBoundingClientRect().width).toBeGreaterThan(window.innerWidth - 2 * 16 - 1);
      await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    },
  };
}

export const KeepClear320 = keepClearStory('phone320');
export const KeepClear375 = keepClearStory('phone375');
export const KeepClear390 = keepClearStory('phone390');
export const KeepClear412 = keepClearStory('phone412');

/** Details as a sheet the height of the screen: Close at the bottom; toasts that come meanwhile stay clear of it. */
export const DetailsSheet: Story = {
  name: 'Phone 320 × 568: the details sheet',
  globals: { viewport: { value: 'phone320', isRotated: false } },
  render: (_args, { globals }) => <Phone lng={globals['locale'] === 'zh' ? 'zh' : 'en'} fill={threeErrors} />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const region = await canvas.findByRole('region', { name: pick(globals, 'Notifications (F8)', '通知（F8）') });
    await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(3));
    const front = within(region).getAllByRole('listitem')[0] as HTMLElement;
    await userEvent.click(within(front).getByRole('button', { name: pick(globals, 'Details', '详情') }));
    // The details chunk loads on the click: seconds on a busy machine.
    const dialog = await within(document.body).findByRole('dialog', {}, { timeout: 10_000 });
    await waitFor(() => expect(dialog.contains(region)).toBe(true));
    const sheet = dialog.getBoundingClientRect();
    await expect([sheet.left, sheet.top, sheet.width, sheet.height]).toEqual([0, 0, 320, 568]);
    await expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);
    const close = within(dialog).getByRole('button', { name: pick(globals, 'Close', '关闭') });
    await expect(close.getBoundingClientRect().bottom).toBeGreaterThan(568 - 80);
    await waitFor(() => expect(topmost(close)).toBe(true));
  },
};
