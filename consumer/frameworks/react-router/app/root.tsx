/**
 * The document and the toaster, once, beside the routes. The products the app talks to are
 * registered as the app loads, on the server and in the browser.
 */
import { binanceOptions } from '@exchange-errors/binance-options';
import { ErrorToaster, registerCatalogs } from '@exchange-errors/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Links, Meta, Outlet, Scripts, ScrollRestoration } from 'react-router';

registerCatalogs(binanceOptions);

export function Layout({ children }: { readonly children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <html lang={i18n.resolvedLanguage ?? 'en'}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="data:," />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return (
    <>
      <Outlet />
      <ErrorToaster />
    </>
  );
}
