/**
 * The toaster once, in `_app`, inside next-i18next's provider (`appWithTranslation`: an i18next
 * instance per render, from the texts the page's props carry). The products the app talks to are
 * registered as the app loads, in the browser and in the server's render.
 */
import { binanceOptions } from '@exchange-errors/binance-options';
import { ErrorToaster, registerCatalogs } from '@exchange-errors/react';
import type { AppProps } from 'next/app';
import { appWithTranslation } from 'next-i18next/pages';

registerCatalogs(binanceOptions);

function App({ Component, pageProps }: AppProps) {
  return (
    <>
      <Component {...pageProps} />
      <ErrorToaster />
    </>
  );
}

export default appWithTranslation(App);
