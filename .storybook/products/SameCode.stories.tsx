import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ErrorToast } from '../../packages/react/src/ErrorToast/ErrorToast';
import { ErrorToaster } from '../../packages/react/src/ErrorToaster/ErrorToaster';
import { createErrorStore } from '../../packages/react/src/store/createErrorStore';
import { pick } from '../../packages/react/src/stories-support/locale';
import { axiosError, READS, SPOT_CANCEL_REPLACE_FAILED, USDM_REDUCE_ONLY } from './errors';
import { withEveryProduct } from './register';

/**
 * -2022 is a failed cancel-replace on Spot and REDUCE_ONLY_REJECT on the futures. In an app that
 * registered every product, the same code reads as each product means it once the kit knows which
 * product answered: the `product` prop or option, the request's URL (`/api/` is Spot, `/fapi/`
 * USDⓈ-M), an HTTP client error's own request URL. When nothing tells, it does not guess.
 */
const meta = {
  title: 'Products/One code, two products',
  component: ErrorToast,
  beforeEach: withEveryProduct,
} satisfies Meta<typeof ErrorToast>;

export default meta;
type Story = StoryObj<typeof meta>;

const SPOT_URL = 'https://api.binance.com/api/v3/order/cancelReplace';

/** Two toasts: Spot's answer caught as an axios error (its request URL says /api/), USDⓈ-M's with `product`. */
export const TwoToasts: Story = {
  name: '-2022 from Spot and from USDⓈ-M',
  render: () => (
    <div style={{ display: 'grid', gap: '0.75rem', maxWidth: '28rem' }}>
      <ErrorToast error={axiosError(SPOT_URL, 400, SPOT_CANCEL_REPLACE_FAILED)} data-testid="spot" />
      <ErrorToast error={USDM_REDUCE_ONLY} product="usdm" data-testid="usdm" />
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const spot = canvas.getByTestId('spot');
    const usdm = canvas.getByTestId('usdm');
    await expect(spot).toHaveTextContent(pick(globals, ...READS.spotCancelReplace.title));
    await expect(spot).toHaveTextContent(pick(globals, ...READS.spotCancelReplace.message));
    await expect(usdm).toHaveTextContent(pick(globals, ...READS.usdmReduceOnly.title));
    await expect(usdm).toHaveTextContent(pick(globals, ...READS.usdmReduceOnly.message));
    // Same code, and each carries it.
    await expect(spot).toHaveAttribute('data-code', '-2022');
    await expect(usdm).toHaveAttribute('data-code', '-2022');
    await expect(spot).not.toHaveTextContent(pick(globals, ...READS.usdmReduceOnly.title));
  },
};

/** The toaster: `showError` with each request's path as its context; Details names the product. */
export const InTheToaster: Story = {
  name: 'In the toaster, from the requests’ paths',
  render: function Render() {
    const [store] = useState(() => {
      const created = createErrorStore({ errorDuration: 'persistent', noticeDuration: 'persistent' });
      created.show(JSON.stringify(SPOT_CANCEL_REPLACE_FAILED), {
        request: {
          method: 'POST',
          url: '/api/v3/order/cancelReplace?symbol=BTCUSDT&cancelReplaceMode=STOP_ON_FAILURE',
        },
      });
      created.show(JSON.stringify(USDM_REDUCE_ONLY), {
        request: { method: 'POST', url: '/fapi/v1/order?symbol=BTCUSDT&side=SELL&reduceOnly=true' },
      });
      return created;
    });
    return (
      <div className="sb-frame">
        <ErrorToaster store={store} expand />
      </div>
    );
  },
  parameters: { layout: 'fullscreen' },
  play: async ({ canvasElement, globals }) => {
    const region = within(canvasElement).getByRole('region');
    const items = await waitFor(() => {
      const found = within(region).getAllByRole('listitem');
      expect(found).toHaveLength(2);
      return found;
    });
    const spotTitle = pick(globals, ...READS.spotCancelReplace.title);
    const usdmTitle = pick(globals, ...READS.usdmReduceOnly.title);
    const spot = items.find((item) => item.textContent?.includes(spotTitle));
    const usdm = items.find((item) => item.textContent?.includes(usdmTitle));
    await expect(spot).toBeDefined();
    await expect(usdm).toBeDefined();
    await expect(spot).not.toBe(usdm);
    await expect(spot).toHaveTextContent(pick(globals, ...READS.spotCancelReplace.message));
    await expect(usdm).toHaveTextContent(pick(globals, ...READS.usdmReduceOnly.message));
    const details = within(spot as HTMLElement).getByRole('button', { name: pick(globals, 'Details', '详情') });
    await userEvent.click(details);
    // The dialog is its own chunk: the first open may wait for it to load.
    const dialog = await within(document.body).findByRole('dialog', {}, { timeout: 10_000 });
    const term = await within(dialog).findByText(
      pick(globals, 'Product', '产品'),
      { selector: 'dt' },
      { timeout: 10_000 },
    );
    await expect(term.nextElementSibling).toHaveTextContent(pick(globals, 'Spot', '现货'));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(details).toHaveFocus());
  },
};

/** No product, no URL, several products registered: the generic text with Binance's words, no guess. */
export const CannotTell: Story = {
  name: 'Product cannot be told',
  render: () => <ErrorToast error={USDM_REDUCE_ONLY} />,
  play: async ({ canvasElement, globals }) => {
    const toast = within(canvasElement).getByRole('alert');
    await expect(toast).toHaveTextContent(pick(globals, ...READS.undecided.title));
    await expect(toast).toHaveTextContent(pick(globals, ...READS.undecided.message));
    await expect(toast).not.toHaveTextContent(pick(globals, ...READS.usdmReduceOnly.title));
  },
};
