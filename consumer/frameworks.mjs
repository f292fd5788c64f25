// The consumer check's framework apps (issue #22): the same small order desk in Next.js 16's App
// Router (Turbopack; next-i18next's two setups: the language in the path and in a cookie), Next.js'
// Pages Router (`_app.tsx`, next-i18next's `appWithTranslation`) and React Router 7's framework mode
// (server rendering and hydration, an i18next instance per request). One npm install for the three,
// from the packed tarballs, outside the workspace (`frameworks/` beside the other apps). Each app is
// built, started on loopback and checked:
//
//   - the server's HTML: the toaster's region and both live regions in the request's language, and
//     24 requests at once (en and zh interleaved), each page in its own language only;
//   - in Chromium: a raw Binance body shows a toast in English; switching to Chinese re-renders it;
//     its Details open in Chinese; ErrorDetails in the page is Chinese; a reload renders Chinese on
//     the server; nothing logged to the console, no hydration warning, no failed request;
//   - that the console watch catches a hydration mismatch (a canary page that has one).
//
// Sources: consumer/frameworks/{shared,next-app,next-pages,react-router}.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { EN, regionLabels, uiStrings, ZH } from './expected.mjs';
import {
  appEnv,
  assert,
  assertInstalledFromTarballs,
  check,
  checksOrNotRun,
  detailsRow,
  exec,
  notRun,
  tail,
  toasts,
  watch,
} from './harness.mjs';

const sources = join(dirname(fileURLToPath(import.meta.url)), 'frameworks');

/** The kit's tarballs the apps install: the engine, Binance's adapter, Options, the React kit. */
export const FRAMEWORK_PACKAGES = [
  '@exchange-errors/core',
  '@exchange-errors/binance',
  '@exchange-errors/binance-options',
  '@exchange-errors/react',
];
/** Exact versions, checked on the registry when chosen (`npm view <name> version`, 2026-12). */
export const FRAMEWORK_VERSIONS = {
  next: '16.5.0',
  'next-i18next': '16.3.1',
  'react-router': '7.18.7',
  '@react-router/node': '7.18.7',
  '@react-router/serve': '7.18.7',
  isbot: '5.2.4',
  react: '19.3.1',
  'react-dom': '19.3.1',
  i18next: '27.1.5',
  'react-i18next': '18.0.2',
};
const FRAMEWORK_TOOLS = {
  '@react-router/dev': '7.18.7',
  vite: '8.3.8',
  typescript: '6.0.3',
  '@types/react': '19.3.0',
  '@types/react-dom': '19.3.0',
  '@types/node': '20.19.43',
};

/** The apps' own texts (their `app` namespace), as the apps ship them. */
const APP_TEXTS = {
  en: { title: 'Options desk', place: 'Place order', switchLanguage: '中文' },
  zh: { title: '期权交易台', place: '下单', switchLanguage: 'English' },
};

const NEXT = ['../node_modules/next/dist/bin/next'];
const nextEnv = { ...appEnv, NEXT_TELEMETRY_DISABLED: '1' };

/**
 * Each app: how it builds and starts, and its ways of choosing a language (`modes`): where the
 * desk is in each language (a path, and the cookie that asks for it), where it starts in the
 * browser, and where its canary page (a deliberate hydration mismatch) is.
 */
const APPS = [
  {
    id: 'next-app',
    label: 'Next.js App Router',
    tool: 'next build (Turbopack)',
    builds: [{ args: [...NEXT, 'build'], env: nextEnv }],
    start: (port) => ({ args: [...NEXT, 'start', '-p', String(port), '-H', '127.0.0.1'], env: nextEnv }),
    canary: '/en/canary',
    modes: [
      {
        label: 'language in the path',
        start: '/en',
        pages: { en: { path: '/en' }, zh: { path: '/zh' } },
        zhPath: '/zh',
      },
      {
        label: 'language in a cookie',
        start: '/desk',
        pages: { en: { path: '/desk', cookie: 'desk-lng=en' }, zh: { path: '/desk', cookie: 'desk-lng=zh' } },
        zhPath: '/desk',
      },
    ],
  },
  {
    id: 'next-pages',
    label: 'Next.js Pages Router',
    tool: 'next build (Turbopack)',
    builds: [{ args: [...NEXT, 'build'], env: nextEnv }],
    start: (port) => ({ args: [...NEXT, 'start', '-p', String(port), '-H', '127.0.0.1'], env: nextEnv }),
    canary: '/canary',
    modes: [
      {
        label: "Next.js' locale routing",
        start: '/',
        pages: { en: { path: '/' }, zh: { path: '/zh' } },
        zhPath: '/zh',
      },
    ],
  },
  {
    id: 'react-router',
    label: 'React Router 7 framework mode',
    tool: 'react-router build (Vite) and tsc',
    builds: [
      { args: ['../node_modules/@react-router/dev/bin.js', 'build'], env: appEnv },
      { args: ['../node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], env: appEnv },
    ],
    start: (port) => ({
      args: ['../node_modules/@react-router/serve/bin.js', './build/server/index.js'],
      env: { ...appEnv, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
    }),
    canary: '/canary',
    modes: [
      {
        label: 'server rendering and hydration',
        start: '/',
        pages: { en: { path: '/?lng=en' }, zh: { path: '/?lng=zh' } },
        zhPath: '/',
      },
    ],
  },
];

/** The shared install folder with the apps' sources (fresh copies: no build output of a previous run). */
export function writeFrameworks(work, dependencies) {
  const dir = join(work, 'frameworks');
  mkdirSync(dir, { recursive: true });
  for (const entry of ['shared', ...APPS.map((app) => app.id)]) {
    rmSync(join(dir, entry), { recursive: true, force: true });
    cpSync(join(sources, entry), join(dir, entry), { recursive: true });
  }
  const pkg = {
    name: 'consumer-frameworks',
    private: true,
    dependencies: { ...dependencies, ...FRAMEWORK_VERSIONS },
    devDependencies: { ...FRAMEWORK_TOOLS },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  return dir;
}

export const frameworkInstallName = `frameworks: one npm install of the packed tarballs for the three apps, with ${[
  'next',
  'next-i18next',
  'react-router',
  'react',
  'i18next',
  'react-i18next',
]
  .map((name) => `${name} ${FRAMEWORK_VERSIONS[name]}`)
  .join(', ')}`;

/** The names of one app's checks, in order (also what is reported as not run). */
function appNames(app) {
  return [
    `${app.label}: builds from the packed tarballs with ${app.tool}, types checked`,
    ...app.modes.flatMap((mode) => [
      `${app.label}, ${mode.label}: the server renders the toaster's region and live regions in each request's language; 24 requests at once, en and zh interleaved, each page in its own language only`,
      `${app.label}, ${mode.label}: in Chromium a raw Binance body shows a toast in English; switching to Chinese re-renders it, its Details and the page's ErrorDetails are Chinese, and a reload renders Chinese on the server`,
      `${app.label}, ${mode.label}: no console error, hydration warning or failed request`,
    ]),
    `${app.label}: the console watch catches a deliberate hydration mismatch (the canary page)`,
  ];
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts an app's server in its own process group; resolves once it answers on loopback. */
async function startServer(app, dir) {
  const port = await freePort();
  const { args, env } = app.start(port);
  const child = spawn('node', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let exited = null;
  child.on('exit', (code) => (exited = code ?? 1));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise((resolve) => {
      if (exited !== null) return resolve();
      child.once('exit', () => resolve());
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return resolve();
      }
      setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Gone already.
        }
      }, 5000).unref();
    });
  const started = Date.now();
  for (;;) {
    if (exited !== null) throw new Error(`the server exited (${exited}):\n${tail(output)}`);
    try {
      await fetch(`${url}${app.modes[0].start}`, { redirect: 'manual' });
      return { url, stop, output: () => output, ms: Date.now() - started };
    } catch {
      if (Date.now() - started > 90_000) {
        await stop();
        throw new Error(`the server did not answer within 90 s:\n${tail(output)}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** One request's HTML, as the server renders it for a language. */
async function serverHtml(url, page) {
  const response = await fetch(`${url}${page.path}`, {
    headers: { 'accept-language': 'en-US', ...(page.cookie ? { cookie: page.cookie } : {}) },
    redirect: 'manual',
  });
  assert(response.status === 200, `${page.path}${page.cookie ? ` (${page.cookie})` : ''}: HTTP ${response.status}`);
  return response.text();
}

/** The server's page in `lng`: its language, and the toaster's region and live regions in it. */
function assertServerPage(html, lng, regions, where) {
  const other = lng === 'en' ? 'zh' : 'en';
  assert(new RegExp(`<html[^>]* lang="${lng}"`).test(html), `${where}: <html lang="${lng}"> missing`);
  assert(html.includes(`<h1>${APP_TEXTS[lng].title}</h1>`), `${where}: the app's heading is not ${lng}'s`);
  assert(html.includes(`aria-label="${regions[lng]}"`), `${where}: no toaster region labelled "${regions[lng]}"`);
  for (const live of ['polite', 'assertive'])
    assert(html.includes(`data-ee-live="${live}"`), `${where}: the ${live} live region is not in the server's HTML`);
  assert(!html.includes(`aria-label="${regions[other]}"`), `${where}: the toaster is labelled in ${other} too`);
  assert(!html.includes(`<h1>${APP_TEXTS[other].title}</h1>`), `${where}: ${other}'s heading is in the page`);
}

async function serverChecks(url, mode, regions) {
  for (const lng of ['en', 'zh']) assertServerPage(await serverHtml(url, mode.pages[lng]), lng, regions, lng);
  const started = Date.now();
  const asked = Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? 'en' : 'zh'));
  const pages = await Promise.all(asked.map((lng) => serverHtml(url, mode.pages[lng])));
  pages.forEach((html, i) => assertServerPage(html, asked[i], regions, `request ${i + 1} (${asked[i]})`));
  return `24 pages in ${seconds(Date.now() - started)}`;
}

/** Waits until React has hydrated the desk (its buttons carry React's fiber): clicks before that do nothing. */
function hydrated(page) {
  return page.waitForFunction(
    () => {
      const button = document.querySelector('main button');
      return button !== null && Object.keys(button).some((key) => key.startsWith('__reactFiber'));
    },
    undefined,
    { timeout: 30_000 },
  );
}

/** The toast's Details in one language: the dialog's heading and hint, then closed with its own button. */
async function detailsInDialog(page, toast, lng, ui) {
  const texts = lng === 'en' ? EN : ZH;
  await toast.getByRole('button', { name: ui[lng].details, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: texts.codes['-1121'].title }).waitFor({ timeout: 15_000 });
  const text = await dialog.innerText();
  assert(text.includes(texts.codes['-1121'].hint), `${lng}: the details lack the hint "${texts.codes['-1121'].hint}"`);
  await dialog.getByRole('button', { name: ui[lng].close, exact: true }).click({ timeout: 10_000 });
  await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
}

async function deskScenario(page, url, mode, regions, ui) {
  await page.goto(`${url}${mode.start}`);
  await page.getByRole('heading', { level: 1, name: APP_TEXTS.en.title }).waitFor({ timeout: 30_000 });
  await hydrated(page);
  await page.getByRole('button', { name: APP_TEXTS.en.place, exact: true }).click();
  const en = EN.codes['-1121'];
  const toast = toasts(page).filter({ hasText: en.title });
  await toast.getByText(en.messages.default, { exact: true }).waitFor({ timeout: 30_000 });
  await detailsInDialog(page, toast, 'en', ui);

  await page.getByRole('button', { name: APP_TEXTS.en.switchLanguage, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: APP_TEXTS.zh.title }).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.documentElement.lang === 'zh', undefined, { timeout: 15_000 });
  const zh = ZH.codes['-1121'];
  // The same toast, re-rendered in Chinese: the trader's error is not lost with the language.
  const zhToast = toasts(page).filter({ hasText: zh.title });
  await zhToast.getByText(zh.messages.default, { exact: true }).waitFor({ timeout: 30_000 });
  await detailsInDialog(page, zhToast, 'zh', ui);
  const inline = page.locator('main section').filter({ hasText: ZH.codes['-1102'].title });
  await inline.waitFor({ timeout: 15_000 });
  assert((await inline.innerText()).includes('quantity'), "the page's ErrorDetails lost the parameter");
  const product = (await detailsRow(inline, ui.zh.product).innerText({ timeout: 10_000 })).trim();
  assert(product === ui.zh.productOptions, `the page's ErrorDetails says ${ui.zh.product} "${product}"`);
  assert(new URL(page.url()).pathname === mode.zhPath, `after switching the page is ${page.url()}`);

  // The server now renders the trader's choice: the path, Next.js' locale or the cookie says zh.
  const response = await page.reload();
  assert(response, 'the reload had no response');
  assertServerPage(await response.text(), 'zh', regions, 'the reloaded page');
  await page.getByRole('heading', { level: 1, name: APP_TEXTS.zh.title }).waitFor({ timeout: 30_000 });
  await hydrated(page);
  // Hydration errors and late requests surface after it: give them a moment.
  await page.waitForTimeout(500);
  return `${en.title} → ${zh.title}, details and reload in Chinese`;
}

async function canaryCheck(browser, url, app) {
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${url}${app.canary}`);
    await page.getByText('rendered in the browser').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    const caught = problems.filter((p) => /#418|hydrat/i.test(p));
    assert(caught.length > 0, `a hydration mismatch went unnoticed; problems: ${problems.join('; ') || 'none'}`);
    return caught[0].slice(0, 80);
  } finally {
    await context.close();
  }
}

async function appChecks(browser, dir, app, regions, ui, timings) {
  const names = appNames(app);
  const appDir = join(dir, app.id);
  const buildStarted = Date.now();
  const built = await check(names[0], async () => {
    const runs = await Promise.all(
      app.builds.map(({ args, env }) => exec('node', args, { cwd: appDir, env, timeoutMs: 900_000 })),
    );
    for (const [i, r] of runs.entries())
      assert(
        r.code === 0,
        `${app.builds[i]?.args.slice(1).join(' ')} exited ${r.code}:\n${tail(r.stdout + r.stderr, 30)}`,
      );
    return seconds(Date.now() - buildStarted);
  });
  const buildMs = Date.now() - buildStarted;
  if (!built) {
    notRun(names.slice(1), 'the build failed');
    timings.push({ app: app.label, buildMs, checkMs: 0 });
    return;
  }
  const checksStarted = Date.now();
  let server = null;
  await checksOrNotRun(names.slice(1), async () => {
    server = await startServer(app, appDir);
    let next = 1;
    for (const mode of app.modes) {
      const [ssrName, browserName, cleanName] = names.slice(next, next + 3);
      next += 3;
      await check(ssrName, () => serverChecks(server.url, mode, regions));
      const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 720 } });
      try {
        const page = await context.newPage();
        const problems = watch(page);
        const ran = await check(browserName, () => deskScenario(page, server.url, mode, regions, ui));
        await check(cleanName, () => {
          assert(ran, 'the scenario did not finish');
          assert(problems.length === 0, problems.join('\n'));
        });
      } finally {
        await context.close();
      }
    }
    await check(names.at(-1), () => canaryCheck(browser, server.url, app));
  });
  if (server) await server.stop();
  timings.push({ app: app.label, buildMs, checkMs: Date.now() - checksStarted });
}

/**
 * The framework apps' checks, after their install (`install`: the npm result of `installFrameworks`,
 * or null when packing failed). Returns each app's build and check time.
 */
export async function frameworkChecks(dir, install) {
  const timings = [];
  const names = APPS.flatMap(appNames);
  const installed = await check(frameworkInstallName, () => {
    assert(install, 'packing failed');
    assert(install.code === 0, `npm install exited ${install.code}:\n${tail(install.stderr || install.stdout)}`);
    assertInstalledFromTarballs(dir, FRAMEWORK_PACKAGES, FRAMEWORK_VERSIONS);
    return `${seconds(install.ms)}`;
  });
  if (!installed) {
    notRun(names, 'install failed');
    return timings;
  }
  const [regions, ui] = await Promise.all([regionLabels(), uiStrings()]);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  try {
    for (const app of APPS) await appChecks(browser, dir, app, regions, ui, timings);
  } finally {
    await browser.close();
  }
  return timings;
}
