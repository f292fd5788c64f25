/**
 * The language in a cookie (no language in the path): a Server Component root layout rendered on
 * every request, in the language the proxy read from the request. The toaster is placed here too.
 */
import { ErrorToaster } from '@exchange-errors/react';
import type { ReactNode } from 'react';
import { Providers } from '../../components/Providers';
import { cookieI18n } from '../../i18n/server';

export default async function Layout({ children }: { readonly children: ReactNode }) {
  const { i18n, lng } = await cookieI18n.getT('app');
  return (
    <html lang={lng}>
      <body>
        <Providers lng={lng} resources={cookieI18n.getResources(i18n, ['app'])}>
          {children}
          <ErrorToaster />
        </Providers>
      </body>
    </html>
  );
}
