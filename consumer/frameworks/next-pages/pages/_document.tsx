import { Head, Html, Main, NextScript } from 'next/document';

/** The page's `lang` comes from Next.js' locale; no favicon to fetch. */
export default function Document() {
  return (
    <Html>
      <Head>
        <link rel="icon" href="data:," />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
