/**
 * The stylesheet as the toaster brings it (no styles.css imported here), on a desktop with a mouse
 * and no keep-clear areas: the touch-and-placement chunk and its rules are not loaded at all.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { createErrorStore } from '../store/createErrorStore.js';
import { createAppI18n } from '../test-support/render.js';
import { ErrorToaster } from './ErrorToaster.js';

afterEach(() => cleanup());

describe('ErrorToaster’s injected stylesheet on a desktop (Chromium)', () => {
  it('carries no touch or keep-clear rules, and the toast keeps its compact buttons', async () => {
    await page.viewport(1280, 720);
    const store = createErrorStore({ errorDuration: 'persistent' });
    render(
      <I18nextProvider i18n={createAppI18n({ lng: 'en' })}>
        <ErrorToaster store={store} />
      </I18nextProvider>,
    );
    act(() => void store.show({ code: -1121, msg: 'Invalid symbol.' }));
    const toast = await screen.findByRole('group', { name: 'Invalid symbol' });
    expect(document.querySelector('style[data-ee-styles=""]')).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(document.querySelector('style[data-ee-styles="touch"]')).toBeNull();
    expect(within(toast).getByRole('button', { name: 'Dismiss' }).getBoundingClientRect().height).toBeLessThan(32);
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('touchAndPlacement'))).toBe(
      false,
    );
  });
});
