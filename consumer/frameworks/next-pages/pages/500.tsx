/** next-i18next's texts for the error page too: `_app`'s toaster renders on it. */
import type { GetStaticProps } from 'next';
import { serverSideTranslations } from 'next-i18next/pages/serverSideTranslations';
import { i18nConfig } from '../i18n';

export const getStaticProps: GetStaticProps = async ({ locale }) => ({
  props: await serverSideTranslations(locale ?? 'en', ['app'], i18nConfig),
});

export default function ServerError() {
  return <h1>500</h1>;
}
