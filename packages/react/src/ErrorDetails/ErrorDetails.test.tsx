import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../test-support/render.js';
import { ErrorDetails } from './ErrorDetails.js';

const MISSING_QTY = { code: -1102, msg: "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." };
const TIME = Date.UTC(2026, 10, 24, 9, 30, 0);

function row(name: string) {
  const term = screen.getByText(name, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

describe('ErrorDetails', () => {
  it('shows everything support needs, in English', () => {
    renderWithI18n(
      <ErrorDetails error={MISSING_QTY} time={TIME} request={{ method: 'POST', url: '/eapi/v1/order' }} />,
    );
    const region = screen.getByRole('region', { name: 'Required field missing' });
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent('Required field missing');
    expect(region).toHaveTextContent('Mandatory parameter quantity was not sent');
    expect(region).toHaveTextContent('Fill in the missing field and try again.');
    expect(row('Error code')).toHaveTextContent('-1102 · MANDATORY_PARAM_EMPTY_OR_MALFORMED');
    expect(row('Category')).toHaveTextContent('Invalid request');
    expect(row('Retrying')).toHaveTextContent('will not help on its own');
    expect(row('Request')).toHaveTextContent('POST /eapi/v1/order');
    expect(within(row('Time')).getByText(/2026/)).toHaveAttribute('datetime', '2026-11-24T09:30:00.000Z');
    const link = screen.getByRole('link', { name: /Learn more about error -1102/ });
    expect(link).toHaveAttribute(
      'href',
      'https://developers.binance.com/docs/derivatives/options-trading/error-code#-1102-mandatory_param_empty_or_malformed',
    );
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // The server quoted the value differently from the document: its raw text is shown as sent.
    expect(row('Exchange message')).toHaveTextContent("Mandatory parameter 'quantity' was not sent");
  });

  it('does not repeat the server message when it is the localized message', () => {
    renderWithI18n(<ErrorDetails error={{ code: -1121, msg: 'Invalid symbol.' }} />);
    expect(screen.getByText('Invalid symbol.')).toBeInTheDocument();
    expect(screen.queryByText('Exchange message')).toBeNull();
  });

  it('shows the Chinese texts, the raw server message, and the Chinese docs page', () => {
    renderWithI18n(<ErrorDetails error={MISSING_QTY} />, { lng: 'zh-CN' });
    expect(screen.getByRole('heading', { name: '缺少必填字段' })).toBeInTheDocument();
    expect(row('交易所原文')).toHaveTextContent("Mandatory parameter 'quantity' was not sent");
    expect(row('类别')).toHaveTextContent('无效请求');
    expect(screen.getByRole('link', { name: /了解更多：币安文档中的错误 -1102/ })).toHaveAttribute(
      'href',
      expect.stringContaining('/docs/zh-CN/'),
    );
  });

  it('renders minimal details for a bare code', () => {
    renderWithI18n(<ErrorDetails code={-2010} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Order rejected' })).toBeInTheDocument();
    expect(screen.queryByText('Time')).toBeNull();
    expect(screen.queryByText('Request')).toBeNull();
  });

  it('renders a fallback without a code, link or name', () => {
    renderWithI18n(<ErrorDetails error={{ status: 502, data: '<html>Bad gateway</html>' }} />);
    expect(screen.getByRole('heading', { name: 'Result unknown' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'The exchange answered HTTP 502 without confirming the result: the request may have gone through.',
      ),
    ).toBeInTheDocument();
    expect(row('Retrying')).toHaveTextContent('will not help on its own');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('copies a support-ready JSON and announces "Copied"', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const onCopied = vi.fn();
    renderWithI18n(
      <ErrorDetails
        error={MISSING_QTY}
        time={TIME}
        request={{ method: 'POST', url: '/eapi/v1/order' }}
        onCopied={onCopied}
      />,
      { lng: 'zh' },
    );
    await user.click(screen.getByRole('button', { name: '复制' }));
    expect(await screen.findByRole('status')).toHaveTextContent('已复制');
    const copied = JSON.parse(writeText.mock.calls[0]?.[0] as string);
    expect(copied).toEqual({
      product: 'options',
      code: -1102,
      name: 'MANDATORY_PARAM_EMPTY_OR_MALFORMED',
      outcome: 'rejected',
      msg: MISSING_QTY.msg,
      variant: 'param',
      values: { param: 'quantity' },
      category: 'validation',
      httpStatus: null,
      time: '2026-11-24T09:30:00.000Z',
      language: 'zh',
      request: { method: 'POST', url: '/eapi/v1/order' },
    });
    expect(onCopied).toHaveBeenCalledWith(writeText.mock.calls[0]?.[0]);
  });

  it('says when copying failed and offers the text selected for manual copy', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
      configurable: true,
    });
    renderWithI18n(<ErrorDetails code={-1121} />);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Copy failed');
    const text = screen.getByRole('textbox', { name: 'Details for support' }) as HTMLTextAreaElement;
    expect(JSON.parse(text.value)).toMatchObject({ code: -1121, name: 'BAD_SYMBOL' });
  });

  it('keeps HTML from the server as text', () => {
    const { container } = renderWithI18n(<ErrorDetails error={{ code: -1121, msg: '<script>alert(1)</script>' }} />);
    expect(row('Exchange message')).toHaveTextContent('<script>alert(1)</script>');
    expect(container.querySelector('script')).toBeNull();
  });

  it('ignores an invalid time', () => {
    renderWithI18n(<ErrorDetails code={-1121} time={Number.NaN} />);
    expect(screen.queryByText('Time')).toBeNull();
  });

  it('copies and shows a signed order request without its signature or API key', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const signature = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
    const apiKey = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
    const request = {
      method: 'POST',
      url: `/eapi/v1/order?symbol=BTC-261225-100000-C&side=BUY&type=LIMIT&quantity=0.1&price=500&timestamp=1764000000000&signature=${signature}`,
      headers: { 'X-MBX-APIKEY': apiKey },
      body: { listenKey: 'pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1' },
    };
    const { container } = renderWithI18n(<ErrorDetails error={MISSING_QTY} request={request} />);
    expect(row('Request')).toHaveTextContent(
      'POST /eapi/v1/order?symbol=BTC-261225-100000-C&side=BUY&type=LIMIT&quantity=0.1&price=500&timestamp=1764000000000&signature=[redacted]',
    );
    expect(container.textContent).not.toContain(signature);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    const text = writeText.mock.calls[0]?.[0] as string;
    expect(text).not.toContain(signature);
    expect(text).not.toContain(apiKey);
    expect(text).not.toContain('pqia91ma');
    expect(JSON.parse(text).request).toEqual({
      method: 'POST',
      url: '/eapi/v1/order?symbol=BTC-261225-100000-C&side=BUY&type=LIMIT&quantity=0.1&price=500&timestamp=1764000000000&signature=[redacted]',
      headers: { 'X-MBX-APIKEY': '[redacted]' },
      body: { listenKey: '[redacted]' },
    });
  });

  it.each(['en_US', 'zh_TW', '', 'x-klingon'])('formats the time with the i18next language %j', (lng) => {
    renderWithI18n(<ErrorDetails code={-1121} time={TIME} />, { lng });
    expect(screen.getByText(/2026/)).toHaveAttribute('datetime', '2026-11-24T09:30:00.000Z');
  });

  it('takes classNames={null}, a partial resolved error, odd params and an odd request', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    renderWithI18n(
      <ErrorDetails
        resolved={{ code: -2010 } as never}
        classNames={null}
        params={{ x: 1n } as never}
        request={cyclic as never}
        headingLevel={9 as never}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Order rejected' })).toBeInTheDocument();
    expect(screen.queryByText('Request')).toBeNull();
  });
});
