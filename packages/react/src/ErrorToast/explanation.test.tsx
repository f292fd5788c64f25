/**
 * The toast as a trader acts on it (issue 11): the rule behind a filter failure with the symbol's
 * numbers, values in the trader's language, quoted names as code, and the hint on request.
 */
import { screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExplainerOnce } from '../test-support/explainer.js';
import { EXPLAINED, symbolInfo } from '../stories-support/orders.js';
import { renderWithI18n } from '../test-support/render.js';
import { ErrorToast } from './ErrorToast.js';

const WEIGHT = {
  code: -1008,
  msg: 'Too much request weight used; current limit is 2400 request weight per 1 MINUTE. Please use the websocket for live updates to avoid polling the API.',
};
const BAN_UNTIL = Date.UTC(2026, 0, 1, 0, 0, 0);
const BAN = {
  code: -1008,
  msg: `Way too much request weight used; IP banned until ${BAN_UNTIL}. Please use the websocket for live updates to avoid bans.`,
};
const MISSING_QTY = { code: -1102, msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." };

function explanationOf(toast: Element | null) {
  return toast?.querySelector('[data-ee-explanation]') ?? null;
}

/** The toast, whatever its role (FOK and post-only refusals are warnings: `status`). */
const theToast = () => document.querySelector('[data-ee-toast]');

beforeAll(loadExplainerOnce);

describe('ErrorToast explains a filter failure with the symbol’s own rules', () => {
  it.each(Object.entries(EXPLAINED))('%s, in English and in Chinese', async (_name, c) => {
    // The rules are a chunk of their own, loaded the first time a toast has context.
    const { unmount } = renderWithI18n(<ErrorToast error={c.error} explain={c.explain} />);
    await waitFor(() => expect(explanationOf(theToast())).toHaveTextContent(c.en));
    unmount();
    renderWithI18n(<ErrorToast error={c.error} explain={c.explain} />, { lng: 'zh-CN' });
    await waitFor(() => expect(explanationOf(theToast())).toHaveTextContent(c.zh));
  });

  it('keeps the exchange’s own message above the explanation, on one line of its own', () => {
    renderWithI18n(<ErrorToast error={EXPLAINED.priceOffTick.error} explain={EXPLAINED.priceOffTick.explain} />);
    const toast = screen.getByRole('alert');
    expect(toast.querySelector('.ee-toast__message')).toHaveTextContent('Tick size precision is invalid.');
    expect(toast.querySelectorAll('.ee-toast__explanation')).toHaveLength(1);
    expect(explanationOf(toast)).toHaveAttribute('data-ee-explanation', 'priceOffTick');
    // No buttons in the toast for fixes: they are in the details.
    expect(screen.queryByRole('button', { name: /Use 12305/ })).toBeNull();
  });

  it('shows nothing more without context, when the context does not show the rule failing, or for a code it cannot explain', () => {
    const { container } = renderWithI18n(
      <>
        <ErrorToast error={EXPLAINED.priceOffTick.error} />
        <ErrorToast
          error={EXPLAINED.priceOffTick.error}
          explain={{ order: { price: '12305', quantity: '1' }, symbolInfo: symbolInfo() }}
        />
        <ErrorToast error={{ code: -2018, msg: 'Balance is insufficient.' }} explain={EXPLAINED.priceOffTick.explain} />
      </>,
    );
    expect(container.querySelector('[data-ee-explanation]')).toBeNull();
  });

  it('survives a hostile explain context: throwing getters, Proxies, wrong types', () => {
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
      <>
        <ErrorToast error={EXPLAINED.priceOffTick.error} explain={throwing as never} />
        <ErrorToast error={EXPLAINED.priceOffTick.error} explain={{ order: throwing, symbolInfo: throwing } as never} />
        <ErrorToast error={EXPLAINED.priceOffTick.error} explain={'12306' as never} fieldLabels={throwing as never} />
      </>,
    );
    for (const toast of screen.getAllByRole('alert'))
      expect(toast).toHaveTextContent('Tick size precision is invalid.');
  });

  it('follows a language switch with the same numbers', async () => {
    const { i18n } = renderWithI18n(
      <ErrorToast error={EXPLAINED.postOnly.error} explain={EXPLAINED.postOnly.explain} />,
    );
    expect(explanationOf(theToast())).toHaveTextContent(EXPLAINED.postOnly.en);
    await i18n.changeLanguage('zh');
    await waitFor(() => expect(explanationOf(theToast())).toHaveTextContent(EXPLAINED.postOnly.zh));
  });

  it('takes the app’s own wording of a sentence', () => {
    renderWithI18n(<ErrorToast error={EXPLAINED.priceOffTick.error} explain={EXPLAINED.priceOffTick.explain} />, {
      resources: { en: { binanceOptions: { explain: { priceOffTick: 'Tick is {{tickSize}}; try {{below}}.' } } } },
    });
    expect(explanationOf(theToast())).toHaveTextContent('Tick is 5; try 12305.');
  });
});

describe('ErrorToast shows values in the trader’s language', () => {
  it('reads a rate-limit interval as “1 minute” / “1 分钟”, never “MINUTE”', () => {
    const { unmount } = renderWithI18n(<ErrorToast error={WEIGHT} />);
    expect(screen.getByRole('status')).toHaveTextContent('current limit is 2400 request weight per 1 minute.');
    expect(screen.getByRole('status')).not.toHaveTextContent('MINUTE');
    unmount();
    renderWithI18n(<ErrorToast error={WEIGHT} />, { lng: 'zh' });
    expect(screen.getByRole('status')).toHaveTextContent('当前限制为每 1 分钟 2400 请求权重');
    expect(screen.getByRole('status')).not.toHaveTextContent('MINUTE');
  });

  it('reads a ban end as a local date-time plus the time left, not a millisecond timestamp', () => {
    renderWithI18n(<ErrorToast error={BAN} />);
    const toast = screen.getByRole('status');
    expect(toast).not.toHaveTextContent(String(BAN_UNTIL));
    expect(toast).toHaveTextContent(/IP banned until \w{3} \d{1,2}, 20(25|26), .+ \((in|\d).*\)/);
  });

  it('shows a quoted parameter as code without backticks, or as the app’s own label', () => {
    const { unmount } = renderWithI18n(<ErrorToast error={MISSING_QTY} />);
    const toast = screen.getByRole('alert');
    expect(toast.querySelector('.ee-toast__message code')).toHaveTextContent(/^quantity$/);
    expect(toast.textContent).not.toMatch(/[`']quantity[`']/);
    unmount();
    renderWithI18n(<ErrorToast error={MISSING_QTY} fieldLabels={{ quantity: '数量' }} />, { lng: 'zh' });
    const zh = screen.getByRole('alert');
    expect(zh).toHaveTextContent('强制参数“数量”未发送');
    expect(zh.querySelector('.ee-toast__message code')).toBeNull();
  });

  it('before its catalog arrives, shows the server’s own text with its names as code all the same', async () => {
    renderWithI18n(
      <ErrorToast
        error={{ code: -1102, msg: 'Mandatory parameter `quantity` was not sent, was empty/null, or malformed.' }}
      />,
      { lng: 'zh', withCatalog: false },
    );
    const toast = screen.getByRole('alert');
    expect(toast.textContent).not.toContain('`');
    expect(toast.querySelector('code')).toHaveTextContent('quantity');
    await waitFor(() => expect(toast).toHaveTextContent('强制参数quantity未发送'));
  });
});

describe('ErrorToast showHint', () => {
  it('is off by default and shows the code’s hint when on', () => {
    const { unmount } = renderWithI18n(<ErrorToast error={MISSING_QTY} />);
    expect(screen.getByRole('alert')).not.toHaveTextContent('Fill in the missing field and try again.');
    unmount();
    renderWithI18n(<ErrorToast error={MISSING_QTY} showHint />, { lng: 'en' });
    expect(screen.getByRole('alert').querySelector('.ee-toast__hint')).toHaveTextContent(
      'Fill in the missing field and try again.',
    );
  });

  it('shows the hint in Chinese, with its class name', () => {
    renderWithI18n(<ErrorToast error={MISSING_QTY} showHint classNames={{ hint: 'my-hint' }} />, { lng: 'zh' });
    expect(screen.getByRole('alert').querySelector('.ee-toast__hint.my-hint')).toHaveTextContent(
      '请补全缺少的字段后重试。',
    );
  });
});
