import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { pick } from '../stories-support/locale.js';
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

export const Network: Story = { args: { error: { code: -1001, msg: 'Internal error; unable to process your request. Please try again.' } } };
export const RateLimit: Story = { args: { error: { code: -1008, msg: 'Too many requests queued.' } } };
export const Auth: Story = { args: { error: { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' } } };
export const Timestamp: Story = { args: { error: { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' } } };
export const Validation: Story = { args: { error: { code: -1121, msg: 'Invalid symbol.' } } };
export const Order: Story = { args: { error: { code: -2010, msg: 'NEW_ORDER_REJECTED' } } };
export const Funds: Story = { args: { error: { code: -2018, msg: 'Balance is insufficient.' } } };
export const Position: Story = { args: { error: { code: -5010, msg: "User doesn't have enough position to sell" } } };
export const Account: Story = { args: { error: { code: -5008, msg: 'User kyc not pass' } } };
export const MarketMakerProtection: Story = { args: { error: { code: -6058, msg: 'MMP triggered. Please reset MMP config' } } };
export const RequestForQuote: Story = { args: { error: { code: -6020, msg: 'Quote expired' } } };
export const Internal: Story = { args: { error: { code: -1000, msg: 'An unknown error occurred while processing the request.' } } };
export const Info: Story = { args: { error: { code: -6035, msg: 'No need to change.' } } };

/* Did the order go through? ------------------------------------------------------------------ */

/** A 5xx: Binance says the execution status is unknown. Not the red "refused" look, never "try again". */
export const OutcomeUnknown: Story = {
  name: 'Outcome unknown (HTTP 503)',
  args: { error: { status: 503, body: '{"code":-1001,"msg":"Internal error; unable to process your request. Please try again."}' } },
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
    await expect(toast).toHaveTextContent('`quantity`');
    await expect(toast).toHaveTextContent(pick(globals, 'Required field missing', '缺少必填字段'));
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
    await expect(toast).toHaveTextContent('2400');
    // The server's `1 MINUTE`, in the trader's words.
    await expect(toast).toHaveTextContent(pick(globals, '1 minute', '1 分钟'));
  },
};

export const IpBanned: Story = {
  args: {
    error: {
      code: -1008,
      msg: 'Way too much request weight used; IP banned until 1767225600000. Please use the websocket for live updates to avoid bans.',
    },
  },
  play: async ({ canvasElement }) => {
    // The ban's end as a local date-time with the time left, not the server's millisecond timestamp.
    const toast = within(canvasElement).getByRole('status');
    await expect(toast).toHaveTextContent('2026');
    await expect(toast).not.toHaveTextContent('1767225600000');
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
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('<img src=x onerror=alert(1)> <b>bold</b> {{code}}');
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
  args: { error: { code: -1001, msg: 'Internal error; unable to process your request. Please try again.' }, action: { onClick: fn() }, onShowDetails: fn() },
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
    const dismiss = within(canvasElement).getByRole('button', { name: pick(globals, 'Dismiss', '关闭') });
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
    await expect(toasts[0]).toHaveTextContent('`10`');
    await expect(toasts[1]).toHaveTextContent('`quantity`');
    await expect(toasts[2]).toHaveTextContent('-1121');
  },
};
