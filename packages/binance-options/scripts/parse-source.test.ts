import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCE_PATH } from './generate.js';
import { parseSource, SourceFormatError } from './parse-source.js';

const doc = parseSource(readFileSync(SOURCE_PATH, 'utf8'));

describe('parseSource on the vendored document', () => {
  it('keeps the front matter', () => {
    expect(doc.frontMatter['source_url']).toBe('https://developers.binance.com/docs/derivatives/options-trading/error-code');
    expect(doc.frontMatter['updated_at']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it.each(['en', 'zh'] as const)('finds 122 codes and 138 messages in the %s copy', (lng) => {
    expect(doc.codes[lng]).toHaveLength(122);
    expect(doc.codes[lng].reduce((n, code) => n + code.messages.length, 0)).toBe(138);
    expect(doc.sections[lng]).toHaveLength(3);
  });

  it('tells the copies apart by their docs path', () => {
    expect(doc.pagePath.en).toBe('/docs/derivatives/options-trading/error-code');
    expect(doc.pagePath.zh).toBe('/docs/zh-CN/derivatives/options-trading/error-code');
  });

  it('reads headings, anchors and bullets exactly', () => {
    const badSymbol = doc.codes.en.find((c) => c.code === -1121);
    expect(badSymbol).toMatchObject({ name: 'BAD_SYMBOL', anchor: '-1121-bad_symbol', messages: ['Invalid symbol.'] });
    const zh1008 = doc.codes.zh.find((c) => c.code === -1008);
    expect(zh1008?.messages[2]).toContain('每分钟％s请求权重');
  });
});

describe('parseSource on malformed input', () => {
  const heading = (path: string, code: string) => `### ${code}[](${path}#x "link")\n\n  * text\n`;
  const section = (path: string) => `## 10xx - S[](${path}#s "link")\n`;
  const copy = (path: string) => `# T\n${section(path)}${heading(path, '-1 ONE')}`;

  it('accepts a minimal two-copy document', () => {
    const parsed = parseSource(`${copy('/docs/a')}\n${copy('/docs/zh-CN/a')}`);
    expect(parsed.codes.en).toHaveLength(1);
    expect(parsed.codes.zh[0]?.messages).toEqual(['text']);
  });

  it('rejects a heading without an anchor, naming the line', () => {
    expect(() => parseSource('# T\n## plain heading\n')).toThrow(/line 2: heading without a docs anchor/);
  });

  it('rejects a code heading that is not "-CODE NAME"', () => {
    expect(() => parseSource(`# T\n${section('/d')}### NOPE[](/d#x)\n`)).toThrow(SourceFormatError);
  });

  it('rejects a document without a Chinese copy', () => {
    expect(() => parseSource(copy('/docs/a'))).toThrow(/English and a Chinese copy/);
  });

  it('rejects a code with no message', () => {
    const empty = (path: string) => `# T\n${section(path)}### -1 ONE[](${path}#x)\n`;
    expect(() => parseSource(`${empty('/a')}${copy('/zh-CN/a')}`)).toThrow(/has no message/);
  });
});
