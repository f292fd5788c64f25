import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { expect, fn, userEvent, within } from 'storybook/test';
import { createAppI18n } from '../test-support/render.js';
import { pick } from '../stories-support/locale.js';
import { EXPLAINED } from '../stories-support/orders.js';
import { ErrorDetails } from './ErrorDetails.js';

/**
 * Everything support needs about one error: texts, code and name, category, whether retrying can
 * help, the raw server message when it differs, time, request, a docs link in the current language,
 * and Copy for a support-ready JSON.
 */
const meta = {
  title: 'Components/ErrorDetails',
  component: ErrorDetails,
  args: { onCopied: fn() },
  argTypes: { time: { control: 'date' } },
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

const MISSING = { code: -1102, msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." };

export const Full: Story = {
  args: {
    error: MISSING,
    time: Date.UTC(2026, 10, 24, 9, 30, 12),
    request: { method: 'POST', url: '/eapi/v1/order' },
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { name: pick(globals, 'Required field missing', '缺少必填字段') }),
    ).toBeVisible();
    await expect(canvas.getByText('POST /eapi/v1/order')).toBeVisible();
    const link = canvas.getByRole('link', { name: new RegExp(pick(globals, 'Learn more', '了解更多')) });
    await expect(link.getAttribute('href')).toContain(pick(globals, '/docs/derivatives/', '/docs/zh-CN/derivatives/'));
  },
};

export const Minimal: Story = { args: { code: -2010 } };

/** A 5xx with a Binance body: the result is unknown; the code's own message is kept below. */
export const OutcomeUnknown: Story = {
  name: 'Outcome unknown (HTTP 503)',
  args: {
    error: {
      status: 503,
      body: '{"code":-1001,"msg":"Internal error; unable to process your request. Please try again."}',
    },
    time: Date.UTC(2026, 10, 24, 9, 30, 12),
    request: { method: 'POST', url: '/eapi/v1/order' },
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: pick(globals, 'Result unknown', '结果未知') })).toBeVisible();
    await expect(
      canvas.getByText(
        pick(
          globals,
          'unknown: it may have gone through, check your open orders',
          '未知：可能已被执行，请查看当前委托',
        ),
      ),
    ).toBeVisible();
    await expect(canvas.getByText(pick(globals, 'will not help on its own', '单独重试无效'))).toBeVisible();
  },
};

export const ServerAddition: Story = {
  name: 'Binance text with the server’s addition',
  args: { error: { code: -2015, msg: 'Invalid API-key, IP, or permissions for action, request ip: 203.0.113.7' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('request ip: 203.0.113.7')).toBeVisible();
  },
};

export const WithoutACode: Story = {
  name: 'Without a code (network failure)',
  args: { error: { name: 'TypeError', message: 'Failed to fetch' } },
};

export const Copy: Story = {
  args: {
    error: MISSING,
    time: Date.UTC(2026, 10, 24, 9, 30, 12),
    request: { method: 'POST', url: '/eapi/v1/order' },
  },
  play: async ({ canvasElement, args, globals }) => {
    const writeText = fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: pick(globals, 'Copy', '复制') }));
    await expect(await canvas.findByRole('status')).toHaveTextContent(pick(globals, 'Copied', '已复制'));
    const copied = JSON.parse(String(writeText.mock.calls[0]?.[0])) as Record<string, unknown>;
    await expect(copied).toMatchObject({
      code: -1102,
      name: 'MANDATORY_PARAM_EMPTY_OR_MALFORMED',
      values: { param: 'quantity' },
    });
    await expect(args.onCopied).toHaveBeenCalledTimes(1);
  },
};

export const CopyRefused: Story = {
  name: 'Copy refused by the browser',
  args: { code: -1121 },
  play: async ({ canvasElement, globals }) => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
      configurable: true,
    });
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: pick(globals, 'Copy', '复制') }));
    await expect(await canvas.findByRole('textbox')).toBeVisible();
  },
};

const SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
const API_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';

/**
 * A signed order request as the client had it: the request line and Copy say `[redacted]` for the
 * signature and the API key header (and any key, secret, signature or token field of the query,
 * body or headers).
 */
export const SignedRequest: Story = {
  name: 'A signed request, secrets redacted',
  args: {
    error: MISSING,
    time: Date.UTC(2026, 10, 24, 9, 30, 12),
    request: {
      method: 'POST',
      url: `/eapi/v1/order?symbol=BTC-261225-100000-C&side=BUY&type=LIMIT&quantity=0.1&price=500&timestamp=1764000000000&signature=${SIGNATURE}`,
      headers: { 'X-MBX-APIKEY': API_KEY },
    },
  },
  play: async ({ canvasElement, globals }) => {
    const writeText = fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/signature=\[redacted\]/)).toBeVisible();
    await expect(canvasElement.textContent).not.toContain(SIGNATURE);
    await userEvent.click(canvas.getByRole('button', { name: pick(globals, 'Copy', '复制') }));
    const copied = String(writeText.mock.calls[0]?.[0]);
    await expect(copied).not.toContain(SIGNATURE);
    await expect(copied).not.toContain(API_KEY);
    await expect(JSON.parse(copied).request.headers).toEqual({ 'X-MBX-APIKEY': '[redacted]' });
  },
};

/** An app whose i18next language is `en_US` (or `zh_TW`, `''`): the tag is normalized, nothing throws. */
export const OddLanguageTag: Story = {
  name: 'An i18next language of en_US',
  args: { error: MISSING, time: Date.UTC(2026, 10, 24, 9, 30, 12) },
  render: function Render(args) {
    const [i18n] = useState(() => createAppI18n({ lng: 'en_US' }));
    return (
      <I18nextProvider i18n={i18n}>
        <ErrorDetails {...args} />
      </I18nextProvider>
    );
  },
  play: async ({ canvasElement }) => {
    const details = canvasElement.querySelector('[data-ee-details]');
    await expect(details?.getAttribute('lang')).toMatch(/^en(-US)?$/);
    await expect(within(canvasElement).getByText(/2026/)).toBeVisible();
  },
};

/**
 * A filter failure explained with the symbol's rules, and its fixes as buttons: the app passes
 * `explain` (the order, the symbol's exchangeInfo entry, the book) and `onApplySuggestion`.
 */
export const WithSuggestions: Story = {
  name: 'Explained, with fixes as buttons',
  args: {
    error: EXPLAINED.priceOffTick.error,
    explain: EXPLAINED.priceOffTick.explain,
    onApplySuggestion: fn(),
    time: Date.UTC(2026, 10, 24, 9, 30, 12),
    request: { method: 'POST', url: '/eapi/v1/order' },
  },
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText(pick(globals, EXPLAINED.priceOffTick.en, EXPLAINED.priceOffTick.zh)),
    ).toBeVisible();
    const fixes = canvas.getByRole('group', { name: pick(globals, 'Quick fixes:', '快速修改：') });
    await userEvent.click(within(fixes).getByRole('button', { name: pick(globals, 'Use 12305', '改用 12305') }));
    await expect(args.onApplySuggestion).toHaveBeenCalledWith({
      field: 'price',
      value: '12305',
      label: pick(globals, 'Use 12305', '改用 12305'),
    });
    // The exchange's own words stay for support (the message in English, the Exchange message row in Chinese).
    await expect(canvasElement.textContent).toContain('Tick size precision is invalid.');
  },
};

/** Post-only against the book: a price fix and a flag fix. */
export const WithFlagSuggestion: Story = {
  name: 'Explained post-only, a price and a flag fix',
  args: { error: EXPLAINED.postOnly.error, explain: EXPLAINED.postOnly.explain, onApplySuggestion: fn() },
  play: async ({ canvasElement, globals }) => {
    const fixes = await within(canvasElement).findByRole('group');
    await expect(
      within(fixes)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([pick(globals, 'Use 515', '改用 515'), pick(globals, 'Turn off post-only', '取消只做 Maker')]);
  },
};

/** -1008 with the limit's interval: the message says "1 minute" / "1 分钟"; the raw text stays in its row. */
export const ValuesInTheTradersLanguage: Story = {
  name: 'Values in the trader’s language (-1008)',
  args: {
    error: {
      code: -1008,
      msg: 'Too much request weight used; current limit is 2400 request weight per 1 MINUTE. Please use the websocket for live updates to avoid polling the API.',
    },
  },
  play: async ({ canvasElement, globals }) => {
    await expect(canvasElement.querySelector('.ee-details__message')).toHaveTextContent(
      pick(globals, 'per 1 minute', '每 1 分钟'),
    );
    await expect(within(canvasElement).getByText(/per 1 MINUTE/, { selector: 'dd' })).toBeVisible();
  },
};
