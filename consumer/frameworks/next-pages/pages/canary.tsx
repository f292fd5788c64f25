import type { GetServerSideProps } from 'next';
import { serverSideTranslations } from 'next-i18next/pages/serverSideTranslations';
import { Canary } from '../../shared/Canary';
import { i18nConfig } from '../i18n';

export const getServerSideProps: GetServerSideProps = async ({ locale }) => ({
  props: await serverSideTranslations(locale ?? 'en', ['app'], i18nConfig),
});

export default function Page() {
  return <Canary />;
}
