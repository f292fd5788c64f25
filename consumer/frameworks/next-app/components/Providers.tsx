'use client';
/**
 * The client side of i18next (next-i18next's provider: one instance per render, so one per request
 * on the server) and the products the app talks to. Registering here runs in the browser and in the
 * server's render of client components; a Server Component has nothing to register.
 */
import { binanceOptions } from '@exchange-errors/binance-options';
import { registerCatalogs } from '@exchange-errors/react';
import type { Resource } from 'i18next';
import { I18nProvider } from 'next-i18next/client';
import type { ReactNode } from 'react';

registerCatalogs(binanceOptions);

export function Providers({
  lng,
  resources,
  children,
}: {
  readonly lng: string;
  readonly resources: Resource;
  readonly children: ReactNode;
}) {
  return (
    <I18nProvider language={lng} resources={resources} supportedLngs={['en', 'zh']} fallbackLng="en" defaultNS="app">
      {children}
    </I18nProvider>
  );
}
