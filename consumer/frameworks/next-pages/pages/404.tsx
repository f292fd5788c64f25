/** next-i18next's texts for the 404 page too: `_app`'s toaster renders on it. */
import type { GetStaticProps } from 'next';
import { serverSideTranslations } from 'next-i18next/pages/serverSideTranslations';
import { i18nConfig } from '../i18n';

export const getStaticProps: GetStaticProps = async ({ locale }) => ({
  props: await serverSideTranslations(locale ?? 'en', ['app'], i18nConfig),
});

export default function NotFound() {
  return <h1>404</h1>;
}
