/**
 * Bybit's v5 documents through the one parser: every section (and sub-section), every placeholder form,
 * codes repeated within a section and across sections, struck and linked rows, English-then-Chinese
 * cells; each rule also on an inline snippet.
 */
import { describe, expect, it } from 'vitest';
import { numberedItems, readCodeCell } from './code-table.js';
import { readMixedCell } from './mixed.js';
import type { ParsedDocument } from './model.js';
import { parseDocument } from './parse.js';
import { loadProduct } from './sources.js';

const { en, zh } = loadProduct('bybit');
const FRONT = '---\nexchange: bybit\nlanguage: en\nsource_url: https://bybit-exchange.github.io/docs/v5/error\n---\n';

function entries(doc: ParsedDocument, code: number) {
  return doc.codes.filter((c) => c.code === code).map((c) => ({ ...c, title: doc.sections[c.section]?.title }));
}

describe("Bybit's en page", () => {
  it('is Bybit, English, titled by its MDX front matter', () => {
    expect(en).toMatchObject({
      product: 'bybit',
      exchange: 'bybit',
      language: 'en',
      locale: 'en',
      title: 'Error Codes',
    });
    expect(en.quirks.filter((q) => q.kind === 'mdx-front-matter')).toHaveLength(1);
  });

  it('reads every section and sub-section, in order, with its level', () => {
    expect(en.sections.map((s) => `${s.level} ${s.title}`)).toEqual([
      '2 HTTP Code',
      '2 WS OE General code',
      '2 UTA',
      '2 Spot Trade',
      '2 Spot Margin Trade',
      '2 Asset',
      '3 Fiat Convert',
      '3 Convert Small Balances',
      '2 Crypto Loan (New)',
      '2 Crypto Loan (legacy)',
      '2 Institutional Loan',
      '2 Exchange Broker',
      '3 Reward',
      '2 Earn',
      '2 User',
      '2 Set API rate limit',
      '2 RFQ',
      '2 Manual Loan',
      '2 Strategy',
      '2 Prediction',
    ]);
    expect(en.codes.every((c) => c.fromTable && c.name === '' && c.anchor === en.sections[c.section]?.anchor)).toBe(
      true,
    );
  });

  it('counts 724 code entries (a code per section) with 728 messages, every code as written (0, -1, 10001)', () => {
    expect(en.codes).toHaveLength(724);
    expect(en.codes.reduce((n, c) => n + c.messages.length, 0)).toBe(728);
    expect(entries(en, 0)[0]?.messages[0]?.text).toBe('OK');
    expect(entries(en, -1)[0]?.messages[0]?.text).toBe('request expired: o@0, now[] diff[]');
    expect(en.codes.some((c) => c.code === -10001)).toBe(false);
  });

  it('keeps a code listed in several sections as one entry per section (10003, 10016, 429, 700001)', () => {
    expect(entries(en, 10003).map((e) => [e.title, e.messages.map((m) => m.text)])).toEqual([
      ['WS OE General code', ['Too many sessions under the same UID']],
      [
        'UTA',
        [
          'API key is invalid. Check whether the key and domain are matched, there are 4 env: mainnet, testnet, mainnet-demo, testnet-demo',
        ],
      ],
    ]);
    expect(entries(en, 429).map((e) => e.title)).toEqual(['HTTP Code', 'UTA']);
    expect(entries(en, 700001).map((e) => e.title)).toEqual(['Asset', 'Convert Small Balances', 'Prediction']);
  });

  it('merges a code listed twice in one section into one entry with both messages (131002, 3500153)', () => {
    expect(entries(en, 131002).map((e) => e.messages.map((m) => m.text))).toEqual([
      ['Parameter error', 'Withdraw address chain or destination tag are not equal'],
    ]);
    expect(en.quirks.filter((q) => q.kind === 'repeated-code').map((q) => q.line)).toEqual([396, 698]);
  });

  it('reads a numbered list of messages as one message each (WS 10016, 10404), and not a lead-in list (401)', () => {
    expect(entries(en, 10016)[0]?.messages.map((m) => m.text)).toEqual([
      'internal server error',
      'Service is restarting',
    ]);
    expect(entries(en, 401)[0]?.messages).toHaveLength(1);
  });

  it('reads every placeholder form', () => {
    const forms = en.codes.flatMap((c) => c.messages.flatMap((m) => m.placeholders.map((p) => `${c.code} ${p.raw}`)));
    expect(forms).toEqual(
      expect.arrayContaining([
        '110063 {{key0}}',
        '110090 {{leverage}}',
        "170019 ''{{.replaceKey0}}''",
        '170219 {{xxx}}',
        '182011 {{coin}}',
        '3200641 {{coin}}',
        '170005 %s',
        "170105 '%s'",
        '170371 {}',
        '60066 {minSize}',
        '60067 {maxSize}',
      ]),
    );
    const zh110063 = entries(zh, 110063)[0]?.messages[0];
    expect(zh110063?.placeholders[0]).toMatchObject({ raw: '｛｛key0｝｝', name: 'key0', fullWidth: true });
  });

  it('records struck rows, linked codes, an HTML link, unbalanced quotes and empty header cells with their lines', () => {
    const lines = (kind: string) => en.quirks.filter((q) => q.kind === kind).map((q) => q.line);
    expect(lines('struck-row')).toEqual([57, 87, 101, 146, 462, 632]);
    expect(lines('linked-code')).toEqual([19, 21]);
    expect(lines('html-link')).toEqual([74]);
    expect(lines('unbalanced-quote')).toEqual([244, 245, 615, 616]);
    expect(entries(en, 10018)[0]?.messages[0]).toMatchObject({ text: 'Exceeded the IP Rate Limit.', struck: true });
    expect(entries(en, 3500405)[0]?.messages[0]?.struck).toBe(true);
    expect(entries(en, 110003)[0]?.messages[0]?.text).toBe('Order price exceeds the allowable range.');
  });
});

describe("Bybit's zh-TW page", () => {
  it('is Traditional Chinese, in the English-then-Chinese layout its mixed cells give', () => {
    expect(zh).toMatchObject({ language: 'zh', locale: 'zh-TW', title: '錯誤碼', layout: 'english-then-chinese' });
    expect(zh.sections.map((s) => `${s.level} ${s.title}`).slice(5, 10)).toEqual([
      '2 資產服務',
      '2 法幣閃兌',
      '3 小額兌換',
      '2 質押借貸 (新版)',
      '2 質押借貸 (舊版)',
    ]);
  });

  it('splits a cell that gives the English then the Chinese (282 cells), and records each and the 3 kept whole', () => {
    expect(zh.quirks.filter((q) => q.kind === 'mixed-cell')).toHaveLength(282 + 3);
    expect(entries(zh, 30208)[0]?.messages.map((m) => [m.script, m.text])).toEqual([
      ['latin', 'Failed to submit order(s). The order price is higher than the maximum buying price'],
      ['cjk', '提交訂單失敗，訂單價格高於最高買入價'],
    ]);
    expect(entries(zh, 400002)[0]?.messages.map((m) => m.text)).toEqual(['broker invalid.', 'broker 不合法']);
    expect(entries(zh, 170346)[0]?.messages.map((m) => m.text)).toEqual([
      'Settle coin is not a collateral coin, cannot trade',
      'settleCoin不是抵押品, 无法交易',
    ]);
  });

  it('keeps Chinese with Latin words (a code name, limit-maker) and an English message with a Chinese note in brackets whole', () => {
    expect(entries(zh, 170218)[0]?.messages.map((m) => m.text)).toEqual(['limit-maker訂單被拒']);
    expect(entries(zh, 3500405)[0]?.messages.map((m) => m.text)).toEqual(['`startTime`和`endTime`必須同時傳入']);
    expect(entries(zh, 30256)[0]?.messages).toHaveLength(1);
    expect(entries(zh, 30256)[0]?.messages[0]?.script).toBe('latin');
  });

  it('has 700011 in Alpha - 預測市場 (the en page lists it too) and lacks -1', () => {
    expect(entries(zh, 700011).map((e) => e.title)).toEqual(['小額兌換', 'Alpha - 預測市場']);
    expect(entries(zh, -1)).toEqual([]);
  });
});

describe('the rules on snippets', () => {
  it.each([
    ['400', { code: 400, struck: false, linked: false }],
    [' 0 ', { code: 0, struck: false, linked: false }],
    ['-2015', { code: -2015, struck: false, linked: false }],
    ['~~10018~~', { code: 10018, struck: true, linked: false }],
    ['[401](../pilot-feature#normal)', { code: 401, struck: false, linked: true }],
  ])('reads the code cell %s', (cell, expected) => {
    expect(readCodeCell(cell)).toEqual(expected);
  });

  it.each(['Code', '"OK"', '10 01', '1234567890', '', '~~', '--1'])('refuses %j as a code cell', (cell) => {
    expect(readCodeCell(cell)).toBeNull();
  });

  it('reads numbered message lists, and leaves others whole', () => {
    expect(numberedItems('1. a; 2. b; 3. c')).toEqual(['a', 'b', 'c']);
    expect(numberedItems('1.內部錯誤; 2. 服務重啟')).toEqual(['內部錯誤', '服務重啟']);
    expect(numberedItems('Invalid request. 1. a; 2. b')).toBeNull();
    expect(numberedItems('1. a; b')).toBeNull();
  });

  it.each([
    ['Failed to switch 無法切換', 'Failed to switch', '無法切換'],
    ['Pledge token is error.質押權杖錯誤。', 'Pledge token is error.', '質押權杖錯誤。'],
    ['quote fail:no dealer can used報價失敗', 'quote fail:no dealer can used', '報價失敗'],
    [
      'uta upgrading, and withdraw is prohibited UTA升級中, 無法提現',
      'uta upgrading, and withdraw is prohibited',
      'UTA升級中, 無法提現',
    ],
    ['quoteTxId has already been used. quoteTxId 已被使用', 'quoteTxId has already been used.', 'quoteTxId 已被使用'],
    [
      'Bybit Europe is not supported create API Key  Bybit歐洲站不支持創建API Key',
      'Bybit Europe is not supported create API Key',
      'Bybit歐洲站不支持創建API Key',
    ],
    [
      '{{coin}} collateral has reached the limit. {{coin}} 抵押品已達上限',
      '{{coin}} collateral has reached the limit.',
      '{{coin}} 抵押品已達上限',
    ],
  ])('splits %j', (cell, english, chinese) => {
    expect(readMixedCell(cell)).toEqual({ kind: 'split', parts: { english, chinese } });
  });

  it.each([
    '訂單不存在',
    'OrderLinkedID 不能重複',
    'limit-maker訂單被拒',
    '(現貨) Your api key has expired API key已經過期',
  ])('keeps %j whole', (cell) => {
    expect(readMixedCell(cell)?.kind).toBe('whole');
  });

  it('reads nothing to split in a cell without Chinese', () => {
    expect(readMixedCell('Order does not exist')).toBeNull();
  });

  it('makes a ### heading that opens a code table a sub-section, and any other ### a non-code heading', () => {
    const doc = parseDocument(
      `${FRONT}## Asset\n|Code|Description|\n|:-|:-|\n|1|a|\n### Fiat\n|Code|Description|\n|:-|:-|\n|2|b|\n### Notes\nSome prose.\n`,
    );
    expect(doc.sections.map((s) => [s.title, s.level])).toEqual([
      ['Asset', 2],
      ['Fiat', 3],
    ]);
    expect(doc.codes.map((c) => [c.code, c.section])).toEqual([
      [1, 0],
      [2, 1],
    ]);
    expect(doc.quirks.filter((q) => q.kind === 'non-code-heading').map((q) => q.detail)).toEqual(['Notes']);
  });

  it('refuses a code listed twice in one section only as a heading; as rows it merges them', () => {
    const doc = parseDocument(
      `${FRONT}## A\n|Code|Description|\n|:-|:-|\n|1|a|\n|1|b|\n## B\n|Code|Description|\n|:-|:-|\n|1|c|\n`,
    );
    expect(doc.codes.map((c) => [c.code, c.section, c.messages.map((m) => m.text)])).toEqual([
      [1, 0, ['a', 'b']],
      [1, 1, ['c']],
    ]);
  });
});
