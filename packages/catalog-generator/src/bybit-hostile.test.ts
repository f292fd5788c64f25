/**
 * Bybit's pages built to hurt the parser and the pairing: 1,000 times the real page, rows of a megabyte
 * each (mixed scripts, braces, strikes, numbered lists, HTML links, pipes), a code in 100,000 rows or
 * 10,000 sections. Every one is read (or refused with a SourceFormatError) in linear time: a quadratic
 * step would take hours here. The first run found one (each table scanned every code read so far, 5 s
 * for 100 copies of the page); it is fixed, and the growth check below guards it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceFormatError } from './errors.js';
import type { ParsedDocument } from './model.js';
import { pairProduct } from './pair.js';
import { parseDocument, parseDocuments } from './parse.js';
import { REPO_ROOT } from './sources.js';

const MB = 1 << 20;
const read = (name: string): string => readFileSync(join(REPO_ROOT, 'packages/bybit/source', name), 'utf8');
const EN = read('bybit-v5-error-code.en.md');
const ZH = read('bybit-v5-error-code.zh-TW.md');
const FRONT =
  '---\nexchange: bybit\nlanguage: en\nsource_url: https://bybit-exchange.github.io/docs/v5/error\n---\n## S\n';
const TABLE = '|Code|Description|\n|:-|:-|\n';

/** The page with its body (from the first section on) repeated `times` times. */
function repeated(page: string, times: number): string {
  const at = page.indexOf('## HTTP');
  return page.slice(0, at) + `${page.slice(at)}\n`.repeat(times);
}

function attempt(text: string): ParsedDocument[] | SourceFormatError {
  try {
    return parseDocuments(text);
  } catch (error) {
    if (error instanceof SourceFormatError) return error;
    throw error;
  }
}

/** Milliseconds per megabyte to parse the page `times` times over, the faster of two runs. */
function msPerMb(page: string, times: number): number {
  const text = repeated(page, times);
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const start = performance.now();
    parseDocuments(text);
    best = Math.min(best, performance.now() - start);
  }
  return best / (text.length / MB);
}

describe('the real page, many times over', () => {
  // Tens of seconds on a loaded 2-core machine: correctness is asserted, speed is the growth check below.
  const LONG = { timeout: 300_000 };

  it('reads 1,000 copies of the en page (about 49 MB): every code of every copy', LONG, () => {
    const doc = parseDocuments(repeated(EN, 1000))[0];
    expect(doc?.codes).toHaveLength(724 * 1000);
    expect(doc?.sections).toHaveLength(20 * 1000);
  });

  it('pairs 100 copies of both pages', LONG, () => {
    const en = parseDocument(repeated(EN, 100));
    const zh = parseDocument(repeated(ZH, 100));
    const pairing = pairProduct(en, zh);
    expect(pairing.codes).toHaveLength(724 * 100);
    expect(pairing.codes.filter((c) => c.variants.some((v) => v.zh.kind === 'binance')).length).toBeGreaterThan(50_000);
  });

  it('costs about as much per megabyte for 100 copies as for 10 (linear, not quadratic)', LONG, () => {
    const small = msPerMb(EN, 10);
    const large = msPerMb(EN, 100);
    // Linear time gives a ratio near 1 (noise on a shared machine: up to 2 or 3); quadratic, about 10.
    expect(large / small).toBeLessThan(5);
  });
});

describe('rows built to hurt, 1 MB each', () => {
  const row = (cell: string): string => `${FRONT}${TABLE}| 1 |${cell}|\n`;
  const hostile: [string, string][] = [
    ['Latin words and Han characters alternating', row('word 中 '.repeat(MB / 7))],
    ['Han characters, then one Latin word glued to each', row('中a'.repeat(MB / 2))],
    ['double braces', row('{{'.repeat(MB / 2))],
    ['full-width braces', row('｛｛a'.repeat(MB / 3))],
    ['Go placeholders without their end', row("''{{.a".repeat(MB / 6))],
    ['empty slots', row('{}'.repeat(MB / 2))],
    ['strikes', row('~~'.repeat(MB / 2))],
    [
      'a numbered list of a hundred thousand items',
      row(Array.from({ length: 100_000 }, (_, i) => `${i + 1}. x`).join('; ')),
    ],
    ['semicolons and numbers that never continue the list', row(`1. a${'; 3.'.repeat(MB / 4)}`)],
    ['HTML links without an end', row('<a href="x">'.repeat(MB / 12))],
    ['HTML links', row('<a href="x">y</a>'.repeat(MB / 17))],
    ['quotes', row('"'.repeat(MB))],
    ['pipes', `${FRONT}${TABLE}| 1 ${'|'.repeat(MB)}\n`],
    ['a code of a million digits', `${FRONT}${TABLE}| ${'9'.repeat(MB)} | x |\n`],
    ['a struck code of dashes', `${FRONT}${TABLE}| ~~${'-'.repeat(MB)}~~ | x |\n`],
    ['blanks between English and Chinese', row(`English words here${' '.repeat(MB)}中文`)],
  ];

  it.each(hostile)('%s', (_, text) => {
    const result = attempt(text);
    if (result instanceof SourceFormatError) expect(result.line).toBeGreaterThan(0);
    else expect(result.length).toBe(1);
  });

  it(
    'merges 100,000 rows of one code into one entry, and pairs it with as many Chinese rows',
    { timeout: 300_000 },
    () => {
      const rows = (text: (i: number) => string): string =>
        Array.from({ length: 100_000 }, (_, i) => `| 7 | ${text(i)} |`).join('\n');
      const en = parseDocument(`${FRONT}${TABLE}${rows((i) => `Message ${i % 13 === 0 ? 'same' : i} %s`)}\n`);
      const zh = parseDocument(
        `---\nexchange: bybit\nlanguage: zh-TW\n---\n## 甲\n${TABLE}${rows((i) => `Message ${i} %s 訊息 ${i} %s`)}\n`,
      );
      expect(en.codes).toHaveLength(1);
      expect(en.codes[0]?.messages).toHaveLength(100_000);
      const pairing = pairProduct(en, zh);
      expect(pairing.codes[0]?.variants).toHaveLength(100_000);
    },
  );

  it('pairs a code listed in 10,000 sections on both pages', () => {
    const sections = (title: string, text: string): string =>
      Array.from(
        { length: 10_000 },
        (_, i) => `## ${title} ${i}\n${TABLE}| 7 | ${text} ${i} |\n| ${i + 10} | x |\n`,
      ).join('');
    const en = parseDocument(`${FRONT.replace('## S\n', '')}${sections('S', 'Message')}`);
    const zh = parseDocument(`---\nexchange: bybit\nlanguage: zh-TW\n---\n${sections('節', '訊息')}`);
    const pairing = pairProduct(en, zh);
    expect(pairing.codes).toHaveLength(20_000);
    expect(pairing.codes.filter((c) => c.code === 7 && c.variants[0]?.zh.kind === 'binance').length).toBe(10_000);
  });
});
