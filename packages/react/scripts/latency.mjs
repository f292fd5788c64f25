// `pnpm bench:latency` (part of `npm run bench`; reported, never gated): show-to-DOM latency in Debian's
// Chromium, the time from calling show (`showError(body)`, `toast.error(msg)`) to the toast's final
// text being in the DOM, for the kit and its peers, on the same minimal production app the size check
// builds (size-apps.mjs). For the kit, "final" is the localized title from the catalog: before the
// language's catalog arrives the toast shows the code's name.
//
//   - cold, at startup: a fresh browser context (empty cache), show as soon as the app has mounted,
//     before the page went idle: the kit's catalog chunk may still be on its way;
//   - cold, page idle: a fresh context, show once the network is idle (the first error of a session);
//   - warm: the same page afterwards, one toast at a time, each with a different code (nothing
//     coalesces), everything dismissed in between.
import { rmSync } from 'node:fs';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { launchChromium, showAndWait } from './browser.mjs';
import { bodyFor, buildApp, VARIANTS, WARM_CODES, work } from './size-apps.mjs';

const COLD_RUNS = 7;
const WARM_ROUNDS = 3; // × WARM_CODES.length shows
const LIBRARIES = ['kit', 'sonner', 'hot', 'toastify'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.9) - 1)];
const ms = (x) => `${x.toFixed(1)} ms`;

async function cold(browser, url, variant, { idle }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: idle ? 'networkidle' : 'commit' });
    await page.waitForFunction(() => typeof window.__show === 'function', undefined, { polling: 'raf' });
    const { ms: time } = await page.evaluate(showAndWait, [bodyFor('-1121'), variant.expected('-1121'), 10_000]);
    return { time, page, context };
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function run(browser, variant) {
  const dist = await buildApp(variant, { mode: 'latency' });
  const server = await serveStatic(dist);
  try {
    const startup = [];
    const idle = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      const a = await cold(browser, server.url, variant, { idle: false });
      startup.push(a.time);
      await a.context.close();
      const b = await cold(browser, server.url, variant, { idle: true });
      idle.push(b.time);
      await b.context.close();
    }
    const { page, context } = await cold(browser, server.url, variant, { idle: true });
    const warm = [];
    try {
      for (let round = 0; round < WARM_ROUNDS; round++) {
        for (const code of WARM_CODES) {
          await page.evaluate(() => window.__dismissAll());
          await page.waitForTimeout(250);
          warm.push((await page.evaluate(showAndWait, [bodyFor(code), variant.expected(code), 10_000])).ms);
        }
      }
    } finally {
      await context.close();
    }
    return { startup, idle, warm };
  } finally {
    await server.close();
  }
}

rmSync(work, { recursive: true, force: true });
const browser = await launchChromium();
const rows = [];
try {
  for (const name of LIBRARIES) {
    const variant = VARIANTS.find((v) => v.name === name);
    const r = await run(browser, variant);
    rows.push([variant.label, ms(median(r.startup)), ms(median(r.idle)), ms(median(r.warm)), ms(p90(r.warm))]);
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

console.log(
  `Show-to-DOM latency in Chromium ${browser.version()} (production builds on 127.0.0.1; medians of ${COLD_RUNS} cold runs and ${WARM_ROUNDS * WARM_CODES.length} warm shows)`,
);
const header = ['', 'cold, at startup', 'cold, page idle', 'warm median', 'warm p90'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[0]) : c.padStart(widths[i]))).join('  ')}`;
console.log(line(header));
for (const row of rows) console.log(line(row));
