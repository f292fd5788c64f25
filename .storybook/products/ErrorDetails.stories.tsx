import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { ErrorDetails } from '../../packages/react/src/ErrorDetails/ErrorDetails';
import { pick } from '../../packages/react/src/stories-support/locale';
import { COINM_INVALID_PAIR, PM_BORROWABLE, READS, SPOT_INSUFFICIENT, USDM_REDUCE_ONLY, type Reads } from './errors';
import { withEveryProduct } from './register';

/**
 * The details of one error of each product, in an app that registered all five: the Product row
 * names the product the error was read as (from `product`, the request's path, or the only product
 * that has the code), and says which it could be when nothing tells.
 */
const meta = {
  title: 'Products/ErrorDetails',
  component: ErrorDetails,
  args: { onCopied: fn() },
  beforeEach: withEveryProduct,
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '36rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ErrorDetails>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The value of the details' `name` row, as a person reads the list. */
function detailsRow(canvasElement: HTMLElement, name: string): HTMLElement | null {
  const term = within(canvasElement).queryByText(name, { selector: 'dt' });
  return term?.nextElementSibling instanceof HTMLElement ? term.nextElementSibling : null;
}

const reads =
  (reading: Reads, product: readonly [en: string, zh: string]): Story['play'] =>
  async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: pick(globals, ...reading.title) })).toBeVisible();
    await expect(canvasElement.querySelector('.ee-details__message')).toHaveTextContent(
      pick(globals, ...reading.message),
    );
    await expect(detailsRow(canvasElement, pick(globals, 'Product', '产品'))).toHaveTextContent(
      new RegExp(`^${pick(globals, ...product)}$`),
    );
  };

export const Spot: Story = {
  name: 'Spot -2010 (product given)',
  args: { error: SPOT_INSUFFICIENT, product: 'spot', request: { method: 'POST', url: '/api/v3/order' } },
  play: reads(READS.spotInsufficient, ['Spot', '现货']),
};

/** The request's path (`/fapi/`) names the product. */
export const UsdM: Story = {
  name: 'USDⓈ-M -2022 (from the request’s path)',
  args: {
    error: USDM_REDUCE_ONLY,
    request: { method: 'POST', url: '/fapi/v1/order?symbol=BTCUSDT&side=SELL&type=LIMIT&reduceOnly=true' },
  },
  play: reads(READS.usdmReduceOnly, ['USDⓈ-M', 'U本位合约']),
};

export const CoinM: Story = {
  name: 'COIN-M -4087 (from the request’s path)',
  args: {
    error: COINM_INVALID_PAIR,
    request: {
      method: 'GET',
      url: 'https://dapi.binance.com/dapi/v1/continuousKlines?pair=BTCUSDT&contractType=PERPETUAL&interval=1m',
    },
  },
  play: reads(READS.coinmInvalidPair, ['COIN-M', '币本位合约']),
};

/** No product, no request: only Portfolio Margin has -51006. */
export const PortfolioMargin: Story = {
  name: 'Portfolio Margin -51006 (the only product with the code)',
  args: { error: PM_BORROWABLE },
  play: reads(READS.pmBorrowable, ['Portfolio Margin', '统一账户']),
};

/**
 * Several products registered, no product, no request: -2022 means something else on Spot than on
 * the futures, so the kit does not guess. The generic text, Binance's message as sent, and the
 * products it could be from.
 */
export const CannotTell: Story = {
  name: 'Product cannot be told',
  args: { error: USDM_REDUCE_ONLY },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: pick(globals, ...READS.undecided.title) })).toBeVisible();
    await expect(canvasElement.querySelector('.ee-details__message')).toHaveTextContent(
      pick(globals, ...READS.undecided.message),
    );
    await expect(detailsRow(canvasElement, pick(globals, 'Product', '产品'))).toHaveTextContent(
      new RegExp(
        `^${pick(globals, 'could be: Spot, USDⓈ-M, COIN-M, Portfolio Margin', '可能是：现货、U本位合约、币本位合约、统一账户')}$`,
      ),
    );
    // Neither product's own words.
    await expect(canvasElement).not.toHaveTextContent(
      pick(globals, READS.usdmReduceOnly.title[0], READS.usdmReduceOnly.title[1]),
    );
    await expect(canvasElement).not.toHaveTextContent(
      pick(globals, READS.spotCancelReplace.title[0], READS.spotCancelReplace.title[1]),
    );
  },
};
