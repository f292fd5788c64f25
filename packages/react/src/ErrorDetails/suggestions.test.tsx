/**
 * ErrorDetails as a trader acts on it (issue 11): the full explanation with the symbol's numbers,
 * its fixes as buttons when the app can apply them, the raw server text kept for support.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadExplainerOnce } from '../test-support/explainer.js';
import { EXPLAINED } from '../stories-support/orders.js';
import { renderWithI18n } from '../test-support/render.js';
import { ErrorDetails } from './ErrorDetails.js';

function row(name: string) {
  return screen.getByText(name, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

const explanation = () => document.querySelector('.ee-details__explanation');

beforeAll(loadExplainerOnce);

describe('ErrorDetails explains a filter failure in full', () => {
  it.each(Object.entries(EXPLAINED))('%s: the sentence with the rule’s numbers, en and zh', async (_name, c) => {
    const { unmount } = renderWithI18n(<ErrorDetails error={c.error} explain={c.explain} />);
    await waitFor(() => expect(explanation()).toHaveTextContent(c.en));
    unmount();
    renderWithI18n(<ErrorDetails error={c.error} explain={c.explain} />, { lng: 'zh' });
    await waitFor(() => expect(explanation()).toHaveTextContent(c.zh));
  });

  it('offers the fixes as buttons when the app passes onApplySuggestion, and hands over the one clicked', async () => {
    const user = userEvent.setup();
    const onApplySuggestion = vi.fn();
    const c = EXPLAINED.priceOffTick;
    renderWithI18n(<ErrorDetails error={c.error} explain={c.explain} onApplySuggestion={onApplySuggestion} />);
    const fixes = screen.getByRole('group', { name: 'Quick fixes:' });
    expect(
      within(fixes)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Use 12305', 'Use 12310']);
    await user.click(within(fixes).getByRole('button', { name: 'Use 12310' }));
    expect(onApplySuggestion).toHaveBeenCalledWith({ field: 'price', value: '12310', label: 'Use 12310' });
  });

  it('labels the fixes in Chinese, a flag fix included', async () => {
    const user = userEvent.setup();
    const onApplySuggestion = vi.fn();
    const c = EXPLAINED.postOnly;
    renderWithI18n(<ErrorDetails error={c.error} explain={c.explain} onApplySuggestion={onApplySuggestion} />, {
      lng: 'zh',
    });
    const fixes = screen.getByRole('group', { name: '快速修改：' });
    expect(
      within(fixes)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['改用 515', '取消只做 Maker']);
    await user.click(within(fixes).getByRole('button', { name: '取消只做 Maker' }));
    expect(onApplySuggestion).toHaveBeenCalledWith({ field: 'postOnly', value: 'false', label: '取消只做 Maker' });
  });

  it('shows no buttons without onApplySuggestion, and nothing more without an explanation', () => {
    const { unmount } = renderWithI18n(
      <ErrorDetails error={EXPLAINED.priceOffTick.error} explain={EXPLAINED.priceOffTick.explain} />,
    );
    expect(explanation()).not.toBeNull();
    expect(screen.queryByRole('group')).toBeNull();
    unmount();
    renderWithI18n(<ErrorDetails error={EXPLAINED.priceOffTick.error} onApplySuggestion={() => undefined} />);
    expect(explanation()).toBeNull();
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('keeps the raw server text in the Exchange message row and in Copy, with the explanation', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const weight = {
      code: -1008,
      msg: 'Too much request weight used; current limit is 2400 request weight per 1 MINUTE. Please use the websocket for live updates to avoid polling the API.',
    };
    const { unmount } = renderWithI18n(<ErrorDetails error={weight} />, { lng: 'zh' });
    expect(document.querySelector('.ee-details__message')).toHaveTextContent('当前限制为每 1 分钟 2400 请求权重');
    expect(row('交易所原文')).toHaveTextContent('per 1 MINUTE');
    await user.click(screen.getByRole('button', { name: '复制' }));
    expect(JSON.parse(writeText.mock.calls[0]?.[0] as string)).toMatchObject({
      msg: weight.msg,
      values: { limit: '2400', intervalNum: '1', intervalUnit: 'MINUTE' },
    });
    unmount();

    const c = EXPLAINED.priceOffTick;
    renderWithI18n(<ErrorDetails error={c.error} explain={c.explain} />);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    const copied = JSON.parse(writeText.mock.calls[1]?.[0] as string);
    expect(copied).toMatchObject({
      code: -4029,
      msg: 'Tick size precision is invalid.',
      explanation: { code: -4029, key: 'priceOffTick', field: 'price', text: c.en },
    });
    expect(copied.explanation.values).toMatchObject({ price: '12306', tickSize: '5', below: '12305', above: '12310' });
  });

  it('shows a quoted parameter as code, or as the app’s label', () => {
    const missing = { code: -1102, msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." };
    const { unmount } = renderWithI18n(<ErrorDetails error={missing} />);
    expect(document.querySelector('.ee-details__message code')).toHaveTextContent(/^quantity$/);
    expect(document.querySelector('.ee-details__message')?.textContent).not.toContain('`');
    unmount();
    renderWithI18n(<ErrorDetails error={missing} fieldLabels={{ quantity: 'Quantity' }} />);
    expect(document.querySelector('.ee-details__message')).toHaveTextContent(
      'Mandatory parameter “Quantity” was not sent',
    );
  });

  it('survives hostile explain, fieldLabels and onApplySuggestion', () => {
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    renderWithI18n(
      <ErrorDetails
        error={EXPLAINED.priceOffTick.error}
        explain={throwing as never}
        fieldLabels={throwing as never}
        onApplySuggestion={'nope' as never}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
    expect(screen.queryByRole('group')).toBeNull();
  });
});
