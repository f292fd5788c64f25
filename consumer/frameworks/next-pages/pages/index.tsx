/** Rendered on every request, in the language of its path; switching language is Next.js' locale routing. */
import type { GetServerSideProps } from 'next';
import { serverSideTranslations } from 'next-i18next/pages/serverSideTranslations';
import { useRouter } from 'next/router';
import { Desk } from '../../shared/Desk';
import { i18nConfig } from '../i18n';

export const getServerSideProps: GetServerSideProps = async ({ locale }) => ({
  props: await serverSideTranslations(locale ?? 'en', ['app'], i18nConfig),
});

export default function Page() {
  const router = useRouter();
  return <Desk onSwitchLanguage={(lng) => void router.push(router.asPath, router.asPath, { locale: lng })} />;
}
