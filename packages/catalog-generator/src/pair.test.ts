import { describe, expect, it } from 'vitest';
import type { Product } from './model.js';
import { pairProduct, type PairedCode, type ProductPairing } from './pair.js';
import { parseDocument } from './parse.js';

/** A product's en page and zh page from `### code` blocks (section and title added). */
function pair(enCodes: string, zhCodes: string, product: Product = 'usdm'): ProductPairing {
  const en = parseDocument(`# Error Codes\n## 10xx - General\n${enCodes}`, { product, language: 'en' });
  const zh = parseDocument(`# 错误代码\n## 10xx - 常规\n${zhCodes}`, { product, language: 'zh' });
  return pairProduct(en, zh);
}

function code(result: ProductPairing, value: number): PairedCode {
  const found = result.codes.find((c) => c.code === value);
  if (!found) throw new Error(`no ${value}`);
  return found;
}

/** `kind:zh raw` per variant, the shortest way to state a pairing. */
function kinds(result: ProductPairing, value: number): string[] {
  return code(result, value).variants.map((v) => `${v.zh.kind}:${v.zh.raw ?? ''}`);
}

function rules(result: ProductPairing): string[] {
  return result.detections.filter((d) => !d.rule.startsWith('quirk:')).map((d) => `${d.rule} ${d.code ?? ''}`.trim());
}

describe('English-then-Chinese pages (USDⓈ-M, COIN-M, PM)', () => {
  const en = [
    '### -1000 UNKNOWN',
    '- An unknown error occured while processing the request.',
    '### -1008 Request Throttled',
    '- Server is currently overloaded with other requests. Please try again in a few minutes.',
    '- Request throttled by system-level protection. Please try again.',
    '### -1099 NOT_FOUND',
    '- Not found, unauthenticated, or unauthorized.',
    '### -1100 ILLEGAL_CHARS',
    '- Illegal characters found in a parameter.',
    "- Illegal characters found in parameter '%s'; legal range is '%s'.",
    '### -1010 ERROR_MSG_RECEIVED',
    '- ERROR_MSG_RECEIVED.',
  ].join('\n');
  const zh = [
    '### -1000 UNKNOWN',
    '  * An unknown error occured while processing the request.',
    '  * 处理请求时发生未知错误。',
    '### -1008 Request Throttled',
    '  * Server is currently overloaded with other requests. Please try again in a few minutes.',
    '  * 服务器当前请求过多，请几分钟后再试。',
    '  * Request throttled by system-level protection. Please try again.',
    '### -1099 NOT_FOUND',
    '  * Not found, unauthenticated, or unauthorized.',
    '### -1100 ILLEGAL_CHARS',
    '  * Illegal characters found in a parameter.',
    '  * 在参数中发现非法字符。',
    "  * Illegal characters found in parameter '%s'; legal range is '%s'.  * 在参数`％s`中发现非法字符； 合法范围是`％s`。",
  ].join('\n');
  const result = pair(en, zh);

  it("pairs each English line with the Chinese line after it: Binance's zh", () => {
    expect(kinds(result, -1000)).toEqual(['binance:处理请求时发生未知错误。']);
    expect(kinds(result, -1100)).toEqual([
      'binance:在参数中发现非法字符。',
      'binance:在参数`％s`中发现非法字符； 合法范围是`％s`。',
    ]);
    expect(code(result, -1100).variants[1]?.zh.template).toBe('在参数`%s`中发现非法字符； 合法范围是`%s`。');
  });

  it('an English line with no Chinese after it is English kept; a code the zh page lacks is missing', () => {
    expect(kinds(result, -1008)).toEqual([
      'binance:服务器当前请求过多，请几分钟后再试。',
      'english:Request throttled by system-level protection. Please try again.',
    ]);
    expect(kinds(result, -1099)).toEqual(['english:Not found, unauthenticated, or unauthorized.']);
    expect(kinds(result, -1010)).toEqual(['missing:']);
    expect(code(result, -1010).variants[0]?.zh.reasons).toEqual(['the zh page lacks this code']);
    expect(rules(result)).toEqual(
      expect.arrayContaining([
        'zh-kept-english -1008',
        'zh-kept-english -1099',
        'zh-code-missing -1010',
        'en-name-not-symbolic -1008',
      ]),
    );
  });

  it('pairs a block of English lines followed by a block of Chinese ones (USDⓈ-M -4206, -4079)', () => {
    const r = pair(
      [
        '### -4206 ADJUST_LEVERAGE_KYC_LIMIT',
        '- Users in this country has limited adjust leverage.',
        '- Users in your location/country can only access a maximum leverage of %s',
        '### -4079 INVALID_OPTIONS_ID',
        '- invalid options id',
        '- invalid options id: %s',
        '- duplicate options id %d for user %d',
      ].join('\n'),
      [
        '### -4206 ADJUST_LEVERAGE_KYC_LIMIT',
        '  * Users in this country has limited adjust leverage.',
        '  * Users in your location/country can only access a maximum leverage of %s',
        '  * 该国家有杠杆限制',
        '  * 该国家杠杆不能超过%s倍',
        '### -4079 INVALID_OPTIONS_ID',
        '  * invalid options id',
        '  * invalid options id: %s',
        '  * duplicate options id %d for user %d',
        '  * 期权ID无效',
      ].join('\n'),
    );
    expect(kinds(r, -4206)).toEqual(['binance:该国家有杠杆限制', 'binance:该国家杠杆不能超过%s倍']);
    // One Chinese line for three English ones: it goes to the first with as many placeholders.
    expect(kinds(r, -4079)).toEqual([
      'binance:期权ID无效',
      'english:invalid options id: %s',
      'english:duplicate options id %d for user %d',
    ]);
  });

  it('gives a lone Chinese line to the English line with as many placeholders, even a later one', () => {
    const r = pair(
      '### -4082 A\n- Invalid number of batch place orders.\n- Invalid number of batch place orders: %s',
      '### -4082 A\n  * Invalid number of batch place orders.\n  * Invalid number of batch place orders: %s\n  * 批量下单的数量不正确: %s',
    );
    expect(kinds(r, -4082)).toEqual([
      'english:Invalid number of batch place orders.',
      'binance:批量下单的数量不正确: %s',
    ]);
  });

  it('gives a Chinese line with no English line of its own to the message still untranslated (-2022, PM -51007)', () => {
    const r = pair(
      [
        '### -2022 REDUCE_ONLY_REJECT',
        '- ReduceOnly Order is rejected.',
        '- This indicates the new reduce-only order conflicts with existing open orders.',
        '### -51007 HAS_PENDING_TRANSACTION',
        '- You have pending borrow or repayment, please try again later.',
      ].join('\n'),
      [
        '### -2022 REDUCE_ONLY_REJECT',
        '  * ReduceOnly Order is rejected.',
        '  * `ReduceOnly`订单被拒绝',
        '  * 这表示新的仅减仓订单与当前未成交同向订单存在冲突。',
        '### -51007 HAS_PENDING_TRANSACTION',
        '  * 您有待处理的交易，请稍后再试。',
        '  * You have pending borrow or repayment, please try again later',
      ].join('\n'),
      'pm',
    );
    expect(kinds(r, -2022)).toEqual([
      'binance:`ReduceOnly`订单被拒绝',
      'binance:这表示新的仅减仓订单与当前未成交同向订单存在冲突。',
    ]);
    expect(kinds(r, -51007)).toEqual(['binance:您有待处理的交易，请稍后再试。']);
  });

  it("matches PM's garbled English copies (`Too many 参数 sent`) and keeps their translation", () => {
    const r = pair(
      '### -1101 TOO_MANY_PARAMETERS\n- Too many parameters sent for this endpoint.',
      '### -1101 TOO_MANY_参数\n  * Too many 参数 sent for this endpoint.\n  * 为此端点发送的参数太多。',
      'pm',
    );
    expect(kinds(r, -1101)).toEqual(['binance:为此端点发送的参数太多。']);
    expect(code(r, -1101)).toMatchObject({ name: 'TOO_MANY_PARAMETERS', zhName: 'TOO_MANY_参数' });
    expect(rules(r)).toEqual(['zh-english-line-garbled -1101', 'zh-name-garbled -1101']);
  });

  it('trusts a translation whose English line is en plus a sentence, or misspelt; notes it', () => {
    const r = pair(
      '### -4012 MAX_NUM_ORDERS_LESS_THAN_ZERO\n- Max mum orders less than zero.\n### -5021 FOK_ORDER_REJECT\n- Due to the order could not be filled immediately, the FOK order has been rejected.',
      '### -4012 MAX_NUM_ORDERS_LESS_THAN_ZERO\n  * Max num orders less than zero.\n  * 最大订单量小于0\n### -5021 FOK_ORDER_REJECT\n  * Due to the order could not be filled immediately, the FOK order has been rejected. The order will not be recorded in the order history\n  * 订单无法完全成交，FOK订单被拒绝',
    );
    expect(kinds(r, -4012)).toEqual(['binance:最大订单量小于0']);
    expect(kinds(r, -5021)).toEqual(['binance:订单无法完全成交，FOK订单被拒绝']);
    expect(rules(r)).toEqual(['zh-english-line-differs -4012', 'zh-english-line-differs -5021']);
  });

  it('marks broken a translation of another English text (COIN-M -4178: `5.0` where en says `one`)', () => {
    const r = pair(
      "### -4178 MIN_NOTIONAL\n- Order's notional must be no smaller than one (unless you choose reduce only)",
      "### -4178 MIN_NOTIONAL\n  * Order's notional must be no smaller than 5.0 (unless you choose reduce only)\n  * 订单名义价值需要大于5（减仓单除外）",
      'coinm',
    );
    expect(kinds(r, -4178)).toEqual(['broken:订单名义价值需要大于5（减仓单除外）']);
    expect(rules(r)).toEqual(['zh-translates-other-english -4178']);
  });
});

describe('one-item-per-message pages (Spot, Options)', () => {
  it('takes Chinese items as translations, English items as English kept, and finds the variant a page lacks', () => {
    const r = pair(
      [
        '### -1015 TOO_MANY_ORDERS',
        ' * Too many new orders.',
        ' * Too many new orders; current limit is %s orders per %s.',
        '### -1100 ILLEGAL_CHARS',
        ' * Illegal characters found in a parameter.',
        " * Illegal characters found in parameter '%s'; legal range is '%s'.",
      ].join('\n'),
      [
        '### -1015 订单太多',
        ' * 下单(撤单)太多',
        '### -1100 非法字符',
        ' * Illegal characters found in a parameter.',
        " * Illegal characters found in parameter '%s'; legal range is '%s'.",
      ].join('\n'),
      'spot',
    );
    expect(kinds(r, -1015)).toEqual(['binance:下单(撤单)太多', 'missing:']);
    expect(kinds(r, -1100)).toEqual([
      'english:Illegal characters found in a parameter.',
      "english:Illegal characters found in parameter '%s'; legal range is '%s'.",
    ]);
    expect(code(r, -1015)).toMatchObject({ name: 'TOO_MANY_ORDERS', zhName: '订单太多' });
    expect(rules(r)).toEqual(
      expect.arrayContaining(['zh-message-missing -1015', 'zh-name-chinese -1015', 'zh-name-chinese -1100']),
    );
  });

  it('reads an English item whose quotes or spacing differ as the same English (Spot -1128, -1034)', () => {
    const r = pair(
      "### -1128 A\n * Invalid `MDEntryType (269)` combination.\n### -1034 B\n * Too many connection attempts for account; current limit is %s per '%s'.",
      "### -1128 A\n * Invalid 'MDEntryType (269)' combination.\n### -1034 B\n * Too many connection attempts for account; current limit is  %s per '%s'.",
      'spot',
    );
    expect(kinds(r, -1128)).toEqual(["english:Invalid 'MDEntryType (269)' combination."]);
    expect(code(r, -1034).variants[0]?.zh.kind).toBe('english');
  });
});

describe('broken Chinese texts, by general rules', () => {
  it('a placeholder count that differs from en (Options -1008, Spot -1034 truncated English)', () => {
    const r = pair(
      "### -1008 A\n- Too much request weight used; current limit is %s request weight per %s %s.\n### -1034 B\n- Too many connection attempts from IP; current limit is %s per '%s'.",
      '### -1008 A\n- Too much request weight used; current limit is %s request weight per %s %s.\n- 请求权重过多； 当前限制为每分钟％s请求权重。\n### -1034 B\n- Too many connection attempts from IP; current limit is %s',
    );
    expect(kinds(r, -1008)).toEqual(['broken:请求权重过多； 当前限制为每分钟％s请求权重。']);
    expect(code(r, -1008).variants[0]?.zh.reasons).toEqual(['placeholders: en has 3, zh has 1']);
    expect(kinds(r, -1034)).toEqual(['broken:Too many connection attempts from IP; current limit is %s']);
  });

  it('the same placeholder types in another order', () => {
    const r = pair(
      "### -4020 A\n- invalid for orderType '%s', reduceOnly '%b'.",
      "### -4020 A\n- invalid for orderType '%s', reduceOnly '%b'.\n- 只减仓`%b`, 订单类型`%s`。",
    );
    expect(kinds(r, -4020)).toEqual(['broken:只减仓`%b`, 订单类型`%s`。']);
    expect(rules(r)).toEqual(['zh-placeholder-order -4020']);
  });

  it("a Chinese text that is an earlier code's while the English differs (PM -1008 has -1007's)", () => {
    const r = pair(
      '### -1007 TIMEOUT\n- Timeout waiting for response from backend server.\n### -1008 Request Throttled\n- Request throttled by system-level protection.',
      '### -1007 TIMEOUT\n  * Timeout waiting for response from backend server.\n  * 等待后端服务器响应超时。\n### -1008 Request Throttled\n  * Request throttled by system-level protection.\n  * 等待后端服务器响应超时。',
      'pm',
    );
    expect(kinds(r, -1007)).toEqual(['binance:等待后端服务器响应超时。']);
    expect(kinds(r, -1008)).toEqual(['broken:等待后端服务器响应超时。']);
    expect(code(r, -1008).variants[0]?.zh.reasons).toEqual(['same Chinese text as -1007, whose English differs']);
  });

  it('but not when the English is the same too (-4031 / -4032 share a message)', () => {
    const r = pair(
      '### -4031 A\n- Invalid parameter working type: `%s`\n### -4032 B\n- Invalid parameter working type: `%s`',
      '### -4031 A\n- Invalid parameter working type: `%s`\n- 不正确的参数类型: `%s`\n### -4032 B\n- Invalid parameter working type: `%s`\n- 不正确的参数类型: `%s`',
    );
    expect(kinds(r, -4032)).toEqual(['binance:不正确的参数类型: `%s`']);
    expect(rules(r)).toEqual(['en-duplicate-message -4032']);
  });

  it('a stray letter after the Chinese text, and another endpoint than en', () => {
    const r = pair(
      "### -4184 A\n- Limit price can't be lower than %s.\n### -1125 B\n- This listenKey does not exist. Please use `POST /papi/v1/listenKey` to recreate `listenKey`",
      "### -4184 A\n- Limit price can't be lower than %s.\n- 止盈止损订单价格不应低于 `%s`f\n### -1125 B\n- This listenKey does not exist.\n- 此`listenKey`不存在。建议重新使用`POST /fapi/v1/listenKey`生成`listenKey`",
      'pm',
    );
    expect(kinds(r, -4184)).toEqual(['broken:止盈止损订单价格不应低于 `%s`f']);
    expect(code(r, -1125).variants[0]?.zh.kind).toBe('broken');
    expect(rules(r)).toEqual(['zh-stray-character -4184', 'zh-english-line-differs -1125', 'zh-path-differs -1125']);
  });

  it('keeps a unit glued to a value (`%sx`, `20x`) as text, not a stray letter', () => {
    const r = pair(
      '### -4209 A\n- Current symbol max leverage limit is %sx',
      '### -4209 A\n- Current symbol max leverage limit is %sx\n- 交易对最大杠杆为%sx',
    );
    expect(kinds(r, -4209)).toEqual(['binance:交易对最大杠杆为%sx']);
  });
});

describe('names and codes', () => {
  it('takes names from en and says how the zh heading differs: Chinese, garbled, or another symbol', () => {
    const r = pair(
      '### -1101 TOO_MANY_PARAMETERS\n- a.\n### -1155 SBE_DISABLED\n- b.\n### -4183 ISOLATED_REJECT_WITH_JOINT_MARGIN\n- c.\n### -4167 ISOLATED_REJECT_WITH_JOINT_MARGIN\n- d.',
      '### -1101 TOO_MANY_参数\n- a.\n### -1155 SBE 没有开启\n- b.\n### -4183 PRICE_HIGHTER_THAN_STOP_MULTIPLIER_UP\n- c.\n### -4167 ISOLATED_REJECT_WITH_JOINT_MARGIN\n- d.\n### -9999 ZH_ONLY\n- e.',
    );
    expect(result(r)).toEqual([
      ['TOO_MANY_PARAMETERS', 'TOO_MANY_参数'],
      ['SBE_DISABLED', 'SBE 没有开启'],
      ['ISOLATED_REJECT_WITH_JOINT_MARGIN', 'PRICE_HIGHTER_THAN_STOP_MULTIPLIER_UP'],
      ['ISOLATED_REJECT_WITH_JOINT_MARGIN', null],
    ]);
    expect(rules(r)).toEqual(
      expect.arrayContaining([
        'zh-name-garbled -1101',
        'zh-name-chinese -1155',
        'zh-name-differs -4183',
        'en-duplicate-name -4167',
        'zh-only-code -9999',
      ]),
    );
    function result(p: ProductPairing): [string, string | null][] {
      return p.codes.map((c) => [c.name, c.zhName]);
    }
  });

  it('flags list items that read as documentation, quoted letters, and endpoints of another product', () => {
    const r = pair(
      [
        '### -1013 A',
        '- Potential error messages can be found in [Filter Failures](#filter-failures).',
        "- Unable to encode the response in SBE schema 'x'. Please use schema 'y' or higher.",
        '- This listenKey does not exist. Please use `POST /fapi/v1/listenKey` to recreate `listenKey`',
      ].join('\n'),
      '### -1013 A\n- a',
      'coinm',
    );
    expect(rules(r)).toEqual(
      expect.arrayContaining(['en-note-like -1013', 'en-suspect-placeholder -1013', 'en-foreign-path -1013']),
    );
  });

  it('refuses to pair two products, or the languages the wrong way round', () => {
    const en = parseDocument('## S\n### -1 A\n- a', { product: 'spot', language: 'en' });
    const zh = parseDocument('## S\n### -1 A\n- 甲', { product: 'usdm', language: 'zh' });
    expect(() => pairProduct(en, zh)).toThrow('cannot pair spot with usdm');
    expect(() => pairProduct(en, en)).toThrow('takes the en document, then the zh one');
  });
});

describe('tables', () => {
  it('pairs table messages by their text: English kept, with both descriptions', () => {
    const table = (header: string, rows: string[]): string =>
      ['## Messages for -2010 NEW_ORDER_REJECTED', header, '--- | ---', ...rows].join('\n');
    const en = parseDocument(
      `# T\n## S\n### -2010 A\n- NEW_ORDER_REJECTED\n${table('Error message | Description', ['"Market is closed." | The symbol is not trading.', '"Duplicate order sent." | The `clOrdId` is already in use.'])}`,
      { product: 'spot', language: 'en' },
    );
    const zh = parseDocument(
      `# 汇总\n## S\n### -2010 新订单被拒绝\n- NEW_ORDER_REJECTED\n${table('错误消息 | 描述', ['"Market is closed." | 该交易对交易关闭了。'])}`,
      {
        product: 'spot',
        language: 'zh',
      },
    );
    const [paired] = pairProduct(en, zh).tables;
    expect(paired?.codes).toEqual([-2010]);
    expect(paired?.variants.map((v) => [v.en.raw, v.zh.kind, v.description.zh])).toEqual([
      ['Market is closed.', 'english', '该交易对交易关闭了。'],
      ['Duplicate order sent.', 'missing', null],
    ]);
  });
});
