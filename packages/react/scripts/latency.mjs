// `pnpm bench:latency` (part of `npm run bench`; reported, never gated): the kit beside sonner,
// react-hot-toast and react-toastify in one run, on the same minimal production app the size budget
// builds (size-apps.mjs), loaded in Debian's Chromium:
//
//   - bytes (bytes.mjs): up front, at load, and everything fetched by the first toast, gzip -9;
//   - show-to-DOM latency, from calling show (`showError(body)`, `toast.error(msg)`) to the toast's
//     final text in the DOM; for the kit, final is the catalog's localized title (before it, the
//     toast shows what is in hand: the code, the server's words, a generic title). The kit's first
//     moment, its toast on screen whatever it says, is printed too:
//       - at mount: a fresh browser context (empty cache), show as soon as the app has mounted, before
//         the page went idle (an error on page load: a stale key, a clock off the recv window);
//       - page idle: a fresh context, show once the network is idle (the first error of a session);
//       - warm: the same page afterwards, one toast at a time, each with a different code (nothing
//         coalesces), everything dismissed in between.
// Cold runs alternate between the libraries, so that a change of load on the machine falls on all of
// them; the ratios to the peers (measured in this run) are what to read, not the absolute figures.
import { loadavg } from 'node:os';
import { rmSync } from 'node:fs';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { launchChromium, showAndWait } from './browser.mjs';
import { addedBytes, byteTargets, kB, measureBytes, printBytes } from './bytes.mjs';
import { bodyFor, buildApp, REFERENCES, VARIANTS, WARM_CODES, work } from './size-apps.mjs';

const COLD_RUNS = 9;
const WARM_ROUNDS = 3; // × WARM_CODES.length shows
const LIBRARIES = ['kit', 'sonner', 'hot', 'toastify'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.9) - 1)];
const ms = (x) => `${x.toFixed(1)} ms`;

const probe = (variant, code) => [bodyFor(code), variant.expected(code), 10_000, variant.toastSelector];

async function cold(browser, url, variant, { idle }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: idle ? 'networkidle' : 'commit' });
    await page.waitForFunction(() => typeof window.__show === 'function', undefined, { polling: 'raf' });
    const result = await page.evaluate(showAndWait, probe(variant, '-1121'));
    return { ...result, page, context };
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function warm(browser, url, variant) {
  const { page, context } = await cold(browser, url, variant, { idle: true });
  const times = [];
  try {
    for (let round = 0; round < WARM_ROUNDS; round++) {
      for (const code of WARM_CODES) {
        await page.evaluate(() => window.__dismissAll());
        await page.waitForTimeout(250);
        times.push((await page.evaluate(showAndWait, probe(variant, code))).ms);
      }
    }
  } finally {
    await context.close();
  }
  return times;
}

rmSync(work, { recursive: true, force: true });
const browser = await launchChromium();
const bytes = new Map();
const timings = new Map();
const servers = [];
const loadBefore = loadavg()[0];
try {
  for (const variant of VARIANTS)
    bytes.set(variant.name, await measureBytes(browser, variant, await buildApp(variant)));
  // The references (size-apps.mjs) are timed like the libraries: what a lazy design costs at least,
  // and what the kit costs with nothing to fetch.
  const libraries = [...LIBRARIES.map((name) => VARIANTS.find((v) => v.name === name)), ...REFERENCES];
  for (const variant of libraries) {
    const server = await serveStatic(await buildApp(variant, { mode: 'latency' }));
    servers.push(server);
    timings.set(variant.name, { variant, url: server.url, mount: [], mountShown: [], idle: [], warm: [] });
  }
  for (let i = 0; i < COLD_RUNS; i++) {
    for (const t of timings.values()) {
      const a = await cold(browser, t.url, t.variant, { idle: false });
      t.mount.push(a.ms);
      t.mountShown.push(a.shownMs);
      await a.context.close();
      const b = await cold(browser, t.url, t.variant, { idle: true });
      t.idle.push(b.ms);
      await b.context.close();
    }
  }
  for (const t of timings.values()) t.warm = await warm(browser, t.url, t.variant);
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
  rmSync(work, { recursive: true, force: true });
}

const measured = addedBytes(bytes);
printBytes(measured, VARIANTS);

console.log(
  `\nShow-to-DOM latency in Chromium ${browser.version()} (production builds on 127.0.0.1; medians of ${COLD_RUNS} fresh pages each, alternating between libraries, and ${WARM_ROUNDS * WARM_CODES.length} warm shows; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after)`,
);
const header = ['', 'at mount: shown', 'at mount: final', 'page idle', 'warm median', 'warm p90'];
const rows = [...timings.values()].map((t) => [
  t.variant.label,
  ms(median(t.mountShown)),
  ms(median(t.mount)),
  ms(median(t.idle)),
  ms(median(t.warm)),
  ms(p90(t.warm)),
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[0]) : c.padStart(widths[i]))).join('  ')}`;
console.log(line(header));
for (const row of rows) console.log(line(row));

const kit = timings.get('kit');
const sonner = timings.get('sonner');
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const kitBytes = measured.added.get('kit');
console.log('\nThe kit beside its peers, this run (issue 20):');
for (const line of byteTargets(measured.added)) console.log(line);
const mount = median(kit.mount);
const mountSonner = median(sonner.mount);
console.log(
  `  at mount, show → localized title ≤ 1.5× sonner's: ${ms(mount)} vs ${ms(mountSonner)} (${ratio(mount, mountSonner)}): ${mount <= 1.5 * mountSonner ? 'met' : 'NOT met'}; the toast is on screen after ${ms(median(kit.mountShown))} (${ratio(median(kit.mountShown), mountSonner)})`,
);
console.log(
  `  page idle: ${ms(median(kit.idle))} vs ${ms(median(sonner.idle))} (${ratio(median(kit.idle), median(sonner.idle))}); warm: ${ms(median(kit.warm))} vs ${ms(median(sonner.warm))} (${ratio(median(kit.warm), median(sonner.warm))})`,
);
console.log(
  `  bytes: up front ${kB(kitBytes.up)}, first toast ${kB(kitBytes.first)} (${ratio(kitBytes.first, measured.added.get('sonner').first)} sonner's)`,
);
const floor = median(timings.get('floor').mount);
const floor3 = median(timings.get('floor-3').mount);
const inPage = median(timings.get('kit-in-page').mount);
console.log(
  `  at mount, the references: one lazy module ${ms(floor)} (${ratio(floor, mountSonner)} sonner's: what fetching a chunk costs at least), three at once ${ms(floor3)} (${ratio(floor3, mountSonner)}: the kit's first toast fetches three); the kit with every chunk in the page ${ms(inPage)} (${ratio(inPage, mountSonner)}: the kit's own work, with nothing to fetch)`,
);
