/**
 * How a toast and the details show whether the order went through, in real Chromium with the
 * shipped stylesheet: an unknown outcome is told apart from a refusal by its own colour and edge and
 * by its words, in English and Chinese, light and dark; it never says "try again".
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorDetails } from '../ErrorDetails/ErrorDetails.js';
import '../styles.css';
import { createAppI18n } from '../test-support/render.js';
import { ErrorToast } from './ErrorToast.js';

const UNKNOWN = {
  status: 503,
  body: '{"code":-1001,"msg":"Internal error; unable to process your request. Please try again."}',
};
const REFUSED = { status: 400, body: '{"code":-1121,"msg":"Invalid symbol."}' };

function renderIn(lng: string, theme: 'light' | 'dark', ui: ReactNode) {
  return render(
    <div data-theme={theme}>
      <I18nextProvider i18n={createAppI18n({ lng })}>{ui}</I18nextProvider>
    </div>,
  );
}

const edge = (element: Element) => {
  const style = getComputedStyle(element);
  return { color: style.borderLeftColor, style: style.borderLeftStyle };
};

afterEach(() => cleanup());

describe.each([
  [
    'en',
    'light',
    'Result unknown',
    'May have gone through',
    'unknown: it may have gone through, check your open orders',
  ],
  ['zh-CN', 'dark', '结果未知', '可能已执行', '未知：可能已被执行，请查看当前委托'],
] as const)('outcome in %s, %s theme', (lng, theme, title, chip, row) => {
  it('an unknown outcome looks and reads unlike a refusal', () => {
    renderIn(
      lng,
      theme,
      <>
        <ErrorToast error={UNKNOWN} data-testid="unknown" />
        <ErrorToast error={REFUSED} data-testid="refused" />
      </>,
    );
    const unknown = screen.getByTestId('unknown');
    const refused = screen.getByTestId('refused');
    expect(unknown).toHaveAttribute('data-outcome', 'unknown');
    expect(refused).toHaveAttribute('data-outcome', 'rejected');
    expect(unknown).toHaveTextContent(title);
    expect(unknown).toHaveTextContent(chip);
    expect(unknown).not.toHaveTextContent(/try again|请再试|请稍后重试/i);
    const a = edge(unknown);
    const b = edge(refused);
    expect(a.color).not.toBe(b.color);
    expect(a.style).toBe('dashed');
    expect(b.style).toBe('solid');
  });

  it('the details say so too, with the code’s own message kept', () => {
    renderIn(lng, theme, <ErrorDetails error={UNKNOWN} />);
    expect(screen.getByRole('heading', { name: title })).toBeVisible();
    expect(screen.getByText(row)).toBeVisible();
    expect(screen.getByText('Internal error; unable to process your request. Please try again.')).toBeVisible();
  });
});
