import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { createRef } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { UI_NAMESPACE } from '../i18n/strings.js';
import { renderWithI18n } from '../test-support/render.js';
import { ErrorToast } from './ErrorToast.js';

const MISSING_QTY = { code: -1102, msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." };

describe('ErrorToast', () => {
  it('shows the localized title, the message with the server’s values, and the code', () => {
    renderWithI18n(<ErrorToast error={MISSING_QTY} />);
    const toast = screen.getByRole('alert');
    expect(toast).toHaveTextContent('Required field missing');
    expect(toast).toHaveTextContent('Mandatory parameter quantity was not sent, was empty/null, or malformed.');
    // The quoted name is code, its backticks gone.
    expect(toast.querySelector('code.ee-code')).toHaveTextContent(/^quantity$/);
    expect(toast.textContent).not.toContain('`');
    expect(toast).toHaveTextContent('Error code -1102');
  });

  it('shows the same error in Chinese with the same values', () => {
    renderWithI18n(<ErrorToast error={MISSING_QTY} />, { lng: 'zh-CN' });
    const toast = screen.getByRole('alert');
    expect(toast).toHaveTextContent('缺少必填字段');
    expect(toast).toHaveTextContent('强制参数quantity未发送');
    expect(toast.querySelector('code.ee-code')).toHaveTextContent(/^quantity$/);
    expect(toast).toHaveTextContent('错误代码 -1102');
  });

  it('takes a code with params and picks the variant they fill', () => {
    renderWithI18n(<ErrorToast code={-1102} params={{ param: 'price' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Mandatory parameter price was not sent');
  });

  it('takes a code with the server’s msg', () => {
    renderWithI18n(<ErrorToast code={-1015} msg="Too many new orders; current limit is 100 orders per 10 SECOND." />, {
      lng: 'zh',
    });
    // The interval in the trader's language, not the server's "10 SECOND".
    expect(screen.getByRole('status')).toHaveTextContent('当前限制为每10 秒 100个订单');
  });

  it('announces lesser severities politely (status)', () => {
    renderWithI18n(<ErrorToast code={-1008} />);
    expect(screen.getByRole('status')).toHaveTextContent('Too many requests');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a count with an accessible label', () => {
    renderWithI18n(<ErrorToast code={-1121} count={5} />);
    expect(screen.getByRole('alert')).toHaveTextContent('×5');
    expect(screen.getByText('shown 5 times')).toBeInTheDocument();
  });

  it('runs its action, its details and its dismiss by click', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const onDismiss = vi.fn();
    const onShowDetails = vi.fn();
    renderWithI18n(
      <ErrorToast code={-1001} action={{ onClick: onRetry }} onDismiss={onDismiss} onShowDetails={onShowDetails} />,
    );
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await user.click(screen.getByRole('button', { name: 'Details' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect([onRetry, onShowDetails, onDismiss].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('dismisses with Escape while focus is inside', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    renderWithI18n(<ErrorToast code={-1121} onDismiss={onDismiss} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Dismiss' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('uses a custom action label and lets the app override kit strings', () => {
    renderWithI18n(
      <ErrorToast code={-1001} action={{ label: 'Try again', onClick: () => undefined }} onDismiss={() => undefined} />,
      {
        resources: { en: { [UI_NAMESPACE]: { dismiss: 'Close notice' } } },
      },
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close notice' })).toBeInTheDocument();
  });

  it('lets the app override a catalog text', () => {
    renderWithI18n(<ErrorToast code={-1121} />, {
      resources: { en: { binanceOptions: { codes: { '-1121': { title: 'Unknown contract' } } } } },
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Unknown contract');
  });

  it('follows a language switch with the same values', async () => {
    const { i18n } = renderWithI18n(<ErrorToast error={MISSING_QTY} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Required field missing');
    await act(() => i18n.changeLanguage('zh'));
    expect(screen.getByRole('alert')).toHaveTextContent('缺少必填字段');
    expect(screen.getByRole('alert').querySelector('code')).toHaveTextContent('quantity');
  });

  it('loads the catalog of the current language lazily when the app has not added it', async () => {
    renderWithI18n(<ErrorToast error={MISSING_QTY} />, { lng: 'zh', withCatalog: false });
    // Until the chunk arrives the server's own text stands in; then the Chinese text replaces it.
    expect(screen.getByRole('alert')).toHaveTextContent('错误代码 -1102');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('缺少必填字段'));
  });

  it('passes className, data attributes and the ref through', () => {
    const ref = createRef<HTMLDivElement>();
    renderWithI18n(
      <ErrorToast ref={ref} code={-1121} className="mine" classNames={{ title: 'my-title' }} data-testid="t" />,
    );
    expect(ref.current).toBe(screen.getByTestId('t'));
    expect(ref.current).toHaveClass('ee-toast', 'mine');
    expect(ref.current?.querySelector('.my-title')).not.toBeNull();
  });
});

describe('ErrorToast with bad input', () => {
  it.each([
    ['an unknown code', { code: -99999 }, 'Exchange error', 'The exchange returned error -99999.'],
    ['NaN', { code: Number.NaN }, 'Something went wrong', 'The request failed and no reason was given.'],
    ['no code at all', {}, 'Something went wrong', 'The request failed and no reason was given.'],
    ['a string error', { error: 'socket hang up' }, 'Something went wrong', 'The exchange said: socket hang up'],
    [
      'a fetch failure',
      { error: new TypeError('Failed to fetch') },
      'Connection problem',
      'Could not reach the exchange: the request was not sent.',
    ],
  ])('renders a sensible fallback for %s', (_label, props, title, message) => {
    renderWithI18n(<ErrorToast {...(props as object)} />);
    const toast = screen.getByRole('alert');
    expect(toast).toHaveTextContent(title);
    expect(toast).toHaveTextContent(message);
  });

  it('shows HTML and {{…}} from the server as plain text', () => {
    const msg = '<img src=x onerror="alert(1)"><b>bold</b> {{code}} $t(codes.-1121.title)';
    const { container } = renderWithI18n(<ErrorToast error={{ code: -424242, msg }} />);
    expect(screen.getByRole('alert')).toHaveTextContent(`The exchange returned error -424242: ${msg}`);
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('shows a very long message without losing it', () => {
    const msg = 'x'.repeat(5000);
    renderWithI18n(<ErrorToast error={{ code: -1, msg }} />);
    expect(screen.getByRole('alert').textContent).toContain(msg);
  });

  it('renders params with a BigInt, a cycle or a throwing getter', () => {
    const cyclic: Record<string, unknown> = { param: 'price' };
    cyclic['self'] = cyclic;
    const throwing = Object.defineProperty({ param: 'side' }, 'other', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    renderWithI18n(
      <>
        <ErrorToast code={-1102} params={{ param: 10n } as never} />
        <ErrorToast code={-1102} params={cyclic as never} />
        <ErrorToast code={-1102} params={throwing as never} />
      </>,
    );
    const [bigint, cycle, getter] = screen.getAllByRole('alert');
    expect(bigint).toHaveTextContent('Mandatory parameter 10 was not sent');
    expect(cycle).toHaveTextContent('Mandatory parameter price was not sent');
    expect(getter).toHaveTextContent('Mandatory parameter side was not sent');
  });

  it('takes classNames={null} and a partial resolved error', () => {
    renderWithI18n(
      <ErrorToast
        resolved={{ code: -1121 } as never}
        classNames={null}
        count={'7' as never}
        action={{ label: 42 as never, onClick: () => undefined }}
      />,
    );
    const toast = screen.getByRole('alert');
    expect(toast).toHaveTextContent('Invalid symbol');
    expect(toast).toHaveTextContent('Error code -1121');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it.each([
    [
      'getResource throws',
      {
        getResource: () => {
          throw new Error('x');
        },
      },
    ],
    [
      't throws',
      {
        t: () => {
          throw new Error('x');
        },
      },
    ],
    [
      'language throws',
      {
        get language(): string {
          throw new Error('x');
        },
        get resolvedLanguage(): string {
          throw new Error('x');
        },
      },
    ],
    [
      'addResourceBundle throws',
      {
        addResourceBundle: () => {
          throw new Error('x');
        },
      },
    ],
  ])('renders when the i18n instance’s %s', async (_label, hostile) => {
    const base = i18next.createInstance();
    void base.init({ lng: 'en', resources: {}, initAsync: false, showSupportNotice: false } as never);
    const i18n = Object.create(base, Object.getOwnPropertyDescriptors(hostile)) as typeof base;
    const onDismiss = vi.fn();
    // A language getter that throws fails inside react-i18next itself: the boundary's fallback shows, and React logs it.
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <I18nextProvider i18n={i18n}>
        <p>the app</p>
        <ErrorToast code={-1121} onDismiss={onDismiss} />
      </I18nextProvider>,
    );
    expect(screen.getByText('the app')).toBeInTheDocument();
    // The fallback, when needed, is its own chunk: it may take a moment.
    expect(await screen.findByRole('alert')).toHaveTextContent(/-1121/);
    screen.getByRole('button', { name: 'Dismiss' }).click();
    expect(onDismiss).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });

  it('renders a resolved error whose getters throw from its code, and keeps the app', () => {
    // React logs the first, failed render before it recovers.
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let reads = 0;
    const hostile = {
      code: -1121,
      keys: { title: 'a', message: 'b', hint: 'c' },
      severity: 'error',
      values: {},
      interpolation: {},
      get category(): string {
        reads += 1;
        if (reads > 1) throw new Error('boom');
        return 'validation';
      },
    };
    renderWithI18n(
      <>
        <p>the app</p>
        <ErrorToast resolved={hostile as never} />
      </>,
    );
    expect(screen.getByText('the app')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Invalid symbol');
    error.mockRestore();
  });
});
