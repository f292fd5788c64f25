/**
 * Chinese that reads as written by a native speaker: every zh string the kit renders is scanned for
 * stray English words and for spaces beside full-width punctuation. Values, code names and the
 * allowed list (scripts/zh-text.mjs) may stay Latin; Binance's own Chinese sentences keep their
 * words and spacing as the document has them, so only our texts are held to the house style.
 */
import { loadProduct } from '@exchange-errors/catalog-generator';
import { describe, expect, it } from 'vitest';
import { latinWords, spacedPunctuation, strayLatinWords } from '../../../scripts/zh-text.mjs';
import { OVERRIDES } from '../scripts/overrides.js';
import { binanceOptionsEager } from './generated/eager.js';
import { formatError } from './test-support/options.js';
import zh from './generated/locales/zh.js';
import { fillServer } from './test-support/fill.js';

const zhDocument = loadProduct('options').zh;

/** Sample values by placeholder name, shaped like what servers send. */
const SAMPLE: Readonly<Record<string, string>> = {
  param: 'quantity',
  otherParam: 'clientOrderId',
  legalRange: '^([0-9]{1,20})(\\.[0-9]{1,20})?$',
  detail: 'price',
  limit: '2400',
  intervalNum: '1',
  intervalUnit: 'MINUTE',
  interval: '10 SECOND',
  until: '1702275878212',
  expected: '5',
  received: '6',
  readCount: '9',
  sentCount: '10',
  hours: '24',
  item: 'BTCUSDT',
};

/** The text with every value replaced by a digit: values may be Latin, the sentence around them may not. */
function withoutValues(text: string, values: Readonly<Record<string, string>>): string {
  let out = text;
  for (const value of Object.values(values).sort((a, b) => b.length - a.length))
    if (value) out = out.split(value).join('0');
  return out;
}

function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as object).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('the kit’s Chinese, rendered', () => {
  const problems: string[] = [];
  for (const info of binanceOptionsEager.catalog?.codes ?? []) {
    for (const [index, variant] of info.variants.entries()) {
      const values = Object.fromEntries(variant.params.map((p) => [p, SAMPLE[p] ?? 'value']));
      const formatted = formatError({ code: info.code, msg: fillServer(variant, values) }, { lng: 'zh' });
      const where = `${info.code}.${variant.key}`;
      // Our title and hint: the house style, strictly.
      for (const [part, text] of [
        ['title', formatted.title],
        ['hint', formatted.hint],
      ] as const) {
        for (const word of strayLatinWords(text)) problems.push(`${where} ${part}: "${word}" in ${text}`);
        for (const gap of spacedPunctuation(text)) problems.push(`${where} ${part}: space "${gap}" in ${text}`);
      }
      // The message is Binance's sentence (its words allowed) unless our override replaced it.
      const fix = OVERRIDES[info.code]?.byVariant?.[variant.key]?.zh;
      const source =
        fix?.expectedSource ?? zhDocument.codes.find((c) => c.code === info.code)?.messages[index]?.raw ?? '';
      const shown = withoutValues(formatted.message, { ...values, ...formatted.displayValues });
      for (const word of strayLatinWords(shown, latinWords(source)))
        problems.push(`${where} message: "${word}" in ${formatted.message}`);
      if (fix?.template)
        for (const gap of spacedPunctuation(fix.template)) problems.push(`${where} override: space "${gap}"`);
    }
  }

  it('has no stray English word and no spaced full-width punctuation in any code’s title, hint or message', () => {
    expect(problems).toEqual([]);
  });

  it.each([
    ['HTTP 429 with Retry-After', { status: 429, headers: { 'retry-after': '30' } }],
    ['HTTP 418', { status: 418, headers: { 'retry-after': '120' } }],
    ['a proxy’s 502 page', { status: 502, body: '<html>502 Bad Gateway</html>' }],
    ['HTTP 401', { status: 401 }],
    ['a network failure', new TypeError('Failed to fetch')],
    ['a timeout', Object.assign(new Error('aborted'), { name: 'AbortError' })],
    ['an unknown code', { code: -9999, msg: 'Something odd' }],
    ['a bare unknown text', 'Something odd happened'],
    ['nothing at all', undefined],
  ])('renders %s in Chinese', (_name, input) => {
    const formatted = formatError(input, { lng: 'zh' });
    for (const text of [formatted.title, withoutValues(formatted.message, formatted.displayValues), formatted.hint]) {
      expect(strayLatinWords(text), text).toEqual([]);
      expect(spacedPunctuation(text), text).toEqual([]);
    }
  });

  it.each([
    ['categories', zh.categories],
    ['fallback texts', zh.fallback],
    ['explanations', zh.explain],
    ['value words', zh.present],
  ])('keeps the curated %s in the house style', (_name, node) => {
    for (const [key, text] of leaves(node)) {
      expect(strayLatinWords(text), key).toEqual([]);
      expect(spacedPunctuation(text), key).toEqual([]);
    }
  });

  it('catches what it is there to catch (the check can fail)', () => {
    expect(strayLatinWords('请设置有效的 limit。')).toEqual(['limit']);
    expect(strayLatinWords('请检查 API 密钥，例如 BTC-261225-100000-C，或 `quantity`。')).toEqual([]);
    expect(strayLatinWords('请使用websocket', latinWords('请使用websocket获取'))).toEqual([]);
    expect(spacedPunctuation('请求权重过多； 请使用')).toEqual(['； ']);
    expect(spacedPunctuation('价格 12305，数量 1。')).toEqual([]);
  });
});
