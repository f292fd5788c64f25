/**
 * `pnpm bench` (second part): inputs built to hurt the body scanner and the template matcher, at
 * 10 KB, 100 KB, 1 MB and 2 MB, against the built package. For each: time per KB, the ratio to
 * JSON.parse of the same input, the ratio to resolving plain text of the same size (an ordinary JSON
 * body of words, read by the general path; Binance's own key order takes a faster scanner, shown on
 * its own row), and what doubling
 * the size (1 MB → 2 MB) does to the time. Targets: every input ≤ 25× plain text of its size, and
 * doubling the size at most doubles the time. The matcher is also run without its length cap
 * (`matchVariantUncapped`) to show the matching itself is linear, not only skipped.
 * `--enforce` exits 1 when a target is missed.
 */
import { codeInfo, resolve } from '@exchange-errors/core';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type * as Matcher from '../../core/src/matcher.js';
import type * as Eager from '../src/generated/eager.js';

const { binanceOptionsEager }: typeof Eager = await import(new URL('../dist/generated/eager.js', import.meta.url).href);
// The matcher without its cap is no public API: read from the engine's build, as installed here.
const coreEntry = createRequire(import.meta.url).resolve('@exchange-errors/core');
const core: typeof Matcher = await import(new URL('matcher.js', pathToFileURL(coreEntry)).href);
const resolveBinanceError = (input: unknown) => resolve(binanceOptionsEager, input);
const getErrorCodeInfo = (code: number) => codeInfo(binanceOptionsEager, code);

const KB = 1024;
const SIZES = [10 * KB, 100 * KB, 1024 * KB, 2048 * KB];
const label = (n: number) => (n >= 1024 * KB ? `${n / (1024 * KB)} MB` : `${n / KB} KB`);

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const WEIGHT_HEAD = 'Too much request weight used; current limit is ';
const WEIGHT_TAIL = ' request weight per 1 MINUTE. Please use the websocket for live updates to avoid polling the API.';
const PARAM_TAIL = ' was not sent, was empty/null, or malformed.';

/** Each builds an input of about `n` characters. */
const BASELINE = 'plain text (baseline)';
const PLAIN = 'the quick brown fox jumps over the lazy dog ';
const INPUTS: Record<string, (n: number) => string> = {
  // The baseline: an ordinary JSON body of the same size, read by the general path (JSON.parse).
  'plain text (baseline)': (n) => `{"msg":"${fill(PLAIN, n)}","code":-1121}`,
  'plain text, Binance key order (fast scanner)': (n) => `{"code":-1121,"msg":"${fill(PLAIN, n)}"}`,
  'body + trailing spaces': (n) => `{"code":-1121,"msg":"Invalid symbol."}${' '.repeat(n)}`,
  'spaces + body': (n) => `${' '.repeat(n)}{"code":-1121,"msg":"Invalid symbol."}`,
  'pretty body, padded inside': (n) => `{\n${' '.repeat(n)}"code": -1121,\n  "msg": "Invalid symbol."\n}`,
  '-1008 value repeating a template fragment': (n) =>
    `{"code":-1008,"msg":"${WEIGHT_HEAD}${fill('1 request weight per ', n)}${WEIGHT_TAIL}"}`,
  '-1008 long value (lazy group)': (n) => `{"code":-1008,"msg":"${WEIGHT_HEAD}${'9'.repeat(n)}${WEIGHT_TAIL}"}`,
  'unterminated quote': (n) => `{"code":-1102,"msg":"Mandatory parameter '${'a'.repeat(n)}`,
  'many backticks': (n) => `{"code":-1102,"msg":"Mandatory parameter ${'`'.repeat(n)}${PARAM_TAIL}"}`,
  'bare text of template fragments (all codes)': (n) => fill('Invalid symbol. Mandatory parameter ', n),
  'escaped quotes': (n) => `{"code":-1102,"msg":"Mandatory parameter ${fill('\\"', n)}${PARAM_TAIL}"}`,
};

/** Messages for the uncapped matcher: the worst shapes for a template matcher. */
const MESSAGES: Record<string, { code: number; build: (n: number) => string }> = {
  'plain text (baseline)': { code: -1008, build: (n) => fill('the quick brown fox jumps over the lazy dog ', n) },
  '-1008 repeated fragment': {
    code: -1008,
    build: (n) => `${WEIGHT_HEAD}${fill('1 request weight per ', n)}${WEIGHT_TAIL}`,
  },
  '-1008 repeated fragment, no tail': {
    code: -1008,
    build: (n) => `${WEIGHT_HEAD}${fill('1 request weight per ', n)}`,
  },
  '-1008 long value': { code: -1008, build: (n) => `${WEIGHT_HEAD}${'9'.repeat(n)}${WEIGHT_TAIL}` },
  '-1102 backticks': { code: -1102, build: (n) => `Mandatory parameter ${'`'.repeat(n)}${PARAM_TAIL}` },
  '-1102 quotes in a value': { code: -1102, build: (n) => `Mandatory parameter '${fill("x' ", n)}'${PARAM_TAIL}` },
  '-1100 repeated separators': {
    code: -1100,
    build: (n) => `Illegal characters found in parameter '${fill("a'; legal range is '", n)}'.`,
  },
};

function timePerCall(fn: () => unknown): number {
  let iterations = 1;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    const ns = Number(process.hrtime.bigint() - start);
    if (ns >= 50e6) return ns / iterations;
    iterations *= 2;
  }
}

/** Median of 5 interleaved measurements of each function, in ns per call. */
function measure(fns: Record<string, () => unknown>): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let round = 0; round < 5; round++) for (const [k, fn] of Object.entries(fns)) samples[k]?.push(timePerCall(fn));
  return Object.fromEntries(
    Object.entries(samples).map(([k, list]) => [k, [...list].sort((a, b) => a - b)[2] ?? Number.NaN]),
  );
}

const parse = (text: string) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
};

let ok = true;
const us = (ns: number) => `${(ns / 1000).toFixed(1)} µs`;
console.log(`\nAdversarial inputs (node ${process.version}; median of 5 rounds)\n`);
console.log('resolveBinanceError(body string)');
console.log(
  ['input'.padEnd(44), ...SIZES.map((s) => `${label(s)}: µs/KB · ×parse · ×plain`.padStart(34)), '2 MB/1 MB'].join(' '),
);
const plainAt = new Map<number, number>();
for (const [name, build] of Object.entries(INPUTS)) {
  const cells: string[] = [];
  const times: number[] = [];
  for (const size of SIZES) {
    const text = build(size);
    const t = measure({ resolve: () => resolveBinanceError(text), parse: () => parse(text) });
    const resolve = t['resolve'] ?? Number.NaN;
    if (name === BASELINE) plainAt.set(size, resolve);
    const plain = plainAt.get(size) ?? resolve;
    const vsPlain = resolve / plain;
    times.push(resolve);
    if (vsPlain > 25) ok = false;
    cells.push(
      `${(resolve / 1000 / (text.length / KB)).toFixed(3)} · ${(resolve / (t['parse'] ?? 1)).toFixed(2)}× · ${vsPlain.toFixed(2)}×`.padStart(
        34,
      ),
    );
  }
  const doubling = (times[3] ?? 0) / (times[2] ?? 1);
  if (doubling > 2.5) ok = false;
  console.log([name.padEnd(44), ...cells, `${doubling.toFixed(2)}×`].join(' '));
}

console.log('\nmatchVariantUncapped(code, message): the matcher with its 4 KB cap lifted');
console.log(
  ['message'.padEnd(44), ...SIZES.map((s) => `${label(s)}: µs/KB · ×plain`.padStart(26)), '2 MB/1 MB'].join(' '),
);
const plainMatch = new Map<number, number>();
for (const [name, { code, build }] of Object.entries(MESSAGES)) {
  const info = getErrorCodeInfo(code);
  if (!info) throw new Error(`no code ${code}`);
  const cells: string[] = [];
  const times: number[] = [];
  for (const size of SIZES) {
    const text = build(size);
    const t = measure({ match: () => core.matchVariantUncapped(info, text) })['match'] ?? Number.NaN;
    if (name === BASELINE) plainMatch.set(size, t);
    const vsPlain = t / (plainMatch.get(size) ?? t);
    times.push(t);
    if (vsPlain > 25) ok = false;
    cells.push(`${(t / 1000 / (text.length / KB)).toFixed(3)} · ${vsPlain.toFixed(2)}×`.padStart(26));
  }
  const doubling = (times[3] ?? 0) / (times[2] ?? 1);
  if (doubling > 2.5) ok = false;
  console.log([name.padEnd(44), ...cells, `${doubling.toFixed(2)}×`].join(' '));
}
console.log(`\nslowest single call above: see the µs/KB columns × size; e.g. 1 MB at 1 µs/KB is ${us(1024 * 1000)}.`);
console.log(
  `targets (≤ 25× plain text of the same size; doubling the size ≤ 2× the time, 2.5× allowed for noise): ${ok ? 'met' : 'MISSED'}`,
);
if (!ok && process.argv.includes('--enforce')) process.exitCode = 1;
