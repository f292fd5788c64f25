/**
 * The first error of a page, shown before the toaster's controller is in (an error as the app
 * mounts): the controller waits for the catalog and texts fetched beside it, so the toast's first
 * render is the finished one, not a provisional title replaced a moment later. The test setup has
 * loaded the toaster already (as an app that preloads it): this test loads a fresh copy of the kit,
 * and of React with it, as a page that has not.
 */
import type { Language } from '@exchange-errors/core';
import { describe, expect, it, vi } from 'vitest';

async function freshPage() {
  vi.resetModules();
  const [{ binanceOptions }, { registerCatalogs }, { showError }, { controllerLoaded }, { ErrorToaster }] =
    await Promise.all([
      import('@exchange-errors/binance-options'),
      import('../catalogs/registry.js'),
      import('../store/showError.js'),
      import('./lazyList.js'),
      import('./ErrorToaster.js'),
    ]);
  const [{ render, screen, cleanup }, { I18nextProvider }, { createAppI18n }] = await Promise.all([
    import('@testing-library/react'),
    import('react-i18next'),
    import('../test-support/render.js'),
  ]);
  return {
    binanceOptions,
    registerCatalogs,
    showError,
    controllerLoaded,
    ErrorToaster,
    render,
    screen,
    cleanup,
    I18nextProvider,
    createAppI18n,
  };
}

const later = <T,>(ms: number, load: () => Promise<T>) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms)).then(load);

describe('the first toast of a page', () => {
  it('renders finished: no provisional title when the catalog and texts come with the controller', async () => {
    const {
      binanceOptions,
      registerCatalogs,
      showError,
      controllerLoaded,
      ErrorToaster,
      render,
      screen,
      cleanup,
      I18nextProvider,
      createAppI18n,
    } = await freshPage();
    expect(controllerLoaded()).toBe(false);
    // Options as its lazy module, its chunks a little slower than the controller's.
    registerCatalogs({
      ...binanceOptions,
      loadCatalog: () => later(30, () => binanceOptions.loadCatalog()),
      loadTexts: (language: Language) => later(40, () => binanceOptions.loadTexts(language)),
    });
    render(
      <I18nextProvider i18n={createAppI18n({ lng: 'en', withCatalog: false })}>
        <ErrorToaster />
      </I18nextProvider>,
    );
    const seen = new Set<string>();
    const region = screen.getByRole('region');
    const watch = new MutationObserver(() => {
      for (const toast of Array.from(region.querySelectorAll('[data-ee-toast]'))) seen.add(toast.textContent ?? '');
    });
    watch.observe(region, { subtree: true, childList: true, characterData: true });
    showError({ code: -1121, msg: 'Invalid symbol.' });
    expect(await screen.findByText('Invalid symbol', {}, { timeout: 3000 })).toBeVisible();
    watch.disconnect();
    expect(seen.size).toBeGreaterThan(0);
    // The generic title a provisional toast shows ("Rejected by the exchange") never appeared.
    for (const text of seen) expect(text).not.toMatch(/Rejected by the exchange/);
    cleanup();
  });
});
