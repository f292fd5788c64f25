/**
 * The language in the path: a Server Component root layout. The toaster is placed here, in server
 * code, inside the client provider; every language's page is prerendered at build time.
 */
import { ErrorToaster } from '@exchange-errors/react';
import type { ReactNode } from 'react';
import { Providers } from '../../components/Providers';
import { pathI18n } from '../../i18n/server';

export function generateStaticParams() {
  return pathI18n.generateI18nStaticParams();
}

export default async function Layout({
  children,
  params,
}: {
  readonly children: ReactNode;
  readonly params: Promise<{ lng: string }>;
}) {
  const { lng } = await params;
  const { i18n } = await pathI18n.getT('app', { lng });
  return (
    <html lang={lng}>
      <body>
        <Providers lng={lng} resources={pathI18n.getResources(i18n, ['app'])}>
          {children}
          <ErrorToaster />
        </Providers>
      </body>
    </html>
  );
}
