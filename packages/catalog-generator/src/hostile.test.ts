/**
 * Inputs built to hurt the parser. It must be total (a `ParsedDocument` or a `SourceFormatError`, never
 * another exception) and linear: every hostile line here is 1 MB, so a quadratic scan (1e12 steps)
 * would blow the test's time limit by hours. Time growth itself is measured in `pnpm bench`
 * (scripts/bench-parse.ts), not asserted here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceFormatError } from './errors.js';
import type { ParsedDocument } from './model.js';
import { pairProduct } from './pair.js';
import { parseDocument, parseDocuments } from './parse.js';

const MB = 1 << 20;
const FRONT = '---\nproduct: usds-m-futures\nlanguage: en\n---\n# Error Codes\n## 10xx - General\n';

/** Parses, and says what happened: the document, or the SourceFormatError. Anything else fails the test. */
function attempt(text: unknown): ParsedDocument[] | SourceFormatError {
  try {
    return parseDocuments(text as string);
  } catch (error) {
    if (error instanceof SourceFormatError) return error;
    throw error;
  }
}

describe('hostile lines, 1 MB each', () => {
  const hostile: [string, string][] = [
    ['blanks inside an item', `### -1 A\n* a${' '.repeat(MB)}b`],
    ['blanks then a marker, many times', `### -1 A\n* a${'  * b'.repeat(MB / 5)}`],
    ['opening brackets', `### -1 A\n* ${'['.repeat(MB)}`],
    ['brackets and parentheses', `### -1 A\n* ${'[a]('.repeat(MB / 4)}`],
    ['links', `### -1 A\n* ${'[a](#b)'.repeat(MB / 7)}`],
    ['backslashes', `### -1 A\n* ${'\\'.repeat(MB)}`],
    ['escapes', `### -1 A\n* ${'\\_'.repeat(MB / 2)}`],
    ['percent signs and braces', `### -1 A\n* ${'%{％{a'.repeat(MB / 5)}`],
    ['emphasis', `### -1 A\n* ${'**'.repeat(MB / 2)}x`],
    ['a permalink look-alike', `### -1 A${'[\u200b](/p#a "'.repeat(MB / 12)})\n* a`],
    ['zero-width spaces before a permalink', `### -1 A[${'\u200b'.repeat(MB)}](/p#a "t")\n* a`],
    ['a long name', `### -1 ${'A'.repeat(MB)}\n* a`],
    ['a long heading of hashes', `${'#'.repeat(MB)} x\n### -1 A\n* a`],
    ['a table of pipes', `Error | Description\n--- | ---\n${'|'.repeat(MB)}\n### -1 A\n* a`],
    ['a table row of quotes', `Error | Description\n--- | ---\n${'"'.repeat(MB)} | x\n### -1 A\n* a`],
    ['a table row of code spans', `Error | Description\n--- | ---\n"a" | ${'`|'.repeat(MB / 2)}\n### -1 A\n* a`],
    [
      'a description of line breaks and blanks',
      `Error | Description\n--- | ---\n"a" | ${'<br/>  '.repeat(MB / 7)}\n### -1 A\n* a`,
    ],
    ['html anchors', `${'<a id="x"></a>\n'.repeat(MB / 15)}### -1 A\n* a`],
    ['a long html anchor', `<a id="${'x'.repeat(MB)}"></a>\n### -1 A\n* a`],
  ];

  it.each(hostile)('%s', (_, body) => {
    const result = attempt(FRONT + body);
    if (result instanceof SourceFormatError) {
      expect(result.line).toBeGreaterThan(0);
    } else {
      expect(result[0]?.codes.length).toBeGreaterThan(0);
    }
  });

  it('pairs hostile documents without throwing', () => {
    const en = parseDocument(`${FRONT}### -1 A\n* ${'[a]('.repeat(MB / 8)}%s\n* b '.repeat(1)}`);
    const zh = parseDocument(`# 错误代码\n## S\n### -1 A\n* ${'参数 '.repeat(MB / 6)}%s\n* ${'a '.repeat(MB / 4)}`, {
      product: 'usdm',
      language: 'zh',
    });
    const pairing = pairProduct(en, zh);
    expect(pairing.codes[0]?.variants.length).toBeGreaterThan(0);
  });
});

describe('hostile codes', () => {
  it('pairs a code with 50,000 messages on both pages (matching stays linear past a handful)', () => {
    const items = (prefix: string, count: number): string =>
      Array.from({ length: count }, (_, i) => `* ${prefix} ${i % 7 === 0 ? 'same' : i} %s`).join('\n');
    const en = parseDocument(`${FRONT}### -1 A\n${items('Message', 50_000)}`);
    const zh = parseDocument(`# 错误代码\n## S\n### -1 A\n${items('Message', 50_000)}\n${items('消息', 50_000)}`, {
      product: 'usdm',
      language: 'zh',
    });
    const pairing = pairProduct(en, zh);
    expect(pairing.codes[0]?.variants).toHaveLength(50_000);
    expect(pairing.codes[0]?.variants.every((v) => v.zh.kind !== 'missing')).toBe(true);
  });
});

describe('malformed documents', () => {
  it('unterminated front matter: an error at line 1', () => {
    const result = attempt('---\nproduct: spot\nlanguage: en\n# T\n## S\n### -1 A\n* a');
    expect(result).toBeInstanceOf(SourceFormatError);
    expect((result as SourceFormatError).line).toBe(1);
  });

  it('a heading without a name: an error at its line', () => {
    const result = attempt(`${FRONT}### -1000 UNKNOWN\n* a\n### -1001\n* b`);
    expect(result).toBeInstanceOf(SourceFormatError);
    expect((result as SourceFormatError).line).toBe(9);
  });

  it.each([null, undefined, 42, {}, ['# T']])('not text (%s): an error, not a crash', (value) => {
    expect(attempt(value)).toBeInstanceOf(SourceFormatError);
  });

  it('an empty file, a file of blank lines, a lone front matter: an error', () => {
    for (const text of ['', '\n\n\n', '---\nproduct: spot\n---\n', '\ufeff'])
      expect(attempt(text)).toBeInstanceOf(SourceFormatError);
  });

  it('CRLF and CR line ends read like LF, with the same line numbers', () => {
    const lf = `${FRONT}### -1 A\n* a\n### -2 B\n* b`;
    for (const eol of ['\r\n', '\r']) {
      const result = attempt(lf.replaceAll('\n', eol));
      expect(result).toEqual(attempt(lf));
    }
  });
});

describe('a document 1,000 times the size of a fixture', () => {
  it('reads every code of it', () => {
    const block = (n: number): string =>
      [
        `### \\-${n} TOO\\_MANY\\_REQUESTS[\u200b](/docs/x#-${n} "Direct link")`,
        '',
        "  * Too many parameters; expected '%s' and received '%s'.  * 参数太多；预期为`％s`并收到了`％s`。",
        '  - Invalid `MDEntryType (269)` combination; see [Filter Failures](#filter-failures).',
        '',
      ].join('\n');
    const blocks: string[] = [];
    for (let n = 1; n <= 1000; n++) blocks.push(block(n));
    const d = parseDocument(FRONT + blocks.join('\n'));
    expect(d.codes).toHaveLength(1000);
    expect(d.codes[999]).toMatchObject({ code: -1000, name: 'TOO_MANY_REQUESTS', anchor: '-1000' });
    expect(d.codes.every((c) => c.messages.length === 3)).toBe(true);
  });
});

describe('a Spot-like document with tables, 1,000 times over', () => {
  it("gives each table only the codes that link to it: an id used in every copy is the first one's", () => {
    const block = (k: number): string =>
      [
        '## 10xx - General',
        `### -${k}013 INVALID_MESSAGE`,
        ' * Potential error messages can be found in [Failures](#other-errors).',
        '<a id="other-errors"></a>',
        '',
        '## Messages for -2010 NEW_ORDER_REJECTED',
        'Error message | Description',
        '------------ | ------------',
        '"Unknown order sent." | The order could not be found.',
      ].join('\n');
    const copies = Array.from({ length: 1000 }, (_, k) => block(k + 1)).join('\n');
    const d = parseDocument(`---\nproduct: spot\nlanguage: en\n---\n# Error codes\n${copies}`);
    expect(d.tables).toHaveLength(1000);
    expect(d.tables[0]?.codes).toEqual([-2010, ...Array.from({ length: 1000 }, (_, k) => -Number(`${k + 1}013`))]);
    expect(d.tables.slice(1).every((t) => t.codes.length === 1 && t.codes[0] === -2010)).toBe(true);
  });
});

describe('fuzzing', () => {
  /** Lines assembled from the fragments these documents are made of, in any order. */
  const fragment = fc.constantFrom(
    '# ',
    '## ',
    '### ',
    ' ### ',
    '#### ',
    '-1000',
    '51006',
    '\\-',
    '\\_',
    ' UNKNOWN',
    ' 未知错误',
    '* ',
    '  * ',
    '- ',
    '+ ',
    '  ',
    '%s',
    "'%s'",
    '`％s`',
    '{param}',
    '%d',
    '[',
    ']',
    '(',
    ')',
    '](',
    '[\u200b](/docs/x#a "t")',
    '#',
    '"',
    '|',
    '--- | ---',
    '---',
    '```',
    '<a id="x"></a>',
    '<br/>',
    '**',
    '参数',
    'Invalid symbol.',
    '\ufffd',
    '\t',
    '\\',
  );
  const line = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(''));
  const body = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));

  it('any document made of these fragments parses or fails with a SourceFormatError', () => {
    fc.assert(
      fc.property(body, fc.boolean(), (text, withFront) => {
        const result = attempt(withFront ? FRONT + text : text);
        if (result instanceof SourceFormatError) return result.line >= 1;
        return result.every((d) => d.codes.every((c) => c.code < 0 && c.name !== '' && c.messages.length > 0));
      }),
      { numRuns: 2000 },
    );
  });

  it('any text at all parses or fails with a SourceFormatError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        attempt(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('any two parsed documents of a product pair without throwing, and every en message gets a zh side', () => {
    fc.assert(
      fc.property(body, body, (enBody, zhBody) => {
        const en = attempt(`---\nproduct: spot\nlanguage: en\n---\n# Error codes\n## S\n### -1 A\n* a\n${enBody}`);
        const zh = attempt(`---\nproduct: spot\nlanguage: zh-CN\n---\n# 错误代码\n## S\n### -1 A\n* 甲\n${zhBody}`);
        if (en instanceof SourceFormatError || zh instanceof SourceFormatError) return;
        const [enDoc] = en;
        const [zhDoc] = zh;
        if (!enDoc || !zhDoc || enDoc.language !== 'en' || zhDoc.language !== 'zh') return;
        const pairing = pairProduct(enDoc, zhDoc);
        const enMessages = enDoc.codes.reduce((n, c) => n + c.messages.length, 0);
        expect(pairing.codes.reduce((n, c) => n + c.variants.length, 0)).toBe(enMessages);
      }),
      { numRuns: 1000 },
    );
  });
});
