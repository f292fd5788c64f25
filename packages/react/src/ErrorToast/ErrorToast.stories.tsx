import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { pick } from '../stories-support/locale.js';
import { EXPLAINED, type ExplainedCase } from '../stories-support/orders.js';
import { ErrorToast } from './ErrorToast.js';

/**
 * One error, as a trader sees it: a localized title, Binance's message with the server's values,
 * the code, and the actions. Errors announce as `role="alert"`, warnings and notices as `role="status"`.
 */
const meta = {
  title: 'Components/ErrorToast',
  component: ErrorToast,
  args: { onDismiss: fn() },
  argTypes: {
    code: { control: 'number', description: 'A Binance code; known codes autocomplete, any number works.' },
    error: { control: 'object', description: 'Anything `resolveBinanceError` accepts.' },
    count: { control: { type: 'number', min: 1 } },
  },
  parameters: { docs: { description: { component: 'Shows one Binance Options error in the app’s language.' } } },
} satisfies Meta<typeof ErrorToast>;

export default meta;
type Story = StoryObj<typeof meta>;

/* Each category of the taxonomy -------------------------------------------------------------- */

export const Network: Story = {
  args: { error: { code: -1001, msg: 'Internal error; unable to process your request. Please try again.' } },
};
export const RateLimit: Story = { args: { error: { code: -1008, msg: 'Too many requests queued.' } } };
export const Auth: Story = { args: { error: { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' } } };
export const Timestamp: Story = {
  args: { error: { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' } },
};
export const Validation: Story = { args: { error: { code: -1121, msg: 'Invalid symbol.' } } };
export const Order: Story = { args: { error: { code: -2010, msg: 'NEW_ORDER_REJECTED' } } };
export const Funds: Story = { args: { error: { code: -2018, msg: 'Balance is insufficient.' } } };
export const Position: Story = { args: { error: { code: -5010, msg: "User doesn't have enough position to sell" } } };
export const Account: Story = { args: { error: { code: -5008, msg: 'User kyc not pass' } } };
export const MarketMakerProtection: Story = {
  args: { error: { code: -6058, msg: 'MMP triggered. Please reset MMP config' } },
};
export const RequestForQuote: Story = { args: { error: { code: -6020, msg: 'Quote expired' } } };
export const Internal: Story = {
  args: { error: { code: -1000, msg: 'An unknown error occurred while processing the request.' } },
};
export const Info: Story = { args: { error: { code: -6035, msg: 'No need to change.' } } };

/* Did the order go through? ------------------------------------------------------------------ */

/** A 5xx: Binance says the execution status is unknown. Not the red "refused" look, never "try again". */
export const OutcomeUnknown: Story = {
  name: 'Outcome unknown (HTTP 503)',
  args: {
    error: {
      status: 503,
      body: '{"code":-1001,"msg":"Internal error; unable to process your request. Please try again."}',
    },
  },
  play: async ({ canvasElement, globals }) => {
    const toast = within(canvasElement).getByRole('alert');
    await expect(toast).toHaveAttribute('data-outcome', 'unknown');
    await expect(toast).toHaveTextContent(pick(globals, 'Result unknown', '结果未知'));
    await expect(toast).toHaveTextContent(pick(globals, 'May have gone through', '可能已执行'));
    await expect(toast).not.toHaveTextContent(/try again|请再试/i);
  },
};

export const OutcomeTimeout: Story = {
  name: 'Outcome unknown (timeout)',
  args: { error: { name: 'TimeoutError', message: 'The operation timed out.' } },
};

export const OutcomeNotSent: Story = {
  name: 'Not sent (offline)',
  args: { error: new TypeError('Failed to fetch') },
  play: async ({ canvasElement, globals }) => {
    const toast = within(canvasElement).getByRole('alert');
    await expect(toast).toHaveAttribute('data-outcome', 'notSent');
    await expect(toast).toHaveTextContent(pick(globals, 'the request was not sent', '请求未发出'));
  },
};

export const ServerAddition: Story = {
  name: 'Binance text with the server’s addition',
  args: { error: { code: -2015, msg: 'Invalid API-key, IP, or permissions for action, request ip: 203.0.113.7' } },
};

/* Messages with values ------------------------------------------------------------------------ */

export const MissingParameter: Story = {
  args: { error: { code: -1102, msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." } },
  play: async ({ canvasElement, globals }) => {
    const toast = within(canvasElement).getByRole('alert');
    // The quoted name is code, its backticks gone.
    await expect(toast.querySelector('.ee-toast__message code')).toHaveTextContent(/^quantity$/);
    await expect(toast.textContent).not.toContain('`');
    await expect(toast).toHaveTextContent(pick(globals, 'Required field missing', '缺少必填字段'));
  },
};

/** The app's own labels for parameter names: `fieldLabels={{ quantity: 'Quantity' }}` (or 数量). */
export const MissingParameterLabelled: Story = {
  name: 'Missing parameter, with the app’s field label',
  args: {
    error: { code: -1102, msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." },
    fieldLabels: { quantity: 'Quantity' },
  },
  render: (args, { globals }) => <ErrorToast {...args} fieldLabels={{ quantity: pick(globals, 'Quantity', '数量') }} />,
  play: async ({ canvasElement, globals }) => {
    const toast = within(canvasElement).getByRole('alert');
    await expect(toast).toHaveTextContent(
      pick(globals, 'Mandatory parameter “Quantity” was not sent', '强制参数“数量”未发送'),
    );
  },
};

export const WeightLimit: Story = {
  args: {
    error: {
      code: -1008,
      msg: 'Too much request weight used; current limit is 2400 request weight per 1 MINUTE. Please use the websocket for live updates to avoid polling the API.',
    },
  },
  play: async ({ canvasElement, globals }) => {
    const toast = within(canvasElement).getByRole('status');
    // The server says "1 MINUTE"; the trader reads it in their language.
    await expect(toast).toHaveTextContent(
      pick(globals, 'current limit is 2400 request weight per 1 minute.', '当前限制为每 1 分钟 2400 请求权重'),
    );
    await expect(toast).not.toHaveTextContent('MINUTE');
  },
};

export const IpBanned: Story = {
  args: {
    error: {
      code: -1008,
      msg: 'Way too much request weight used; IP banned until 1767225600000. Please use the websocket for live updates to avoid bans.',
    },
  },
  play: async ({ canvasElement, globals }) => {
    // A local date-time and how long is left, not the server's millisecond timestamp.
    const toast = within(canvasElement).getByRole('status');
    await expect(toast).not.toHaveTextContent('1767225600000');
    await expect(toast).toHaveTextContent(pick(globals, '2026', '2026年'));
    await expect(toast).toHaveTextContent(pick(globals, 'IP banned until', 'IP被禁止，直到'));
  },
};

export const FromCodeAndParams: Story = {
  name: 'From a code and params',
  args: { code: -1102, params: { param: 'price' } },
};

/* Fallbacks and odd input --------------------------------------------------------------------- */

export const UnknownCode: Story = {
  args: { error: { code: -9999, msg: 'A brand-new error the document does not list yet.' } },
  play: async ({ canvasElement, globals }) => {
    const toast = within(canvasElement).getByRole('alert');
    await expect(toast).toHaveTextContent('-9999');
    await expect(toast).toHaveTextContent(pick(globals, 'The exchange returned error -9999', '交易所返回错误 -9999'));
  },
};

export const RawPayload: Story = {
  name: 'Raw payload (an axios error)',
  args: {
    error: {
      name: 'AxiosError',
      message: 'Request failed with status code 400',
      response: { status: 400, data: '{"code":-4004,"msg":"Quantity less than min quantity."}' },
    },
  },
};

export const HtmlFromAProxy: Story = {
  name: 'HTML error page from a proxy',
  args: { error: { status: 502, data: '<html><body><h1>502 Bad Gateway</h1></body></html>' } },
};

export const HostileText: Story = {
  name: 'HTML and {{…}} in the server text',
  args: { error: { code: -31337, msg: '<img src=x onerror=alert(1)> <b>bold</b> {{code}}' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      '<img src=x onerror=alert(1)> <b>bold</b> {{code}}',
    );
    await expect(canvasElement.querySelector('img, b')).toBeNull();
  },
};

export const VeryLongMessage: Story = {
  args: {
    error: {
      code: -6056,
      msg: 'Reduce-only order failed. Your new reduce-only order, when combined with existing same-side open orders, would flip your position and cause insufficient margin. Please cancel those open orders and try again.',
    },
    style: { maxWidth: '26rem' },
  },
};

/* Actions and keyboard ------------------------------------------------------------------------ */

export const WithRetry: Story = {
  args: {
    error: { code: -1001, msg: 'Internal error; unable to process your request. Please try again.' },
    action: { onClick: fn() },
    onShowDetails: fn(),
  },
  play: async ({ canvasElement, args, globals }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: pick(globals, 'Retry', '重试') }));
    await expect(args.action?.onClick).toHaveBeenCalledTimes(1);
  },
};

export const Counted: Story = {
  args: { error: { code: -1015, msg: 'Too many new orders.' }, count: 12 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('×12');
  },
};

export const DismissWithEscape: Story = {
  args: { code: -2013 },
  play: async ({ canvasElement, args, globals }) => {
    const dismiss = within(canvasElement).getByRole('button', { name: pick(globals, 'Dismiss', '关闭通知') });
    dismiss.focus();
    await userEvent.keyboard('{Escape}');
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
  },
};

/* Odd props ----------------------------------------------------------------------------------- */

const cyclic: Record<string, unknown> = { param: 'quantity' };
cyclic['self'] = cyclic;

/**
 * Odd props render, they do not throw: `params` with a BigInt or a cycle, `classNames={null}`, a
 * partial `resolved` object.
 */
export const OddProps: Story = {
  name: 'Odd props',
  render: (args) => (
    <div style={{ display: 'grid', gap: '0.5rem', maxWidth: '26rem' }}>
      <ErrorToast {...args} code={-1102} params={{ param: 10n } as never} />
      <ErrorToast {...args} code={-1102} params={cyclic as never} classNames={null} />
      <ErrorToast {...args} resolved={{ code: -1121 } as never} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const toasts = within(canvasElement).getAllByRole('alert');
    await expect(toasts).toHaveLength(3);
    await expect(toasts[0]?.querySelector('code')).toHaveTextContent(/^10$/);
    await expect(toasts[1]?.querySelector('code')).toHaveTextContent(/^quantity$/);
    await expect(toasts[2]).toHaveTextContent('-1121');
  },
};

/* Explained filter failures ------------------------------------------------------------------- */

/** A story for one explained code: the toast as the toaster shows it, with the sentence asserted in en and zh. */
function explained(c: ExplainedCase, name: string): Story {
  return {
    name,
    args: { error: c.error, explain: c.explain, style: { maxWidth: '26rem' } },
    play: async ({ canvasElement, globals }) => {
      const toast = canvasElement.querySelector('[data-ee-toast]');
      // The product's rules are a chunk of their own, loaded the first time a toast has context.
      await waitFor(() =>
        expect(toast?.querySelector('[data-ee-explanation]')).toHaveTextContent(pick(globals, c.en, c.zh)),
      );
      // The exchange's own text stays above it.
      await expect(toast?.querySelector('.ee-toast__message')?.textContent).not.toBe('');
    },
  };
}

export const PriceOffTick = explained(EXPLAINED.priceOffTick, 'Explained: price off the tick (-4029)');
export const QuantityOffStep = explained(EXPLAINED.quantityOffStep, 'Explained: quantity off the step (-4030)');
export const PricePrecision = explained(EXPLAINED.precision, 'Explained: too many decimals, price (-1111)');
export const QuantityPrecision = explained(
  EXPLAINED.quantityPrecision,
  'Explained: too many decimals, quantity (-1111)',
);
export const PriceBelowMin = explained(EXPLAINED.priceBelowMin, 'Explained: price under the minimum (-4013)');
export const PriceAboveMax = explained(EXPLAINED.priceAboveMax, 'Explained: price over the maximum (-4002)');
export const QuantityBelowMin = explained(EXPLAINED.quantityBelowMin, 'Explained: quantity under the minimum (-4004)');
export const QuantityAboveMax = explained(EXPLAINED.quantityAboveMax, 'Explained: quantity over the maximum (-4005)');
export const PriceBelowZero = explained(EXPLAINED.priceNegative, 'Explained: price below zero (-4001)');
export const QuantityBelowZero = explained(EXPLAINED.quantityNegative, 'Explained: quantity below zero (-4003)');
export const SingleOrderMax = explained(EXPLAINED.orderMax, 'Explained: over the single-order maximum (-6054)');
export const FillOrKill = explained(EXPLAINED.fillOrKill, 'Explained: fill-or-kill not filled (-6046)');
export const PostOnly = explained(EXPLAINED.postOnly, 'Explained: post-only would trade (-6047)');
export const RejectedWithCause = explained(
  EXPLAINED.rejectedWithCause,
  'Explained: NEW_ORDER_REJECTED with its cause (-2010)',
);

/** `showHint`: what to do next, under the message (off by default; the details always show it). */
export const WithHint: Story = {
  name: 'With the hint (showHint)',
  args: {
    error: EXPLAINED.quantityBelowMin.error,
    explain: EXPLAINED.quantityBelowMin.explain,
    showHint: true,
    style: { maxWidth: '26rem' },
  },
  play: async ({ canvasElement, globals }) => {
    const toast = canvasElement.querySelector('[data-ee-toast]');
    await expect(toast?.querySelector('.ee-toast__hint')?.textContent).toBeTruthy();
    await waitFor(() =>
      expect(toast?.querySelector('[data-ee-explanation]')).toHaveTextContent(
        pick(globals, EXPLAINED.quantityBelowMin.en, EXPLAINED.quantityBelowMin.zh),
      ),
    );
  },
};
