/**
 * The toaster with a product whose catalog and texts come in parts (Options' lazy module): each
 * error fetches its own code's part of the texts, also once the kit has put another part into the
 * app's instance, and once the whole texts are in, no part is fetched any more.
 */
import { binanceOptions } from '@exchange-errors/binance-options';
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import type { Language, ProductModule } from '@exchange-errors/core';
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerCatalogs } from '../catalogs/registry.js';
import { preloadRegisteredTexts } from '../catalogs/texts.js';
import { createErrorStore } from '../store/createErrorStore.js';
import { renderWithI18n } from '../test-support/render.js';
import { ErrorToaster } from './ErrorToaster.js';

afterEach(() => {
  cleanup();
  registerCatalogs(binanceOptionsEager);
});

function spied(): ProductModule {
  const module: ProductModule = {
    ...binanceOptions,
    loadTexts: vi.fn((language: Language) => binanceOptions.loadTexts(language)),
    loadTextsPart: vi.fn((language: Language, part: number) => binanceOptions.loadTextsPart!(language, part)),
  };
  registerCatalogs(module);
  return module;
}

describe('texts in parts', () => {
  it('a second error of another part gets its own title (the instance already holds the first part)', async () => {
    const module = spied();
    const store = createErrorStore({ errorDuration: 'persistent' });
    const { i18n } = renderWithI18n(<ErrorToaster store={store} prefetch={false} />, { withCatalog: false });
    act(() => void store.show({ code: -1121, msg: 'Invalid symbol.' }));
    expect(await screen.findByText('Invalid symbol', {}, { timeout: 5000 })).toBeInTheDocument();
    act(() => void store.show({ code: -1100, msg: 'Illegal characters found in a parameter.' }));
    expect(await screen.findByText('Illegal characters in a field', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(
      vi
        .mocked(module.loadTextsPart!)
        .mock.calls.map(([, part]) => part)
        .sort(),
    ).toEqual([1121 % 8, 1100 % 8]);
    expect(module.loadTexts).not.toHaveBeenCalled();
    // The app's instance holds both parts' titles (the kit adds texts as they grow).
    expect(i18n.getResource('en', 'binanceOptions', 'codes.-1100.title')).toBe('Illegal characters in a field');
  });

  it('once the whole texts are in, an error of a part not loaded fetches nothing more', async () => {
    const module = spied();
    await preloadRegisteredTexts(() => 'en');
    const store = createErrorStore({ errorDuration: 'persistent' });
    renderWithI18n(<ErrorToaster store={store} prefetch={false} />, { withCatalog: false });
    act(() => void store.show({ code: -1100, msg: 'Illegal characters found in a parameter.' }));
    expect(await screen.findByText('Illegal characters in a field', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(module.loadTexts).toHaveBeenCalledTimes(1);
    expect(module.loadTextsPart).not.toHaveBeenCalled();
  });
});
