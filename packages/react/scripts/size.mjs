// Size budget, run in CI: JS min+gzip of ErrorToast + ErrorToaster + showError against sonner and
// react-hot-toast, each built the same way by Vite 8 (Rolldown, the bundler most React apps ship
// with) in library mode, React / react-dom / i18next / react-i18next external; plus the CSS.
// Counts what loads eagerly (the entry and its static imports); lazy chunks are listed apart.
// Exits 1 when the kit is not smaller than react-hot-toast, or when ErrorDetails or a catalog
// leaks into the eagerly loaded code.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, transformWithOxc } from 'vite';

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(pkg, 'package.json'));
const work = join(pkg, '.size');
const PEERS = [/^react($|\/)/, /^react-dom($|\/)/, /^i18next$/, /^react-i18next$/];

const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;

async function measure(name, source, { external = [] } = {}) {
  const entry = join(work, `${name}.js`);
  writeFileSync(entry, source);
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: pkg,
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'] },
      rollupOptions: { external: [...PEERS, ...external] },
    },
  });
  const chunks = [result].flat()[0].output.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const eager = new Set();
  const visit = (chunk) => {
    if (!chunk || eager.has(chunk)) return;
    eager.add(chunk);
    for (const imported of chunk.imports) visit(byName.get(imported));
  };
  visit(chunks.find((c) => c.isEntry));
  const eagerText = [...eager].map((c) => c.code).join('\n');
  const lazy = chunks.filter((c) => !eager.has(c)).map((c) => ({ name: c.fileName.replace(/-[\w-]{8}\.js$/, ''), gzip: gz(c.code) }));
  return { eagerText, eagerGzip: gz(eagerText), lazy };
}

async function minCss(text) {
  const { code } = await transformWithOxc(text, 'x.css').catch(() => ({ code: text }));
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{}:;,>])\s*/g, '$1').trim();
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
try {
  const KIT = "export { ErrorToast, ErrorToaster, showError } from '../dist/index.js';\n";
  const own = await measure('kit', KIT, { external: [/^@exchange-errors\/binance-options/] });
  const whole = await measure('kit-whole', KIT);
  const details = await measure('details', "export { ErrorDetails } from '../dist/index.js';\n", { external: [/^@exchange-errors\/binance-options/] });
  const sonner = await measure('sonner', "export { Toaster, toast } from 'sonner';\n");
  const hot = await measure('hot', "export { Toaster, toast } from 'react-hot-toast';\n");

  const css = await minCss(readFileSync(join(pkg, 'dist/styles.css'), 'utf8'));
  const sonnerCss = await minCss(readFileSync(join(dirname(require.resolve('sonner')), 'styles.css'), 'utf8'));

  const rows = [
    ['@exchange-errors/react: ErrorToast + ErrorToaster + showError', own.eagerGzip],
    ['  the same with binance-options bundled (resolver + code metadata)', whole.eagerGzip],
    ['  ErrorDetails alone', details.eagerGzip],
    ['sonner 2.0.8: Toaster + toast', sonner.eagerGzip],
    ['react-hot-toast 2.6.1: Toaster + toast', hot.eagerGzip],
  ];
  console.log('JS loaded up front, min+gzip (Vite 8 library build, gzip -9; React, react-dom, i18next, react-i18next external)');
  for (const [name, bytes] of rows) console.log(`  ${name.padEnd(68)} ${kb(bytes).padStart(10)}`);
  console.log(`  loaded on demand by the toaster: ${whole.lazy.map((c) => `${c.name} ${kb(c.gzip)}`).join(', ')}`);
  console.log('CSS, min+gzip');
  console.log(`  @exchange-errors/react styles.css ${kb(gz(css))}; sonner styles.css ${kb(gz(sonnerCss))}; react-hot-toast: CSS-in-JS, inside its JS`);

  const problems = [];
  if (own.eagerGzip >= hot.eagerGzip) problems.push(`ErrorToast + ErrorToaster (${kb(own.eagerGzip)}) is not smaller than react-hot-toast (${kb(hot.eagerGzip)})`);
  if (own.eagerText.includes('ee-details__title')) problems.push('ErrorDetails is in the eagerly loaded code of the toaster');
  if (whole.eagerText.includes('合约代码无效') || whole.eagerText.includes('Check the contract symbol')) problems.push('a catalog is in the eagerly loaded code');
  if (problems.length > 0) {
    for (const problem of problems) console.error(`size budget MISSED: ${problem}`);
    process.exitCode = 1;
  } else {
    console.log('size budget: met (smaller than react-hot-toast; ErrorDetails and the catalogs load on demand)');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
