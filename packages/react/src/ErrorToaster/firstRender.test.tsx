/**
 * The first error of a page, shown before the toaster's controller is in (an error as the app
 * mounts). The controller waits for the catalog and texts fetched beside it, so the toast's first
 * render is the finished one; when they are later than a moment, the toast shows what is in hand
 * and the title follows. The test setup has loaded the toaster already (as an app that preloads
 * it): each test here loads a fresh copy of the kit's modules, as a page that has not.
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
  /** Options as its lazy module, its catalog and its texts each held until the test lets it go. */
  const held = () => {
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    return { gate, open };
  };
  const catalog = held();
  const texts = held();
  registerCatalogs({
    ...binanceOptions,
    loadCatalog: () => catalog.gate.then(() => binanceOptions.loadCatalog()),
    loadTexts: (language: Language) => texts.gate.then(() => binanceOptions.loadTexts(language)),
  });
  render(
    <I18nextProvider i18n={createAppI18n({ lng: 'en', withCatalog: false })}>
      <ErrorToaster />
    </I18nextProvider>,
  );
  /** Every text a toast had, from the first one on. */
  const seen = new Set<string>();
  const region = screen.getByRole('region');
  const watch = new MutationObserver(() => {
    for (const toast of Array.from(region.querySelectorAll('[data-ee-toast]'))) seen.add(toast.textContent ?? '');
  });
  watch.observe(region, { subtree: true, childList: true, characterData: true });
  const done = () => {
    watch.disconnect();
    cleanup();
  };
  // The controller's module, as the toaster's own import gets it (the same fresh copy).
  const controllerArrived = () => import('./ToasterController.js');
  return {
    catalog: catalog.open,
    texts: texts.open,
    showError,
    controllerLoaded,
    controllerArrived,
    screen,
    seen,
    done,
  };
}

const GENERIC = /Rejected by the exchange/;

describe('the first toast of a page', () => {
  it('renders finished when the catalog and texts come just after the controller: no provisional title', async () => {
    const page = await freshPage();
    expect(page.controllerLoaded()).toBe(false);
    page.showError({ code: -1121, msg: 'Invalid symbol.' });
    await page.controllerArrived();
    // The controller is in; the catalog, then the texts, a moment later, as three chunks evaluated in
    // turn come. Without the wait, the toast would show once the catalog is in, with a generic title.
    page.catalog();
    await new Promise((resolve) => setTimeout(resolve, 20));
    page.texts();
    expect(await page.screen.findByText('Invalid symbol', {}, { timeout: 3000 })).toBeVisible();
    expect(page.seen.size).toBeGreaterThan(0);
    for (const text of page.seen) expect(text).not.toMatch(GENERIC);
    page.done();
  });

  it('shows what is in hand when the texts are later than that, then the title', async () => {
    const page = await freshPage();
    page.showError({ code: -1121, msg: 'Invalid symbol.' });
    // The store waits for the catalog (it says which error this is); the texts may come after the toast.
    page.catalog();
    await page.controllerArrived();
    // Past the grace period (100 ms; the idle prefetch would end the wait only at 1.5 s), the toast is
    // up without its texts: a generic title and the exchange's words.
    expect(await page.screen.findByText(GENERIC, {}, { timeout: 1000 })).toBeVisible();
    expect(page.screen.getByText('Invalid symbol.')).toBeVisible();
    page.texts();
    expect(await page.screen.findByText('Invalid symbol', {}, { timeout: 3000 })).toBeVisible();
    expect(page.screen.queryByText(GENERIC)).toBeNull();
    page.done();
  });
});
