/**
 * `pnpm bench`: throughput of `resolve` and `format` on Options (the built in-memory module) with real-shaped payloads,
 * and, in the same run, the ratio of resolving a raw body to `JSON.parse` of that same body.
 * Target: resolve ≤ 2× JSON.parse. Runs against the built package (what users get).
 * `--enforce` exits 1 when the target is missed.
 */
import { format, resolve } from '@exchange-errors/core';
import type * as Eager from '../src/generated/eager.js';

// Typed from the sources, loaded from the build: the figures are for the code users install.
const { binanceOptionsEager }: typeof Eager = await import(new URL('../dist/generated/eager.js', import.meta.url).href);
const resolveBinanceError = (input: unknown) => resolve(binanceOptionsEager, input);
const formatBinanceError = (input: unknown, options: { lng: string }) => format(binanceOptionsEager, input, options);

const PAYLOADS: Record<string, string> = {
  'bad symbol (-1121)': '{"code":-1121,"msg":"Invalid symbol."}',
  'missing param (-1102)': `{"code":-1102,"msg":"Mandatory parameter 'quantity' was not sent, was empty/null, or malformed."}`,
  'weight limit (-1008)':
    '{"code":-1008,"msg":"Too much request weight used; current limit is 400 request weight per 1 MINUTE. Please use the websocket for live updates to avoid polling the API."}',
  'unknown code': '{"code":-9999,"msg":"Something new."}',
  'pretty-printed body (-1102)': `{ "code": -1102, "msg": "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." }`,
};

const ROUNDS = 9;
const ROUND_MS = 100;

function iterationsFor(fn: () => unknown): number {
  let iterations = 1000;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    if (Number(process.hrtime.bigint() - start) / 1e6 >= ROUND_MS) return iterations;
    iterations *= 2;
  }
}

function perCall(fn: () => unknown, iterations: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  return Number(process.hrtime.bigint() - start) / iterations;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Median ns per call of each function, measured in interleaved rounds so drift hits all alike. */
function measure(fns: Record<string, () => unknown>): { ns: Record<string, number>; rounds: Record<string, number>[] } {
  const counts = Object.fromEntries(Object.entries(fns).map(([k, fn]) => [k, iterationsFor(fn)]));
  const rounds: Record<string, number>[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    rounds.push(Object.fromEntries(Object.entries(fns).map(([k, fn]) => [k, perCall(fn, counts[k] ?? 1000)])));
  }
  const ns = Object.fromEntries(
    Object.keys(fns).map((k) => [k, median(rounds.map((round) => round[k] ?? Number.NaN))]),
  );
  return { ns, rounds };
}

const fmt = (ns: number) => `${ns.toFixed(0).padStart(6)} ns  ${(1e3 / ns).toFixed(2).padStart(6)} M/s`;

let worst = 0;
console.log(`node ${process.version}, ${ROUNDS} interleaved rounds of ~${ROUND_MS} ms each, median per call\n`);
for (const [label, body] of Object.entries(PAYLOADS)) {
  const parsed: unknown = JSON.parse(body);
  const { ns, rounds } = measure({
    parse: () => JSON.parse(body),
    resolveRaw: () => resolveBinanceError(body),
    resolveObject: () => resolveBinanceError(parsed),
    formatEn: () => formatBinanceError(body, { lng: 'en' }),
    formatZh: () => formatBinanceError(body, { lng: 'zh' }),
  });
  // The ratio of each round, then the median: parse and resolve ran side by side in every round.
  const ratio = median(rounds.map((round) => (round['resolveRaw'] ?? 0) / (round['parse'] ?? 1)));
  worst = Math.max(worst, ratio);
  console.log(label);
  console.log(`  JSON.parse(body)          ${fmt(ns['parse'] ?? 0)}`);
  console.log(`  resolve(body string)      ${fmt(ns['resolveRaw'] ?? 0)}   ${ratio.toFixed(2)}× JSON.parse`);
  console.log(`  resolve(parsed object)    ${fmt(ns['resolveObject'] ?? 0)}`);
  console.log(`  format(body, en)          ${fmt(ns['formatEn'] ?? 0)}`);
  console.log(`  format(body, zh)          ${fmt(ns['formatZh'] ?? 0)}`);
}
const ok = worst <= 2;
console.log(`\nworst resolve / JSON.parse ratio: ${worst.toFixed(2)}× (target ≤ 2×): ${ok ? 'met' : 'MISSED'}`);
if (!ok && process.argv.includes('--enforce')) process.exitCode = 1;
