import { ErrorToaster } from '@exchange-errors/react';
import { useEffect, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from './i18n/instance.js';
import { AccountScreen } from './screens/AccountScreen.js';
import { ChaosScreen } from './screens/ChaosScreen.js';
import { ErrorLogScreen } from './screens/ErrorLogScreen.js';
import { MmpScreen } from './screens/MmpScreen.js';
import { SettingsScreen } from './screens/SettingsScreen.js';
import { TradeScreen } from './screens/TradeScreen.js';
import { useExchange } from './state/exchange.js';
import { useTheme } from './useTheme.js';

const SCREENS = {
  trade: TradeScreen,
  account: AccountScreen,
  mmp: MmpScreen,
  log: ErrorLogScreen,
  chaos: ChaosScreen,
  settings: SettingsScreen,
} satisfies Record<string, ComponentType>;
type Screen = keyof typeof SCREENS;

function screenFromHash(): Screen {
  const name = window.location.hash.replace(/^#\/?/, '');
  return name in SCREENS ? (name as Screen) : 'trade';
}

function openLog() {
  window.location.hash = '#/log';
}

export function App() {
  const { t, i18n } = useTranslation();
  const { embedded, settings } = useExchange();
  const [screen, setScreen] = useState(screenFromHash);
  const [theme, setTheme] = useTheme();
  const mainRef = useRef<HTMLElement>(null);
  const navigated = useRef(false);

  useEffect(() => {
    const onHash = () => {
      navigated.current = true;
      setScreen(screenFromHash());
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // After navigation, focus goes to the new screen's heading, as a page load would put it.
  useEffect(() => {
    if (!navigated.current) return;
    const heading = mainRef.current?.querySelector<HTMLElement>('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [screen]);

  useEffect(() => {
    document.title = `${t(`screens.${screen}`)} · ${t('app.title')}`;
  }, [screen, t, i18n.language]);

  const Current = SCREENS[screen];
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{embedded ? t('app.subtitle') : t('app.connectedTo', { url: settings.baseUrl })}</p>
        </div>
        {/* A bar at the bottom on a phone (app.css): toasts keep clear of it. */}
        <nav aria-label={t('app.nav')} data-ee-keep-clear="">
          <ul>
            {(Object.keys(SCREENS) as Screen[]).map((name) => (
              <li key={name}>
                <a href={`#/${name}`} aria-current={name === screen ? 'page' : undefined}>
                  {t(`screens.${name}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="preferences">
          <label>
            {t('app.language')}{' '}
            <select value={i18n.language} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
              {LANGUAGES.map((l) => (
                <option key={l.code} value={l.code} lang={l.htmlLang}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('app.theme')}{' '}
            <select value={theme} onChange={(e) => setTheme(e.target.value === 'dark' ? 'dark' : 'light')}>
              <option value="light">{t('app.light')}</option>
              <option value="dark">{t('app.dark')}</option>
            </select>
          </label>
        </div>
      </header>
      <main id="main" ref={mainRef}>
        <Current />
      </main>
      {/*
        Bottom left, over the chain: the order ticket sits in the right-hand column from the top, so
        toasts never cover its fields or its Buy and Sell buttons. On a phone the stack takes the
        screen's width (minus these offsets) and goes where the keep-clear areas, the bottom
        navigation and the Buy and Sell bar, leave room. "+N more" opens the error log.
      */}
      <ErrorToaster
        position="bottom-left"
        offset={{ bottom: 16, left: 'min(20px, 3vw)', right: 'min(20px, 3vw)' }}
        onShowMore={openLog}
      />
    </>
  );
}
