// @vitest-environment node
/**
 * Server rendering: no window, no document. The markup must render, and hydrate in a browser-like
 * environment without React warnings.
 */
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { loadErrors } from '@exchange-errors/core';
import i18next from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ErrorDetails } from './ErrorDetails/ErrorDetails.js';
import { ErrorToast } from './ErrorToast/ErrorToast.js';
import { ErrorToaster } from './ErrorToaster/ErrorToaster.js';
import { createErrorStore } from './store/createErrorStore.js';

// One store for both renders: what the server shows is what the client starts from.
const store = createErrorStore();
store.show({ code: -1121, msg: 'Invalid symbol.' });

function app(lng: string) {
  const i18n = i18next.createInstance();
  void i18n.init({ lng, fallbackLng: 'en', resources: {}, initAsync: false, showSupportNotice: false } as never);
  void loadErrors(i18n, binanceOptionsEager);
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorToast code={-1102} params={{ param: 'quantity' }} onDismiss={() => undefined} />
      <ErrorDetails code={-2010} time={Date.UTC(2026, 0, 1)} request={{ method: 'POST', url: '/eapi/v1/order' }} />
      <ErrorToaster store={store} />
    </I18nextProvider>
  );
}

describe('server rendering', () => {
  it('renders without a window', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(app('zh'));
    expect(html).toContain('缺少必填字段');
    expect(html).toContain('订单被拒绝');
    expect(html).toContain('role="alert"');
    expect(html).toContain('aria-label="通知（F8）"');
  });

  it('has both live regions in the server markup, empty, before any error is announced', () => {
    const html = renderToString(app('en'));
    expect(html).toMatch(
      /<div role="log" aria-live="polite" aria-relevant="additions" aria-atomic="false" data-ee-live="polite"><\/div>/,
    );
    expect(html).toMatch(
      /<div role="log" aria-live="assertive" aria-relevant="additions" aria-atomic="false" data-ee-live="assertive"><\/div>/,
    );
  });

  it('hydrates without warnings', async () => {
    const html = renderToString(app('en'));
    const { Window } = await import('happy-dom');
    const window = new Window({ url: 'http://localhost/' });
    // The server's own markup, as a browser would receive it: hydration is what is under test.
    // eslint-disable-next-line no-restricted-syntax
    window.document.body.innerHTML = `<div id="root">${html}</div>`;
    const globals = [
      'window',
      'document',
      'navigator',
      'HTMLElement',
      'Node',
      'Element',
      'Event',
      'KeyboardEvent',
      'MutationObserver',
    ] as const;
    const saved = new Map<string, unknown>();
    for (const name of globals) {
      saved.set(name, (globalThis as Record<string, unknown>)[name]);
      Object.defineProperty(globalThis, name, {
        value: (window as unknown as Record<string, unknown>)[name],
        configurable: true,
        writable: true,
      });
    }
    const errors: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const { hydrateRoot } = await import('react-dom/client');
      const { act } = await import('react');
      (globalThis as Record<string, unknown>)['IS_REACT_ACT_ENVIRONMENT'] = true;
      const container = window.document.getElementById('root') as unknown as Element;
      let root: { unmount(): void } | undefined;
      await act(async () => {
        root = hydrateRoot(container, app('en'), { onRecoverableError: (error) => errors.push(error) });
      });
      expect(container.textContent).toContain('Required field missing');
      // After hydration the toaster renders into its host, right after its anchor, live regions included.
      const host = window.document.querySelector('[data-ee-toaster-host]');
      expect(host?.previousElementSibling?.hasAttribute('data-ee-toaster-anchor')).toBe(true);
      expect(host?.querySelectorAll('[data-ee-live]').length).toBe(2);
      expect(window.document.querySelectorAll('[data-ee-live]').length).toBe(2);
      await act(async () => root?.unmount());
    } finally {
      console.error = originalError;
      for (const [name, value] of saved)
        Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
      await window.happyDOM.close();
    }
    expect(errors).toEqual([]);
  });
});
