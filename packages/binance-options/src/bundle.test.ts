/**
 * What a bundler keeps: an app that uses the resolver and the lazy loader must not carry the Chinese
 * (or English) catalog in its main chunk; each language is its own chunk, fetched on demand.
 */
import { build, type Metafile } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('.', import.meta.url));
const ZH_TEXT = '合约代码无效';
const EN_TEXT = 'Check the contract symbol';

async function bundle(entry: string) {
  const result = await build({
    stdin: { contents: entry, resolveDir: srcDir, loader: 'ts', sourcefile: 'app.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    charset: 'utf8',
    write: false,
    outdir: '/virtual',
    absWorkingDir: srcDir,
    external: ['i18next'],
    metafile: true,
    logLevel: 'silent',
  });
  const text = new Map(result.outputFiles.map((file) => [file.path, file.text]));
  const meta: Metafile = result.metafile;
  const entryPath = Object.keys(meta.outputs).find((path) => meta.outputs[path]?.entryPoint !== undefined) ?? '';
  // Everything loaded before the app runs: the entry and what it imports statically.
  const eager = new Set<string>();
  const visit = (path: string) => {
    if (eager.has(path)) return;
    eager.add(path);
    for (const imported of meta.outputs[path]?.imports ?? [])
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entryPath);
  const read = (path: string) => text.get(resolve(srcDir, path)) ?? '';
  const eagerText = [...eager].map(read).join('\n');
  const lazyText = Object.keys(meta.outputs)
    .filter((p) => !eager.has(p))
    .map(read)
    .join('\n');
  return { eagerText, lazyText };
}

describe('tree shaking and lazy locales', () => {
  it('keeps both catalogs out of an app that resolves errors and loads its language lazily', async () => {
    const { eagerText, lazyText } = await bundle(
      "import { resolveBinanceError, loadBinanceOptionsErrors } from './index.js';\nexport { resolveBinanceError, loadBinanceOptionsErrors };",
    );
    expect(eagerText).toContain('BAD_SYMBOL');
    expect(eagerText.includes(ZH_TEXT), 'eagerText has ZH_TEXT').toBe(false);
    expect(eagerText.includes(EN_TEXT), 'eagerText has EN_TEXT').toBe(false);
    expect(lazyText.includes(ZH_TEXT), 'lazyText has ZH_TEXT').toBe(true);
    expect(lazyText.includes(EN_TEXT), 'lazyText has EN_TEXT').toBe(true);
  }, 30_000);

  it('bundles both catalogs when the app asks for all resources (the check can fail)', async () => {
    const { eagerText } = await bundle("export { resources } from './index.js';");
    expect(eagerText.includes(ZH_TEXT), 'eagerText has ZH_TEXT').toBe(true);
  }, 30_000);
});
