import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { ErrorToast } from '../../packages/react/src/ErrorToast/ErrorToast';
import { pick } from '../../packages/react/src/stories-support/locale';
import { COINM_INVALID_PAIR, PM_BORROWABLE, READS, SPOT_INSUFFICIENT, USDM_REDUCE_ONLY, type Reads } from './errors';
import { withEveryProduct } from './register';

/**
 * One error of each product, in an app that registered all five (`registerBinanceCatalogs(binanceOptions,
 * binanceSpot, binanceUsdm, binanceCoinm, binancePm)`): each reads as its own product means it, from
 * the `product` prop, or because only one product has the code.
 */
const meta = {
  title: 'Products/ErrorToast',
  component: ErrorToast,
  args: { onDismiss: fn() },
  beforeEach: withEveryProduct,
} satisfies Meta<typeof ErrorToast>;

export default meta;
type Story = StoryObj<typeof meta>;

const reads =
  (reading: Reads): Story['play'] =>
  async ({ canvasElement, globals }) => {
    const toast = within(canvasElement).getByRole('alert');
    await expect(toast).toHaveTextContent(pick(globals, ...reading.title));
    await expect(toast).toHaveTextContent(pick(globals, ...reading.message));
  };

/** Spot's matching-engine message under -2010 is a variant with its own title, not "Order rejected". */
export const SpotInsufficientBalance: Story = {
  name: 'Spot -2010: insufficient balance',
  args: { error: SPOT_INSUFFICIENT, product: 'spot' },
  play: reads(READS.spotInsufficient),
};

export const UsdmReduceOnly: Story = {
  name: 'USDⓈ-M -2022: REDUCE_ONLY_REJECT',
  args: { error: USDM_REDUCE_ONLY, product: 'usdm' },
  play: reads(READS.usdmReduceOnly),
};

/** -4087 is INVALID_PAIR on COIN-M, REDUCE_ONLY_ORDER_PERMISSION on USDⓈ-M and Portfolio Margin. */
export const CoinmInvalidPair: Story = {
  name: 'COIN-M -4087: INVALID_PAIR',
  args: { error: COINM_INVALID_PAIR, product: 'coinm' },
  play: reads(READS.coinmInvalidPair),
};

/** No product given: -51006 is Portfolio Margin's alone, so the kit reads it as Portfolio Margin's. */
export const PortfolioMarginOnly: Story = {
  name: 'Portfolio Margin -51006, a code only it has',
  args: { error: PM_BORROWABLE },
  play: reads(READS.pmBorrowable),
};
