/**
 * `pnpm bench`: how parsing and pairing time grows with the input. Prints time per MB for the real
 * documents repeated 1 to 1,000 times (codes renumbered so they stay unique) and for hostile lines
 * from 256 KB to 4 MB; linear time shows as a flat ms/MB column and a doubling ratio near 2.
 * A report, not a gate: a shared CI machine is too noisy to fail on.
 */
import { performance } from 'node:perf_hooks';
import { pairProduct } from '../src/pair.js';
import { parseDocument } from '../src/parse.js';
import { readSource, SOURCE_FILES } from '../src/sources.js';

const MB = 1 << 20;

function fileOf(path: string): string {
  const file = SOURCE_FILES.find((f) => f.path.endsWith(path));
  if (!file) throw new Error(path);
  return readSource(file);
}

/** The document `times` times over: one front matter and title, each copy's codes moved by 100,000. */
function repeated(text: string, times: number): string {
  const lines = text.split('\n');
  const close = lines.indexOf('---', 1);
  const head = lines.slice(0, close + 1);
  const body = lines.slice(close + 1);
  const title = body.findIndex((line) => line.startsWith('# '));
  const rest = body.slice(title + 1).filter((line) => !line.startsWith('# '));
  const out = [...head, ...body.slice(0, title + 1)];
  for (let k = 0; k < times; k++) {
    for (const line of rest) {
      out.push(
        line.replace(
          /^(\s*###\s+(?:\\?-)?)(\d+)/,
          (_, lead: string, digits: string) => `${lead}${k * 100_000 + Number(digits)}`,
        ),
      );
    }
  }
  return out.join('\n');
}

/** Median of several rounds for quick inputs; a single round once one takes over a second. */
function time(run: () => void): number {
  const rounds: number[] = [];
  let total = 0;
  while (rounds.length < 3 || (total < 300 && rounds.length < 25)) {
    if (total > 1000) break;
    const start = performance.now();
    run();
    const ms = performance.now() - start;
    rounds.push(ms);
    total += ms;
  }
  rounds.sort((a, b) => a - b);
  return rounds[Math.floor(rounds.length / 2)] ?? 0;
}

function row(label: string, bytes: number, ms: number, previous?: number): string {
  const ratio = previous === undefined ? '' : (ms / previous).toFixed(2);
  return `| ${label} | ${(bytes / MB).toFixed(2)} | ${ms.toFixed(1)} | ${(ms / (bytes / MB)).toFixed(1)} | ${ratio} |`;
}

const header = ['| input | MB | ms (median) | ms per MB | × previous |', '|---|---:|---:|---:|---:|'];

console.log('\nParsing the real documents, repeated (each step 10× the input: linear means × previous ≈ 10)\n');
console.log(header.join('\n'));
for (const path of ['binance-spot-error-code.en.md', 'binance-usdm-error-code.zh.md']) {
  let previous: number | undefined;
  for (const times of [1, 10, 100, 1000]) {
    if (path.includes('usdm') && times === 1000) continue;
    const text = repeated(fileOf(path), times);
    const ms = time(() => parseDocument(text));
    console.log(row(`${path} × ${times}`, Buffer.byteLength(text), ms, previous));
    previous = ms;
  }
}

console.log('\nPairing USDⓈ-M en with zh, both repeated (linear means × previous ≈ 10)\n');
console.log(header.join('\n'));
{
  let previous: number | undefined;
  for (const times of [1, 10, 100]) {
    const en = parseDocument(repeated(fileOf('binance-usdm-error-code.en.md'), times));
    const zhText = repeated(fileOf('binance-usdm-error-code.zh.md'), times);
    const zh = parseDocument(zhText);
    const ms = time(() => pairProduct(en, zh));
    console.log(row(`USDⓈ-M × ${times}`, Buffer.byteLength(zhText), ms, previous));
    previous = ms;
  }
}

const FRONT = '---\nproduct: spot\nlanguage: en\n---\n# T\n## S\n### -1 A\n';
const hostile: [string, (size: number) => string][] = [
  ['blanks inside an item', (n) => `* a${' '.repeat(n)}b`],
  ['run-together markers', (n) => `* a${'  * b'.repeat(n / 5)}`],
  ['opening brackets', (n) => `* ${'['.repeat(n)}`],
  ['brackets and parentheses', (n) => `* ${'[a]('.repeat(n / 4)}`],
  ['backslash escapes', (n) => `* ${'\\_'.repeat(n / 2)}`],
  ['placeholder look-alikes', (n) => `* ${'%{％{a'.repeat(n / 5)}`],
  ['a table row of pipes and quotes', (n) => `\nError | Description\n--- | ---\n${'"|'.repeat(n / 2)}`],
  ['a permalink look-alike', (n) => `### -2 B${'[\u200b](/p#a "'.repeat(n / 12)})\n* a`],
];
console.log('\nHostile lines (each step 2× the input: linear means × previous ≈ 2)\n');
console.log(header.join('\n'));
for (const [label, make] of hostile) {
  let previous: number | undefined;
  for (const size of [MB / 4, MB / 2, MB, 2 * MB, 4 * MB]) {
    const text = FRONT + make(size);
    const ms = time(() => {
      try {
        parseDocument(text);
      } catch {
        // A SourceFormatError is an answer too; its time counts the same.
      }
    });
    console.log(row(`${label}, ${size / 1024} KB`, Buffer.byteLength(text), ms, previous));
    previous = ms;
  }
}
