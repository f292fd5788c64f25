import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import '../packages/react/src/styles.css';
import './preview.css';
import { storybookI18n } from './i18n';

type Locale = 'en' | 'zh';
type Theme = 'light' | 'dark';

/** Language and theme from the toolbars, applied the way an app would: i18next and `data-theme`. */
function LocaleAndTheme({ locale, theme, children }: { locale: Locale; theme: Theme; children: ReactNode }) {
  if (storybookI18n.language !== locale) void storybookI18n.changeLanguage(locale);
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
    document.documentElement.dataset['theme'] = theme;
  }, [locale, theme]);
  return (
    <I18nextProvider i18n={storybookI18n}>
      <div className="sb-surface" data-theme={theme}>
        {children}
      </div>
    </I18nextProvider>
  );
}

const withLocaleAndTheme: Decorator = (Story, context) => (
  <LocaleAndTheme
    locale={context.globals['locale'] === 'zh' ? 'zh' : 'en'}
    theme={context.globals['theme'] === 'dark' ? 'dark' : 'light'}
  >
    <Story />
  </LocaleAndTheme>
);

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the app’s i18next instance',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'zh', title: '中文' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Color theme (data-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  // Story tests run once per combination (vitest.config.ts defines these); Storybook itself starts in en/light.
  initialGlobals: {
    locale: (import.meta.env['STORYBOOK_LOCALE'] as string | undefined) ?? 'en',
    theme: (import.meta.env['STORYBOOK_THEME'] as string | undefined) ?? 'light',
  },
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
    controls: { matchers: { date: /time$/i } },
  },
  tags: ['autodocs'],
};

export default preview;
