/**
 * Fidelity: the catalogs say exactly what Binance's document says. Filling each message's
 * placeholders with sample values must give back the document's sentence filled the same way,
 * in English and in Chinese, except where the override table documents a fix.
 */
import { catalogOf, loadProduct } from '@exchange-errors/catalog-generator';
import { describe, expect, it } from 'vitest';
import { OVERRIDES } from '../scripts/overrides.js';
import { binanceOptionsEager } from './generated/eager.js';

const ERROR_CODES = binanceOptionsEager.catalog?.codes ?? [];
import en from './generated/locales/en.js';
import zh from './generated/locales/zh.js';
import { fillNamed, fillZhSource } from './test-support/fill.js';

const parsed = loadProduct('options');
const doc = {
  codes: {
    en: parsed.en.codes.map((c) => ({ code: c.code, name: c.name, messages: c.messages.map((m) => m.raw) })),
    zh: parsed.zh.codes.map((c) => ({ code: c.code, name: c.name, messages: c.messages.map((m) => m.raw) })),
  },
};
const catalog = catalogOf('options');
type Messages = Record<string, string>;
const messagesOf = (resource: typeof en, code: number): Messages =>
  (resource.codes as Record<string, { messages: Messages }>)[String(code)]?.messages ?? {};

describe('every code and variant of the document is present', () => {
  it('in the metadata, in document order', () => {
    expect(ERROR_CODES.map((c) => c.code)).toEqual(doc.codes.en.map((c) => c.code));
    expect(ERROR_CODES.map((c) => c.name)).toEqual(doc.codes.en.map((c) => c.name));
    expect(ERROR_CODES.flatMap((c) => c.variants)).toHaveLength(138);
  });

  it.each(['en', 'zh'] as const)('in the %s catalog', (lng) => {
    const resource = lng === 'en' ? en : zh;
    for (const source of doc.codes[lng]) {
      expect(Object.keys(messagesOf(resource, source.code)), String(source.code)).toHaveLength(source.messages.length);
    }
    expect(Object.keys(resource.codes)).toHaveLength(122);
  });
});

describe('filled messages reproduce the document', () => {
  const sample = (name: string, i: number) => `<${name}-${i}>`;

  for (const code of catalog.codes) {
    for (const variant of code.variants) {
      const values = Object.fromEntries(variant.params.map((p, i) => [p, sample(p, i)]));
      const enSource = doc.codes.en.find((c) => c.code === code.code)?.messages[code.variants.indexOf(variant)] ?? '';
      const zhSource = doc.codes.zh.find((c) => c.code === code.code)?.messages[code.variants.indexOf(variant)] ?? '';

      it(`${code.code}.${variant.key} (en)`, () => {
        const inDoc = fillZhSource(
          enSource,
          variant.params.map((p, i) => sample(p, i)),
        );
        expect(fillNamed(messagesOf(en, code.code)[variant.key] ?? '', values)).toBe(inDoc);
      });

      it(`${code.code}.${variant.key} (zh)`, () => {
        const filled = fillNamed(messagesOf(zh, code.code)[variant.key] ?? '', values);
        const fix = OVERRIDES[code.code]?.byVariant?.[variant.key]?.zh;
        if (fix?.order) {
          const inDoc = fillZhSource(
            zhSource,
            fix.order.map((p) => values[p] ?? ''),
          );
          expect(filled).toBe(inDoc);
        } else if (fix?.template) {
          // Documented replacement: the document's sentence lost values, ours carries all of them.
          expect(fix.expectedSource).toBe(zhSource);
          for (const value of Object.values(values)) expect(filled).toContain(value);
        } else {
          expect(filled).toBe(
            fillZhSource(
              zhSource,
              variant.params.map((p, i) => sample(p, i)),
            ),
          );
        }
      });
    }
  }
});

describe('the known disagreements of the Chinese document are fixed', () => {
  it('-1015 puts the interval before the count in Chinese, with the right values', () => {
    const values = { limit: '100', interval: '10 SECOND' };
    expect(fillNamed(zh.codes['-1015'].messages.limit, values)).toBe('新订单太多； 当前限制为每10 SECOND 100个订单。');
  });

  it('-1008 weightLimit carries all three English values in Chinese, not a hard-coded minute', () => {
    const message = fillNamed(zh.codes['-1008'].messages.weightLimit, {
      limit: '2400',
      intervalNum: '5',
      intervalUnit: 'SECOND',
    });
    expect(message).toContain('2400');
    expect(message).toContain('5 SECOND');
    expect(message).not.toContain('每分钟');
  });

  it('keeps Binance wording and typos verbatim', () => {
    expect(en.codes['-1130'].messages.param).toBe('Data sent for paramter `{{param}}` is not valid.');
    expect(en.codes['-5004'].messages.default).toBe('Invite code has bean used');
    expect(en.codes['-1129'].messages.default).toBe('Invalid asset。');
  });
});

describe('docs links', () => {
  it('point at the document’s own anchors in each language', () => {
    const info = ERROR_CODES.find((c) => c.code === -1121);
    expect(info?.docsUrl.en).toBe(
      'https://developers.binance.com/docs/derivatives/options-trading/error-code#-1121-bad_symbol',
    );
    expect(info?.docsUrl.zh).toBe(
      'https://developers.binance.com/docs/zh-CN/derivatives/options-trading/error-code#-1121-bad_symbol',
    );
  });
});
