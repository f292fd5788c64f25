/** Renders with an app-like i18next instance: the app owns it; the kit's namespaces are added to it. */
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { loadErrors } from '@exchange-errors/core';
import { render, type RenderOptions } from '@testing-library/react';
import i18next, { type i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';

export interface AppI18nOptions {
  readonly lng?: string;
  /** Add the Options texts up front (default) or leave them to the components' lazy loading. */
  readonly withCatalog?: boolean;
  readonly resources?: Record<string, Record<string, unknown>>;
}

export function createAppI18n({ lng = 'en', withCatalog = true, resources = {} }: AppI18nOptions = {}): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng,
    fallbackLng: 'en',
    resources,
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  } as never);
  // Both languages, in memory: loadErrors adds an in-memory module's texts before it returns.
  if (withCatalog) for (const language of ['en', 'zh']) void loadErrors(instance, binanceOptionsEager, language);
  return instance;
}

export function renderWithI18n(ui: ReactElement, options: AppI18nOptions & Omit<RenderOptions, 'wrapper'> = {}) {
  const i18n = createAppI18n(options);
  const result = render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>, options);
  return { ...result, i18n };
}
