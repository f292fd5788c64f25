/**
 * The stylesheet as the toaster brings it (no styles.css imported here, unlike the other browser
 * tests): on a touch screen, the touch-and-placement chunk adds its share of the rules right after
 * the toaster's own, with the same CSP nonce, so the phone layout holds without styles.css.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { createErrorStore } from '../store/createErrorStore.js';
import { createAppI18n } from '../test-support/render.js';
import { ErrorToaster } from './ErrorToaster.js';

afterEach(() => cleanup());

describe('ErrorToaster’s injected stylesheet on a touch screen (Chromium, touch)', () => {
  it('adds the touch rules after its own, with the nonce: 44 px targets, full width, clear of a marked bar', async () => {
    await page.viewport(390, 844);
    const store = createErrorStore({ errorDuration: 'persistent' });
    render(
      <I18nextProvider i18n={createAppI18n({ lng: 'en' })}>
        <div data-ee-keep-clear="" style={{ position: 'fixed', left: 0, right: 0, bottom: 0, height: 120 }}>
          <button type="button">Buy</button>
        </div>
        <ErrorToaster store={store} nonce="n0nce" />
      </I18nextProvider>,
    );
    act(() => void store.show({ code: -1121, msg: 'Invalid symbol.' }));
    const toast = await screen.findByRole('group', { name: 'Invalid symbol' });
    await waitFor(() => expect(document.querySelector('style[data-ee-styles="touch"]')).not.toBeNull());
    const main = document.querySelector<HTMLStyleElement>('style[data-ee-styles=""]');
    const touch = document.querySelector<HTMLStyleElement>('style[data-ee-styles="touch"]');
    expect(main?.nextElementSibling).toBe(touch);
    expect(touch?.nonce).toBe('n0nce');
    const dismiss = within(toast).getByRole('button', { name: 'Dismiss' }).getBoundingClientRect();
    expect(dismiss.width).toBeGreaterThanOrEqual(44);
    expect(dismiss.height).toBeGreaterThanOrEqual(44);
    const region = screen.getByRole('region', { name: 'Notifications (F8)' });
    await waitFor(() => expect(region).toHaveAttribute('data-ee-edge', 'top'));
    expect(region.getBoundingClientRect().width).toBeGreaterThan(390 - 2 * 16 - 1);
  });
});
