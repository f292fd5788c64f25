// @vitest-environment node
/**
 * The kit in a React Server Components environment (issue #22): `next build` failed with "Class
 * extends value undefined" when a server layout imported the toaster. Here a plain Node process is set
 * up as a server-components bundler sets up its server layer (the `react-server` condition and React's
 * own loader, react-server-dom-webpack/node-loader, which replaces every `'use client'` module by client
 * references), imports the built package, uses its framework-free parts and renders a layout with
 * `<ErrorToaster />` to React's server-components payload (src/test-support/rsc/server.mjs).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Run {
  readonly errors: readonly string[];
  readonly exports: Readonly<Record<string, string>>;
  readonly showError: string;
  readonly store: readonly { code: number; name: string }[];
  readonly redacted: string;
  readonly namespace: string;
  readonly uiZh: string;
  readonly flight: string;
  readonly loaded: readonly string[];
}

function serverComponents(): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--conditions', 'react-server', 'src/test-support/rsc/server.mjs'],
      { cwd: pkg, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout) as Run);
      },
    );
  });
}

const run = serverComponents();
const kitModules = async () => (await run).loaded.filter((url) => url.includes('/packages/react/dist/'));
const source = (url: string) => readFileSync(fileURLToPath(url), 'utf8');

describe('in a React Server Components environment', { timeout: 150_000 }, () => {
  it('imports: the components and hooks are client references, the framework-free parts real values', async () => {
    const { exports } = await run;
    expect(exports).toEqual({
      ErrorDetails: 'client reference',
      ErrorMessageText: 'client reference',
      ErrorStoreProvider: 'client reference',
      ErrorToast: 'client reference',
      ErrorToaster: 'client reference',
      UI_NAMESPACE: 'string',
      createErrorStore: 'function',
      preloadErrorToaster: 'client reference',
      redactRequest: 'function',
      registerCatalogs: 'function',
      showError: 'function',
      uiStrings: 'object',
      useErrorI18n: 'client reference',
      useErrorStore: 'client reference',
      useErrorStoreSnapshot: 'client reference',
    });
  });

  it('runs no React client code: no client module is evaluated, nor react-dom, react-i18next or the error boundary', async () => {
    const { loaded } = await run;
    const kit = await kitModules();
    // Loaded, then turned into references by React's loader: each starts with the directive.
    const evaluated = kit.filter((url) => !/^'use client';/.test(source(url)));
    const withReact = evaluated.filter((url) =>
      /from ['"](react|react-dom|react-i18next)(\/[^'"]*)?['"]/.test(source(url)),
    );
    expect(withReact).toEqual([]);
    expect(kit.some((url) => url.endsWith('/ErrorToaster/ErrorToaster.js'))).toBe(true);
    expect(kit.filter((url) => url.endsWith('/boundary/ErrorBoundary.js'))).toEqual([]);
    expect(loaded.filter((url) => /node_modules\/(react-dom|react-i18next|i18next)\//.test(url))).toEqual([]);
    // React itself is its server build.
    expect(loaded.some((url) => url.endsWith('/react/react.react-server.js'))).toBe(true);
  });

  it('uses the framework-free parts: the registry, a store of its own, redaction, the UI strings', async () => {
    const run_ = await run;
    expect(run_.store).toEqual([{ code: -1121, name: 'BAD_SYMBOL' }]);
    expect(run_.redacted).toBe('/eapi/v1/order?symbol=BTC-260101-90000-C&signature=[redacted]');
    expect(run_.namespace).toBe('exchangeErrorsUi');
    expect(run_.uiZh).toBe('关闭通知');
  });

  it('showError on the server keeps nothing: the shared store is never even loaded', async () => {
    const run_ = await run;
    expect(run_.showError).toBe('string');
    expect((await kitModules()).filter((url) => url.endsWith('/store/defaultStore.js'))).toEqual([]);
  });

  it('renders a server layout with <ErrorToaster />: the toaster is a client reference with its props', async () => {
    const { flight, errors } = await run;
    expect(errors).toEqual([]);
    // One import row for the toaster's module and export, and the element that points at it.
    const row = /^([0-9a-f]+):I\["(\$[0-9a-f]+|[^"]+)",\[\],"ErrorToaster"\]$/m.exec(flight);
    expect(row, flight).not.toBeNull();
    expect(flight).toContain('/packages/react/dist/ErrorToaster/ErrorToaster.js');
    expect(flight).toContain(`["$","$L${row?.[1] ?? ''}",null,{"position":"bottom-left","hotkey":"F8"}`);
    expect(flight).toContain('["$","html",null,{"lang":"zh"');
  });
});
