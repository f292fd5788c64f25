import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
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
    expect(toast).toHaveTextContent('Mandatory parameter `quantity` was not sent, was empty/null, or malformed.');
    expect(toast).toHaveTextContent('Error code -1102');
  });

  it('shows the same error in Chinese with the same values', () => {
    renderWithI18n(<ErrorToast error={MISSING_QTY} />, { lng: 'zh-CN' });
    const toast = screen.getByRole('alert');
    expect(toast).toHaveTextContent('缺少必填字段');
    expect(toast).toHaveTextContent('强制参数`quantity`未发送');
    expect(toast).toHaveTextContent('错误代码 -1102');
  });

  it('takes a code with params and picks the variant they fill', () => {
    renderWithI18n(<ErrorToast code={-1102} params={{ param: 'price' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Mandatory parameter `price` was not sent');
  });

  it('takes a code with the server’s msg', () => {
    renderWithI18n(<ErrorToast code={-1015} msg="Too many new orders; current limit is 100 orders per 10 SECOND." />, { lng: 'zh' });
    expect(screen.getByRole('status')).toHaveTextContent('当前限制为每10 SECOND 100个订单');
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
    renderWithI18n(<ErrorToast code={-1001} action={{ onClick: onRetry }} onDismiss={onDismiss} onShowDetails={onShowDetails} />);
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
    renderWithI18n(<ErrorToast code={-1001} action={{ label: 'Try again', onClick: () => undefined }} onDismiss={() => undefined} />, {
      resources: { en: { [UI_NAMESPACE]: { dismiss: 'Close notice' } } },
    });
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close notice' })).toBeInTheDocument();
  });

  it('lets the app override a catalog text', () => {
    renderWithI18n(<ErrorToast code={-1121} />, { resources: { en: { binanceOptions: { codes: { '-1121': { title: 'Unknown contract' } } } } } });
    expect(screen.getByRole('alert')).toHaveTextContent('Unknown contract');
  });

  it('follows a language switch with the same values', async () => {
    const { i18n } = renderWithI18n(<ErrorToast error={MISSING_QTY} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Required field missing');
    await act(() => i18n.changeLanguage('zh'));
    expect(screen.getByRole('alert')).toHaveTextContent('缺少必填字段');
    expect(screen.getByRole('alert')).toHaveTextContent('`quantity`');
  });

  it('loads the catalog of the current language lazily when the app has not added it', async () => {
    renderWithI18n(<ErrorToast error={MISSING_QTY} />, { lng: 'zh', withCatalog: false });
    // Until the chunk arrives the server's own text stands in; then the Chinese text replaces it.
    expect(screen.getByRole('alert')).toHaveTextContent('错误代码 -1102');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('缺少必填字段'));
  });

  it('passes className, data attributes and the ref through', () => {
    const ref = createRef<HTMLDivElement>();
    renderWithI18n(<ErrorToast ref={ref} code={-1121} className="mine" classNames={{ title: 'my-title' }} data-testid="t" />);
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
    ['a fetch failure', { error: new TypeError('Failed to fetch') }, 'Connection problem', 'Could not reach the exchange: the request was not sent.'],
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
});
