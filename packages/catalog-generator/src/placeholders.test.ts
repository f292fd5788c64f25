import { describe, expect, it } from 'vitest';
import { readTemplate, typeSignature } from './placeholders.js';
import { countLatinWords, scriptOf } from './script.js';

describe('readTemplate', () => {
  it.each([
    ['Mandatory parameter %s was not sent.', 'Mandatory parameter %s was not sent.', '%s', ''],
    ["Parameter '%s' was empty.", "Parameter '%s' was empty.", "'%s'", "'"],
    ['Leverage `%s` is not valid', 'Leverage `%s` is not valid', '`%s`', '`'],
    ['在参数`％s`中发现非法字符', '在参数`%s`中发现非法字符', '`％s`', '`'],
    ["Working order must include the '{param}' tag.", "Working order must include the '%s' tag.", "'{param}'", "'"],
    ["Expected: '%d'.", "Expected: '%s'.", "'%d'", "'"],
    ["reduceOnly '%b'.", "reduceOnly '%s'.", "'%b'", "'"],
  ])('%s → %s', (text, template, raw, quote) => {
    const reading = readTemplate(text);
    expect(reading.template).toBe(template);
    expect(reading.placeholders).toHaveLength(1);
    expect(reading.placeholders[0]?.raw).toBe(raw);
    expect(reading.placeholders[0]?.quote).toBe(quote);
  });

  it('records type, name and width, and counts every token in order', () => {
    const reading = readTemplate("duplicate options id %d for user %d, '{param}' and ％s %b");
    expect(reading.placeholders.map((p) => [p.type, p.name ?? '', p.fullWidth])).toEqual([
      ['d', '', false],
      ['d', '', false],
      ['named', 'param', false],
      ['s', '', true],
      ['b', '', false],
    ]);
    expect(typeSignature(reading.placeholders)).toBe('d,d,s,s,b');
  });

  it('leaves percent signs, braces and quotes that are not placeholders', () => {
    const text = "cannot be more than 15% lower; {1a} {a-b} {{1}} {{a｝｝ ｛a} 'x' %% 100%";
    expect(readTemplate(text)).toMatchObject({ template: text, placeholders: [] });
  });

  it.each([
    [
      'Settlement in progress! {{key0}} not available',
      'Settlement in progress! %s not available',
      '{{key0}}',
      '',
      'key0',
    ],
    [
      "the current available limit is ''{{.replaceKey0}}'' USDT",
      "the current available limit is ''%s'' USDT",
      "''{{.replaceKey0}}''",
      "''",
      'replaceKey0',
    ],
    ['size should more than {minSize}', 'size should more than %s', '{minSize}', '', 'minSize'],
    ['結算正在進行中！ ｛｛key0｝｝不可用於交易。', '結算正在進行中！ %s不可用於交易。', '｛｛key0｝｝', '', 'key0'],
    [
      'Order price cannot be lower than {}, the price limitation',
      'Order price cannot be lower than %s, the price limitation',
      '{}',
      '',
      '',
    ],
  ])("reads Bybit's braced forms: %s", (text, template, raw, quote, name) => {
    const reading = readTemplate(text);
    expect(reading.template).toBe(template);
    expect(reading.placeholders).toHaveLength(1);
    expect(reading.placeholders[0]).toMatchObject({ raw, quote });
    expect(reading.placeholders[0]?.name).toBe(name || undefined);
    expect(reading.placeholders[0]?.type).toBe(name ? 'named' : 'empty');
  });

  it('reads the same name twice as two placeholders', () => {
    const reading = readTemplate('{{coin}} collateral has reached the platform limit. Disable {{coin}} collateral.');
    expect(reading.placeholders.map((p) => p.name)).toEqual(['coin', 'coin']);
    expect(reading.placeholders[0]?.fullWidth).toBe(false);
  });

  it('keeps the value glued to a unit: `%sx` is a placeholder then x', () => {
    expect(readTemplate('max leverage limit is %sx').template).toBe('max leverage limit is %sx');
    expect(readTemplate('max leverage limit is %sx').placeholders).toHaveLength(1);
  });
});

describe('scriptOf', () => {
  it('reads a line as Chinese when its Han characters are at least as many as its English words', () => {
    expect(scriptOf('为此端点发送的参数太多。')).toBe('cjk');
    expect(scriptOf('Reduce only 必须为true，当closePosition为true时')).toBe('cjk');
    expect(scriptOf('API key的类型不正确')).toBe('cjk');
    expect(scriptOf('`ReduceOnly`订单被拒绝')).toBe('cjk');
  });
  it("reads an English line with a stray Chinese word as English (PM's garbled copies)", () => {
    expect(scriptOf('Too many 参数 sent for this endpoint.')).toBe('latin');
    expect(scriptOf('An unexpected 响应 was received from the message bus.')).toBe('latin');
    expect(scriptOf('Only limit order is supported。')).toBe('latin');
    expect(scriptOf('')).toBe('latin');
  });
  it('counts words as runs of ASCII letters', () => {
    expect(countLatinWords('TAKE_PROFIT, LIMIT 20x')).toBe(4);
  });
});
