import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createErrorStore, type ErrorStore } from '../store/createErrorStore.js';
import { pick } from '../stories-support/locale.js';
import { ErrorToaster, type ErrorToasterProps } from './ErrorToaster.js';

const missing = (param: string) => ({ code: -1102, msg: `Mandatory parameter '${param}' was not sent, was empty/null, or malformed.` });

/** A toaster with its own store, filled by `fill` once; buttons to add more. */
function Demo({ fill, ...props }: ErrorToasterProps & { fill?: (store: ErrorStore) => void }) {
  const [store] = useState(() => {
    const created = createErrorStore({ errorDuration: 'persistent', noticeDuration: 'persistent' });
    fill?.(created);
    return created;
  });
  return (
    <div className="sb-frame">
      <button type="button" className="ee-button" onClick={() => store.show(missing('quantity'))}>
        Show -1102
      </button>{' '}
      <button type="button" className="ee-button" onClick={() => store.show({ code: -1008, msg: 'Too many requests queued.' })}>
        Show -1008
      </button>
      <ErrorToaster {...props} store={store} />
    </div>
  );
}

/**
 * The region that stacks toasts, newest first, with a visible limit and a queue behind it. Same code
 * and values coalesce into ×N; timers hold while hovered, focused or hidden; F8 jumps to the toasts,
 * Escape dismisses, Details opens a dialog.
 */
const meta = {
  title: 'Components/ErrorToaster',
  component: ErrorToaster,
  render: (args) => <Demo {...args} />,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ErrorToaster>;

export default meta;
type Story = StoryObj<typeof meta>;

const region = (canvasElement: HTMLElement) => within(canvasElement).getByRole('region');

export const Empty: Story = {};

export const StackOverTheLimit: Story = {
  name: 'A stack over the visible limit',
  render: (args) => <Demo {...args} fill={(store) => ['symbol', 'side', 'price', 'quantity', 'timeInForce'].forEach((p) => store.show(missing(p)))} />,
  play: async ({ canvasElement, globals }) => {
    await expect(within(region(canvasElement)).getAllByRole('alert')).toHaveLength(3);
    await expect(region(canvasElement)).toHaveTextContent(pick(globals, '2 more waiting', '另有 2 条等待显示'));
  },
};

export const DedupedBurst: Story = {
  name: 'A deduped burst with a count',
  render: (args) => <Demo {...args} fill={(store) => { for (let i = 0; i < 250; i++) store.show({ code: -1008, msg: 'Too many requests queued.' }); }} />,
  play: async ({ canvasElement }) => {
    const toasts = within(region(canvasElement)).getAllByRole('status');
    await expect(toasts).toHaveLength(1);
    await expect(toasts[0]).toHaveTextContent('×250');
  },
};

export const Persistent: Story = {
  name: 'A persistent toast',
  render: (args) => <Demo {...args} fill={(store) => store.show({ code: -6058, msg: 'MMP triggered. Please reset MMP config' }, { duration: 'persistent' })} />,
};

export const WithRetry: Story = {
  name: 'A toast with a Retry action',
  render: (args) => (
    <Demo {...args} fill={(store) => store.show({ code: -1001, msg: 'Internal error; unable to process your request. Please try again.' }, { action: { onClick: () => store.show(-1001) } })} />
  ),
  play: async ({ canvasElement, globals }) => {
    await userEvent.click(within(region(canvasElement)).getByRole('button', { name: pick(globals, 'Retry', '重试') }));
    // -1001 is a warning (it usually passes): a polite status, not an alert.
    await expect(within(region(canvasElement)).getByRole('status')).toHaveTextContent('×2');
  },
};

export const DismissWithEscape: Story = {
  render: (args) => <Demo {...args} fill={(store) => { store.show(missing('a')); store.show(missing('b')); }} />,
  play: async ({ canvasElement, globals }) => {
    const first = within(region(canvasElement)).getAllByRole('alert')[0] as HTMLElement;
    within(first).getByRole('button', { name: pick(globals, 'Dismiss', '关闭') }).focus();
    await userEvent.keyboard('{Escape}');
    await expect(within(region(canvasElement)).getAllByRole('alert')).toHaveLength(1);
    await expect(region(canvasElement)).toHaveFocus();
  },
};

export const HotkeyF8: Story = {
  name: 'F8 moves focus to the toasts',
  render: (args) => <Demo {...args} fill={(store) => store.show(missing('quantity'))} />,
  play: async ({ canvasElement, globals }) => {
    within(canvasElement).getByRole('button', { name: 'Show -1008' }).focus();
    await userEvent.keyboard('{F8}');
    await expect(within(region(canvasElement)).getByRole('button', { name: pick(globals, 'Details', '详情') })).toHaveFocus();
  },
};

export const DetailsDialog: Story = {
  name: 'Details in a dialog',
  render: (args) => <Demo {...args} fill={(store) => store.show(missing('quantity'), { context: { method: 'POST', path: '/eapi/v1/order' } })} />,
  play: async ({ canvasElement, globals }) => {
    const details = within(region(canvasElement)).getByRole('button', { name: pick(globals, 'Details', '详情') });
    await userEvent.click(details);
    // The dialog is its own chunk: the first open may wait for it to load.
    const dialog = await within(document.body).findByRole('dialog', {}, { timeout: 10_000 });
    await expect(await within(dialog).findByText('POST /eapi/v1/order', {}, { timeout: 10_000 })).toBeVisible();
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(details).toHaveFocus());
  },
};
