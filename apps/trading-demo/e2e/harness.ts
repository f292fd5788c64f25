/**
 * The end-to-end harness: the built app served by `vite preview` on loopback, and Debian's Chromium
 * driven by playwright-core (no browser download works on these machines).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

export interface Harness {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server: PreviewServer = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  return {
    url: `http://127.0.0.1:${address.port}`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught exceptions: a clean run has none. */
  readonly problems: string[];
}

/** A fresh browser profile (no stored language, theme or service worker) on one screen of the app. */
export async function openApp(
  harness: Harness,
  options: {
    hash?: string;
    language?: 'en' | 'zh' | 'zh-TW';
    theme?: 'light' | 'dark';
    viewport?: { width: number; height: number };
    /** A phone: touch events, a coarse pointer, no hover, the page's meta viewport, 2× pixels. */
    touch?: boolean;
  } = {},
): Promise<Session> {
  const context = await harness.browser.newContext({
    locale: 'en-US',
    viewport: options.viewport ?? { width: 1400, height: 1000 },
    permissions: ['clipboard-read', 'clipboard-write'],
    ...(options.touch ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}),
  });
  await context.addInitScript(
    ({ language, theme }) => {
      if (language && !localStorage.getItem('exchange-errors-demo:language'))
        localStorage.setItem('exchange-errors-demo:language', language);
      if (theme && !localStorage.getItem('exchange-errors-demo:theme'))
        localStorage.setItem('exchange-errors-demo:theme', theme);
    },
    { language: options.language, theme: options.theme },
  );
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  await page.goto(`${harness.url}/${options.hash ?? ''}`);
  // The app is ready when the simulated exchange answers through the service worker.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
  return { context, page, problems };
}

/**
 * Waits until every finite animation and transition on the page has finished: a toast fading in is
 * half transparent, and axe would measure its contrast mid-fade on a busy machine.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly summary?: string }[];
}

interface RawViolation extends Omit<AxeViolation, 'nodes'> {
  readonly nodes: readonly { readonly target: readonly string[]; readonly failureSummary?: string }[];
}

/** axe-core with the WCAG 2.x A and AA rules, contrast included; each node says why it failed. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: RawViolation[] }> };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
    }));
  });
}
