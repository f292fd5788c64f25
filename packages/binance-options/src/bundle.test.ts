/**
 * What a bundler keeps: an app that imports the lazy module (and the engine's verbs) must carry
 * neither the catalog nor any language's texts in its main chunk: each is its own chunk, fetched on
 * demand. Only the in-memory module brings them up front.
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
  it('keeps the catalog and both languages out of an app that imports the lazy module', async () => {
    const { eagerText, lazyText } = await bundle(
      "import { binanceOptions } from './generated/index.js';\nimport { format, loadErrors } from '@exchange-errors/core';\nexport { binanceOptions, format, loadErrors };",
    );
    expect(eagerText).toContain('binanceOptions');
    expect(eagerText.includes('BAD_SYMBOL'), 'eagerText has the catalog').toBe(false);
    expect(lazyText).toContain('BAD_SYMBOL');
    expect(eagerText.includes(ZH_TEXT), 'eagerText has ZH_TEXT').toBe(false);
    expect(eagerText.includes(EN_TEXT), 'eagerText has EN_TEXT').toBe(false);
    expect(lazyText.includes(ZH_TEXT), 'lazyText has ZH_TEXT').toBe(true);
    expect(lazyText.includes(EN_TEXT), 'lazyText has EN_TEXT').toBe(true);
  }, 30_000);

  it('bundles both languages when the app imports the in-memory module (the check can fail)', async () => {
    const { eagerText } = await bundle("export { binanceOptionsEager } from './generated/eager.js';");
    expect(eagerText.includes(ZH_TEXT), 'eagerText has ZH_TEXT').toBe(true);
  }, 30_000);
});
