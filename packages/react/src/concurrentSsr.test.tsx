// @vitest-environment node
/**
 * Two server renders at once, one in English and one in Chinese (issue #22): one process renders
 * every trader's pages, so nothing one request shows may reach another. Each request has its own
 * i18next instance (as i18next-http-middleware, next-i18next's I18nProvider and the frameworks'
 * entries make one); the registered catalogs are shared, as they may be. Each render suspends on
 * timers of its own, so the two streams interleave, and server code calls `showError` and the
 * shared store during each request, as a careless loader might: none of it may appear anywhere.
 * One render streams with `renderToPipeableStream` (Node), the other with `renderToReadableStream`
 * (web streams: edge runtimes, React Router on Web APIs), then the other way round.
 */
import { binanceOptionsEager } from '@exchange-errors/binance-options/eager';
import { loadErrors } from '@exchange-errors/core';
import i18next, { type i18n as I18n } from 'i18next';
import { readFileSync } from 'node:fs';
import { Suspense, use, type ReactNode } from 'react';
import { renderToPipeableStream, renderToReadableStream } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ErrorDetails } from './ErrorDetails/ErrorDetails.js';
import { ErrorToast } from './ErrorToast/ErrorToast.js';
import { ErrorToaster } from './ErrorToaster/ErrorToaster.js';
import { createErrorStore } from './store/createErrorStore.js';
import { useErrorStore, useErrorStoreSnapshot } from './store/hooks.js';
import { showError } from './store/showError.js';

const locale = (lng: string) =>
  JSON.parse(
    readFileSync(new URL(`../../binance-options/locales/${lng}/binanceOptions.json`, import.meta.url), 'utf8'),
  ) as { codes: Record<string, { title: string; hint: string }> };
const TEXTS = { en: locale('en'), zh: locale('zh') };
const REGION = { en: 'aria-label="Notifications (F8)"', zh: 'aria-label="通知（F8）"' };
type Lng = keyof typeof TEXTS;

/** Server code of one request showing an error of its own (codes no render shows). */
const SERVER_ERRORS: Record<Lng, string> = {
  en: '{"code":-4001,"msg":"Invalid option price for request en"}',
  zh: '{"code":-4002,"msg":"Invalid option quantity for request zh"}',
};

async function requestI18n(lng: Lng): Promise<I18n> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, fallbackLng: 'en', resources: {}, showSupportNotice: false } as never);
  await loadErrors(i18n, binanceOptionsEager);
  return i18n;
}

/** Suspends until `ms` have passed, so that the other request renders meanwhile. */
const waits = new Map<string, Promise<void>>();
/** How long each part waits: en's parts finish between zh's (5 ms, 10 en, 20 zh, 30 en). */
const DELAYS: Record<Lng, { toast: number; details: number }> = {
  en: { toast: 30, details: 10 },
  zh: { toast: 5, details: 20 },
};
function Later({ id, ms, children }: { readonly id: string; readonly ms: number; readonly children: ReactNode }) {
  let wait = waits.get(id);
  if (!wait) waits.set(id, (wait = new Promise((resolve) => setTimeout(resolve, ms))));
  use(wait);
  return children;
}

/** What a page's error log would show from the store it is given (the shared one by default). */
function Log() {
  const store = useErrorStore();
  // Render-time misuse a server must survive: nothing of it may be kept or shown.
  store.show('{"code":-4003,"msg":"Invalid option during render"}');
  const snapshot = useErrorStoreSnapshot();
  const codes = [...snapshot.visible, ...snapshot.history].map((entry) => String(entry.resolved.code));
  return <output data-log={snapshot.total}>{codes.join(',')}</output>;
}

function Page({ i18n, lng, round }: { readonly i18n: I18n; readonly lng: Lng; readonly round: number }) {
  // A per-request store the app made and filled: what it holds is the browser's to show, not the server's.
  const store = createErrorStore();
  store.show(SERVER_ERRORS[lng]);
  return (
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={<p>…</p>}>
        <Later id={`${round}-${lng}-toast`} ms={DELAYS[lng].toast}>
          <ErrorToast error='{"code":-1121,"msg":"Invalid symbol."}' onDismiss={() => undefined} />
        </Later>
      </Suspense>
      <Suspense fallback={<p>…</p>}>
        <Later id={`${round}-${lng}-details`} ms={DELAYS[lng].details}>
          <ErrorDetails error={{ code: -1102, msg: "Mandatory parameter 'quantity' was not sent." }} />
        </Later>
      </Suspense>
      <Log />
      <ErrorToaster />
      <ErrorToaster store={store} />
    </I18nextProvider>
  );
}

async function pipeable(node: ReactNode): Promise<string> {
  return new Promise((resolve, reject) => {
    const sink = new PassThrough();
    let html = '';
    sink.on('data', (chunk: Buffer) => (html += chunk.toString('utf8')));
    sink.on('end', () => resolve(html));
    const { pipe } = renderToPipeableStream(node, {
      onAllReady: () => pipe(sink),
      onShellError: reject,
      onError: reject,
    });
  });
}

async function readable(node: ReactNode): Promise<string> {
  const stream = await renderToReadableStream(node, { onError: (error) => console.error(error) });
  await stream.allReady;
  return new Response(stream).text();
}

async function request(lng: Lng, round: number, render: (node: ReactNode) => Promise<string>): Promise<string> {
  const i18n = await requestI18n(lng);
  // Server code of this request, before and while rendering.
  showError(SERVER_ERRORS[lng], { request: { method: 'POST', url: '/eapi/v1/order' } });
  const html = render(<Page i18n={i18n} lng={lng} round={round} />);
  showError(SERVER_ERRORS[lng]);
  return html;
}

const CJK = /[\u3400-\u9fff\uff00-\uffef]/;

function expectOwnLanguage(html: string, lng: Lng) {
  const other: Lng = lng === 'en' ? 'zh' : 'en';
  const own = TEXTS[lng].codes;
  // Both suspended parts arrived, in this request's language.
  expect(html).toContain(own['-1121']!.title);
  expect(html).toContain(own['-1102']!.title);
  expect(html).toContain(own['-1102']!.hint);
  expect(html).toContain(REGION[lng]);
  expect(html).not.toContain(TEXTS[other].codes['-1121']!.title);
  expect(html).not.toContain(TEXTS[other].codes['-1102']!.hint);
  expect(html).not.toContain(REGION[other]);
  if (lng === 'en') expect(html).not.toMatch(CJK);
  // Nothing any request's server code showed, in either language or as a code.
  for (const code of ['-4001', '-4002', '-4003']) expect(html).not.toContain(code);
  for (const code of ['4001', '4002', '4003']) expect(html).not.toContain(`>${code}<`);
  expect(html).toContain('data-log="0"');
}

describe('concurrent server renders in two languages', () => {
  it('interleaved en and zh streams each show their own language and nothing of the other request', async () => {
    for (let round = 0; round < 6; round += 1) {
      const [en, zh] = await Promise.all([
        request('en', round, round % 2 === 0 ? pipeable : readable),
        request('zh', round, round % 2 === 0 ? readable : pipeable),
      ]);
      expectOwnLanguage(en, 'en');
      expectOwnLanguage(zh, 'zh');
    }
  });

  it('the renders did interleave: each request finished a part while the other was suspended', async () => {
    const order: string[] = [];
    const tracked = (lng: Lng) => (node: ReactNode) =>
      pipeable(node).then((html) => {
        order.push(lng);
        return html;
      });
    const first = request('en', 100, tracked('en'));
    const second = request('zh', 100, tracked('zh'));
    await Promise.all([first, second]);
    // en started first and waits longest (30 ms on its toast): zh, started second, completes first.
    expect(order).toEqual(['zh', 'en']);
  });
});
