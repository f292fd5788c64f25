import { describe, expect, it } from 'vitest';
import {
  breaksToNewlines,
  readEmphasis,
  readHeadingLink,
  readHtmlAnchor,
  readLinks,
  slugOf,
  splitRunTogether,
  unescapeMarkdown,
} from './markdown.js';

describe('unescapeMarkdown', () => {
  it('removes the backslash before ASCII punctuation, as the USDⓈ-M and PM scrapes write it', () => {
    expect(unescapeMarkdown('\\-1003 TOO\\_MANY\\_REQUESTS')).toEqual({
      text: '-1003 TOO_MANY_REQUESTS',
      escaped: true,
    });
  });
  it('keeps a backslash before anything else, and says when nothing was escaped', () => {
    expect(unescapeMarkdown('C:\\path \\d')).toEqual({ text: 'C:\\path \\d', escaped: false });
    expect(unescapeMarkdown('plain')).toEqual({ text: 'plain', escaped: false });
  });
});

describe('readHeadingLink', () => {
  it('reads the docs-site permalink with a zero-width space between the brackets', () => {
    const heading =
      '-1000 UNKNOWN[\u200b](/docs/derivatives/x/error-code#-1000-unknown "Direct link to -1000 UNKNOWN")';
    expect(readHeadingLink(heading)).toEqual({
      text: '-1000 UNKNOWN',
      path: '/docs/derivatives/x/error-code',
      fragment: '-1000-unknown',
    });
  });
  it('reads empty brackets, a missing title, and a title holding a replacement character', () => {
    expect(readHeadingLink('A[](/p#a)')).toEqual({ text: 'A', path: '/p', fragment: 'a' });
    expect(readHeadingLink('-1005 NO_SUCH_IP[\u200b](/p#-1005 "-1005 NO_SUCH_IP\ufffd的直接链接")')?.fragment).toBe(
      '-1005',
    );
  });
  it('returns null for a heading without one, or with a link to another page without an anchor', () => {
    expect(readHeadingLink('-1000 UNKNOWN')).toBeNull();
    expect(readHeadingLink('see [docs](/p)')).toBeNull();
    expect(readHeadingLink('text [label](/p#a)')).toBeNull();
  });
});

describe('slugOf', () => {
  it('derives the ids GitHub and Docusaurus give headings', () => {
    expect(slugOf('-1000 UNKNOWN')).toBe('-1000-unknown');
    expect(slugOf('10xx - General Server or Network issues')).toBe('10xx---general-server-or-network-issues');
    expect(slugOf('10xx -常规服务器或网络问题')).toBe('10xx--常规服务器或网络问题');
    expect(slugOf('-1196 买方 `OCO` 单的止损限价单必须是上方（`above`） 订单')).toBe(
      '-1196-买方-oco-单的止损限价单必须是上方above-订单',
    );
    expect(slugOf('-2022 Order cancel-replace failed.')).toBe('-2022-order-cancel-replace-failed');
  });
});

describe('readHtmlAnchor', () => {
  it('reads <a id> and <a name> lines only', () => {
    expect(readHtmlAnchor('<a id="other-errors"></a>')).toBe('other-errors');
    expect(readHtmlAnchor('  <a name="x"></a>  ')).toBe('x');
    expect(readHtmlAnchor('<a href="x">y</a>')).toBeNull();
    expect(readHtmlAnchor('text <a id="x"></a>')).toBeNull();
  });
});

describe('readLinks', () => {
  it('replaces a link by its label and collects in-document targets', () => {
    expect(readLinks('in [Filter Failures](#filter-failures) or [Failures](#other-errors).')).toEqual({
      text: 'in Filter Failures or Failures.',
      anchors: ['filter-failures', 'other-errors'],
      linked: true,
    });
    expect(readLinks('Please send [Logout`<5>`](fix-api.md#logout) message').text).toBe(
      'Please send Logout`<5>` message',
    );
  });
  it('leaves brackets that are not links alone', () => {
    expect(readLinks("Conflicting fields: ['%s'...]").text).toBe("Conflicting fields: ['%s'...]");
    expect(readLinks('a [b] (c) [d](e').text).toBe('a [b] (c) [d](e');
  });
});

describe('splitRunTogether', () => {
  it('splits items a scraper ran together after two or more blanks', () => {
    expect(splitRunTogether('Too many new orders.  * 新订单太多。', '*')).toEqual([
      'Too many new orders.',
      '新订单太多。',
    ]);
    expect(splitRunTogether('A.   - B.  - C.', '-')).toEqual(['A.', 'B.', 'C.']);
  });
  it('keeps a marker that is text: one blank before it, glued to a word, another marker, or at the start', () => {
    expect(splitRunTogether('Price * QTY is zero or less.', '*')).toEqual(['Price * QTY is zero or less.']);
    expect(splitRunTogether('a  *b', '*')).toEqual(['a  *b']);
    expect(splitRunTogether('a  - b', '*')).toEqual(['a  - b']);
    expect(splitRunTogether('  * a', '*')).toEqual(['* a']);
  });
});

describe('breaksToNewlines and readEmphasis', () => {
  it('turns <br/>, <br>, </br> into single line breaks', () => {
    expect(breaksToNewlines('A. <br/> For reference: <br>`BUY`<br></br>end')).toBe('A.\nFor reference:\n`BUY`\nend');
  });
  it('drops pairs of ** and keeps a lone * or an odd number of **', () => {
    expect(readEmphasis('撤单**或者**下单失败')).toBe('撤单或者下单失败');
    expect(readEmphasis('Price * QTY')).toBe('Price * QTY');
    expect(readEmphasis('a ** b')).toBe('a ** b');
  });
});
