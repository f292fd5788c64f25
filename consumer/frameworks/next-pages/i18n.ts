/**
 * next-i18next's Pages Router setup (i18next's docs, "Pages Router setup"): the config, read on the
 * server by `serverSideTranslations`, which makes an i18next instance for each request. The texts
 * are read from the shared locales folder; the client gets them with the page's props.
 */
import type { UserConfig } from 'next-i18next/pages';
import { join } from 'node:path';

export const i18nConfig: UserConfig = {
  i18n: { defaultLocale: 'en', locales: ['en', 'zh'] },
  defaultNS: 'app',
  ns: ['app'],
  localePath: join(process.cwd(), '..', 'shared', 'locales'),
};
