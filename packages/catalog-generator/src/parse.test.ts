import { describe, expect, it } from 'vitest';
import { SourceFormatError } from './errors.js';
import type { ParsedDocument, QuirkKind } from './model.js';
import { parseDocument, parseDocuments } from './parse.js';

/** A one-language document with the front matter the vendored files carry. */
function doc(body: string, product = 'usds-m-futures', language = 'en'): ParsedDocument {
  return parseDocument(`---\nexchange: binance\nproduct: ${product}\nlanguage: ${language}\n---\n${body}`);
}

function quirks(document: ParsedDocument, kind: QuirkKind): number[] {
  return document.quirks.filter((q) => q.kind === kind).map((q) => q.line);
}

function errorOf(run: () => unknown): SourceFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof SourceFormatError) return error;
    throw error;
  }
  throw new Error('expected a SourceFormatError');
}

describe('headings', () => {
  it('reads a docs-site permalink with a zero-width space, and takes the anchor and page from it', () => {
    const d = doc(
      [
        '# Error Codes',
        '## 10xx - General[\u200b](/docs/derivatives/usds-margined-futures/error-code#10xx---general "Direct link to 10xx - General")',
        '### -1000 UNKNOWN[\u200b](/docs/derivatives/usds-margined-futures/error-code#-1000-unknown "Direct link to -1000 UNKNOWN")',
        '  * An unknown error occured while processing the request.',
      ].join('\n'),
    );
    expect(d.pagePath).toBe('/docs/derivatives/usds-margined-futures/error-code');
    expect(d.sections).toEqual([{ title: '10xx - General', anchor: '10xx---general', aliases: [], line: 7, level: 2 }]);
    expect(d.codes[0]).toMatchObject({ code: -1000, name: 'UNKNOWN', anchor: '-1000-unknown', aliases: [], line: 8 });
    expect(quirks(d, 'heading-link')).toEqual([7, 8]);
  });

  it('decodes a percent-encoded Chinese anchor, and keeps an undecodable one as written', () => {
    const d = doc(
      [
        '# 错误代码',
        '## 10xx - 常规[\u200b](/docs/zh-CN/x#10xx---%E5%B8%B8%E8%A7%84 "")',
        '### -1000 UNKNOWN[](/docs/zh-CN/x#-1000-%E0%A4%A "")',
        '  * 未知错误。',
      ].join('\n'),
      'usds-m-futures',
      'zh-CN',
    );
    expect(d.sections[0]?.anchor).toBe('10xx---常规');
    expect(d.codes[0]?.anchor).toBe('-1000-%E0%A4%A');
    expect(quirks(d, 'undecodable-anchor')).toEqual([8]);
  });

  it('derives the slug when a heading has no permalink (GitHub pages, scrapes)', () => {
    const d = doc(
      '# Error codes\n## 11xx - Request issues\n### -1100 ILLEGAL_CHARS\n * Illegal characters found in a parameter.',
    );
    expect(d.sections[0]?.anchor).toBe('11xx---request-issues');
    expect(d.codes[0]?.anchor).toBe('-1100-illegal_chars');
    expect(d.pagePath).toBeUndefined();
  });

  it('reads escaped Markdown (`\\-1000`, `TOO\\_MANY`) as the text it stands for', () => {
    const d = doc('# Error Codes\n## 10xx\n### \\-1003 TOO\\_MANY\\_REQUESTS\n- INVALID\\_MESSAGE.');
    expect(d.codes[0]).toMatchObject({ code: -1003, name: 'TOO_MANY_REQUESTS', anchor: '-1003-too_many_requests' });
    expect(d.codes[0]?.messages[0]).toMatchObject({ raw: 'INVALID\\_MESSAGE.', text: 'INVALID_MESSAGE.' });
    expect(quirks(d, 'escaped-markdown')).toEqual([8, 9]);
  });

  it('reads a heading with a leading space (Spot zh -1152) and notes it', () => {
    const d = doc(
      '# 错误代码汇总\n## 11xx\n ### -1152 无效的SBE报文头部\n* Invalid SBE message header.',
      'spot',
      'zh-CN',
    );
    expect(d.codes.map((c) => [c.code, c.name])).toEqual([[-1152, '无效的SBE报文头部']]);
    expect(quirks(d, 'indented-heading')).toEqual([8]);
  });

  it('keeps names as Binance wrote them: not UPPER_SNAKE, misspelt, or a sentence', () => {
    const d = doc(
      [
        '# Error Codes',
        '## 10xx',
        '### \\-1008 Request Throttled',
        '- Server is currently overloaded with other requests.',
        '### \\-2019 MARGIN\\_NOT\\_SUFFICIEN',
        '- Margin is insufficient.',
        '### \\-5026 Exceed\\_Maximum\\_Modify\\_Order\\_Limit',
        '- Exceed maximum modify order limit.',
        '### -2022 Order cancel-replace failed.',
        '* This code is sent when both the cancellation of the order failed and the new order placement failed.',
      ].join('\n'),
    );
    expect(d.codes.map((c) => c.name)).toEqual([
      'Request Throttled',
      'MARGIN_NOT_SUFFICIEN',
      'Exceed_Maximum_Modify_Order_Limit',
      'Order cancel-replace failed.',
    ]);
  });

  it("normalizes a code written without its minus sign (PM's 51xxx) and records the fix", () => {
    const d = doc(
      '# Error Codes\n## 50xx/51xxx\n### 51006 EXCEED\\_MAX\\_BORROWABLE\n- Exceeds maximum borrowable amount.',
      'portfolio-margin',
    );
    expect(d.codes[0]?.code).toBe(-51006);
    expect(d.quirks).toContainEqual({ kind: 'unsigned-code', line: 8, detail: '51006 read as -51006' });
  });

  it('takes <a id> tags above a heading as extra anchors, and notes a code out of order', () => {
    const d = doc(
      '# Error codes\n## 20xx\n### -2043 NO_REFERENCE_PRICE\n* x.\n<a id="other-errors"></a>\n\n## Messages for -1010 ERROR_MSG_RECEIVED\n### -2021 Order cancel-replace partially failed\n* y.',
      'spot',
    );
    expect(d.sections[1]).toMatchObject({ anchor: 'messages-for--1010-error_msg_received', aliases: ['other-errors'] });
    expect(quirks(d, 'html-anchor')).toEqual([10]);
    expect(quirks(d, 'out-of-order-code')).toEqual([13]);
  });

  it('notes headings that are not codes and ends the code before them', () => {
    const d = doc('# T\n## S\n### -1000 UNKNOWN\n* a.\n### Notes\n* not a message\n#### deeper');
    expect(d.codes[0]?.messages.map((m) => m.raw)).toEqual(['a.']);
    expect(quirks(d, 'non-code-heading')).toEqual([10, 12]);
    expect(quirks(d, 'stray-item')).toEqual([11]);
  });

  it('numbers repeated slugs like GitHub does', () => {
    const d = doc('# T\n## Notes\n### -1 A\n* a\n## Notes\n### -2 B\n* b');
    expect(d.sections.map((s) => s.anchor)).toEqual(['notes', 'notes-1']);
  });
});

describe('list items', () => {
  it('reads `*`, `-` and `+` markers, indented up to four blanks, with blank lines between', () => {
    const d = doc('# T\n## S\n### -1222 OPO_WORKING_MUST_BE_BUY\n\n* a.\n  - b.\n    + c.\n-d is prose\n*e is prose');
    expect(d.codes[0]?.messages.map((m) => m.raw)).toEqual(['a.', 'b.', 'c.']);
    expect(quirks(d, 'prose-under-code')).toEqual([13, 14]);
  });

  it('splits two items run together on one line, and keeps the line of both', () => {
    const d = doc(
      '# 错误代码\n## 10xx\n### -1015 TOO_MANY_ORDERS\n  * Too many new orders; current limit is %s orders per %s.  * 新订单太多； 当前限制为每％s ％s个订单。',
      'usds-m-futures',
      'zh-CN',
    );
    expect(d.codes[0]?.messages.map((m) => [m.raw, m.script, m.line])).toEqual([
      ['Too many new orders; current limit is %s orders per %s.', 'latin', 9],
      ['新订单太多； 当前限制为每％s ％s个订单。', 'cjk', 9],
    ]);
    expect(quirks(d, 'run-together-items')).toEqual([9]);
  });

  it('writes every placeholder form as %s in the template and keeps the raw text', () => {
    const d = doc(
      [
        '# T',
        '## S',
        '### -1 A',
        "* Parameter '%s' was empty.",
        '* Leverage `%s` is not valid',
        "* Working order must include the '{param}' tag.",
        "* Too many messages; current limit is '%d' messages per '%s'.",
        "* Target strategy invalid for orderType '%s',reduceOnly '%b'.",
      ].join('\n'),
    );
    expect(d.codes[0]?.messages.map((m) => m.template)).toEqual([
      "Parameter '%s' was empty.",
      'Leverage `%s` is not valid',
      "Working order must include the '%s' tag.",
      "Too many messages; current limit is '%s' messages per '%s'.",
      "Target strategy invalid for orderType '%s',reduceOnly '%s'.",
    ]);
    expect(d.codes[0]?.messages[2]?.raw).toBe("Working order must include the '{param}' tag.");
  });

  it('reads links as their text and keeps their in-document targets', () => {
    const d = doc(
      '# T\n## S\n### -1013 INVALID_MESSAGE\n  * Potential error messages can be found in [Filter Failures](#filter-failures).',
      'spot',
    );
    expect(d.codes[0]?.messages[0]).toMatchObject({
      text: 'Potential error messages can be found in Filter Failures.',
      links: ['filter-failures'],
    });
  });

  it('ignores fenced code blocks, even with headings and items inside', () => {
    const d = doc('# T\n```json\n# not a title\n## not a section\n```\n## S\n### -1 A\n* a\n```\n### -2 B\n* b');
    expect(d.codes.map((c) => c.code)).toEqual([-1]);
    expect(quirks(d, 'unterminated-fence')).toEqual([14]);
  });
});

describe('language copies', () => {
  it('reads the Options layout: an English and a Chinese copy in one file, told apart by their permalinks', () => {
    const text = [
      '---',
      'source_url: https://developers.binance.com/docs/derivatives/options-trading/error-code',
      '---',
      '# Error Codes',
      '## 10xx[](/docs/derivatives/options-trading/error-code#10xx "x")',
      '### -1000 UNKNOWN[](/docs/derivatives/options-trading/error-code#-1000-unknown "x")',
      '  * An unknown error occurred while processing the request.',
      '---',
      '# 错误代码',
      '## 10xx[](/docs/zh-CN/derivatives/options-trading/error-code#10xx "x")',
      '### -1000 UNKNOWN[](/docs/zh-CN/derivatives/options-trading/error-code#-1000-unknown "x")',
      '  * 处理请求时发生未知错误。',
    ].join('\n');
    const [en, zh] = parseDocuments(text);
    expect([en?.product, en?.language, en?.title, en?.codes[0]?.messages[0]?.script]).toEqual([
      'options',
      'en',
      'Error Codes',
      'latin',
    ]);
    expect([zh?.product, zh?.language, zh?.title, zh?.codes[0]?.messages[0]?.script]).toEqual([
      'options',
      'zh',
      '错误代码',
      'cjk',
    ]);
    expect(parseDocument(text, { language: 'zh' }).pagePath).toBe('/docs/zh-CN/derivatives/options-trading/error-code');
    expect(() => parseDocument(text)).toThrow(SourceFormatError);
  });

  it('takes a repeated title with nothing under the first as one copy (the scrapes repeat "# Error Codes")', () => {
    const d = doc('# Error Codes\n\n> Source: <https://x>\n\n# Error Codes\n## S\n### -1 A\n- a');
    expect(d.title).toBe('Error Codes');
    expect(quirks(d, 'duplicate-title')).toEqual([10]);
  });

  it("detects the zh page's English-then-Chinese layout from the page itself", () => {
    const bilingual = doc(
      '# 错误代码\n## S\n### -1 A\n  * Invalid side.\n  * 无效买卖方向。\n### -2 B\n  * Invalid asset.\n  * 资产不正确',
      'usds-m-futures',
      'zh-CN',
    );
    const translated = doc(
      '# 错误代码汇总\n## S\n### -1 A\n * 未知错误\n### -2 B\n * Invalid symbol.',
      'spot',
      'zh-CN',
    );
    expect([bilingual.layout, translated.layout]).toEqual(['english-then-chinese', 'one-per-message']);
  });

  it("uses the caller's product and language for a snippet without front matter", () => {
    const d = parseDocument('## S\n### -1 A\n* a', { product: 'spot', language: 'en' });
    expect([d.product, d.language, d.title]).toEqual(['spot', 'en', '']);
  });
});

describe('front matter', () => {
  it('unquotes values and reads the product from `product` or the source URL', () => {
    const d = parseDocument(
      '---\nupdated_at: "2026-05-28T18:38:05.280Z"\nnote: "say \\"hi\\""\nsource_url: https://developers.binance.com/docs/derivatives/portfolio-margin/error-code\nlanguage: en\n---\n# T\n## S\n### -1 A\n- a',
    );
    expect(d.frontMatter).toMatchObject({ updated_at: '2026-05-28T18:38:05.280Z', note: 'say "hi"' });
    expect(d.product).toBe('pm');
    expect(d.pagePath).toBe('/docs/derivatives/portfolio-margin/error-code');
  });

  it('fails on front matter that is never closed, at line 1', () => {
    const error = errorOf(() => parseDocument('---\nproduct: spot\n# T\n## S\n### -1 A\n- a'));
    expect([error.line, error.message]).toEqual([1, 'source line 1: front matter is not closed by ---']);
  });
});

describe('malformed documents fail with the line to look at', () => {
  it.each([
    ['a code heading without a name', '# T\n## S\n### -1000\n* a', 8, 'has no name'],
    ['a code heading with a name of blanks', '# T\n## S\n### -1000   \n* a', 8, 'has no name'],
    ['a code without a message', '# T\n## S\n### -1000 UNKNOWN\n### -1001 DISCONNECTED\n* a', 8, 'has no message'],
    ['a code twice', '# T\n## S\n### -1 A\n* a\n### -1 A\n* b', 10, 'again (first at line 8)'],
    ['a code before any section', '# T\n### -1 A\n* a', 7, 'before any ## section'],
    ['an empty list item', '# T\n## S\n### -1 A\n* a\n*   ', 10, 'empty list item'],
    ['a code out of range', '# T\n## S\n### -12345678901 A\n* a', 8, 'out of range'],
    ['no codes at all', '# T\n## S\nprose', 6, 'no error codes found'],
    ['a language the front matter contradicts', '# 错误代码\n## S\n### -1 A\n* a', 6, 'front matter says en'],
  ])('%s', (_, body, line, text) => {
    const error = errorOf(() => doc(body));
    expect(error.line).toBe(line);
    expect(error.message).toContain(text);
  });

  it('fails when the product cannot be told, or the language is unknown', () => {
    expect(errorOf(() => parseDocument('# T\n## S\n### -1 A\n* a')).message).toContain('cannot tell the product');
    expect(
      errorOf(() => parseDocument('---\nproduct: spot\nlanguage: fr\n---\n# T\n## S\n### -1 A\n* a')).message,
    ).toContain('unsupported language "fr"');
    expect(errorOf(() => parseDocument('## S\n### -1 A\n* a', { product: 'spot' })).message).toContain(
      'cannot tell the language',
    );
  });
});
