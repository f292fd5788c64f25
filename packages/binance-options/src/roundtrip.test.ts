/**
 * Round trip for every template: fill values → server message → resolveBinanceError → the same code,
 * variant and values, with the document's backticks, with single quotes, and with no quotes at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolve, type ErrorVariantInfo } from '@exchange-errors/core';
import { binanceOptionsEager } from './generated/eager.js';

const ERROR_CODES = binanceOptionsEager.catalog?.codes ?? [];
const resolveBinanceError = (input: unknown) => resolve(binanceOptionsEager, input);
import { fillServer, type QuoteForm } from './test-support/fill.js';

const FORMS: QuoteForm[] = ['backtick', 'single', 'bare'];
const withParams = ERROR_CODES.flatMap((info) =>
  info.variants.filter((v) => v.params.length > 0).map((v) => ({ info, variant: v })),
);

/** Placeholders separated only by a space ("per %s %s") cannot tell where one value ends. */
function adjacentParams(variant: ErrorVariantInfo): boolean {
  return /%s\s+%s/.test(variant.server);
}

const SAMPLES = [
  'quantity',
  'new client order id',
  "it's",
  'say "hi"',
  '12345',
  '0.001',
  '1700000000000',
  'BTC-261225-100000-C',
  '中文 参数',
];

describe('round trip of every template with values', () => {
  it('covers the templates that carry values', () => {
    expect(withParams.length).toBe(15);
  });

  for (const { info, variant } of withParams) {
    for (const form of FORMS) {
      it(`${info.code}.${variant.key} (${form})`, () => {
        const samples = adjacentParams(variant) ? SAMPLES.filter((s) => !/\s/.test(s)) : SAMPLES;
        samples.forEach((sample, offset) => {
          const values = Object.fromEntries(
            variant.params.map((p, i) => [p, samples[(offset + i) % samples.length] ?? sample]),
          );
          const msg = fillServer(variant, values, form);
          const resolved = resolveBinanceError({ code: info.code, msg });
          expect({ code: resolved.code, variant: resolved.variant, values: resolved.values }, msg).toEqual({
            code: info.code,
            variant: variant.key,
            values,
          });
        });
      });
    }
  }

  it('recovers arbitrary values (property)', () => {
    // Values that cannot be told from the text around them are out of scope: a bare value that begins
    // and ends with the same quote, or white space in values of adjacent placeholders.
    const value = fc
      .string({ minLength: 1, maxLength: 30, unit: 'grapheme' })
      .map((s) => s.trim())
      .filter((s) => s !== '' && !/^([`'"]).*\1$/s.test(s) && !/[\r\n]/.test(s));
    fc.assert(
      fc.property(
        fc.constantFrom(...withParams),
        fc.constantFrom(...FORMS),
        fc.array(value, { minLength: 4, maxLength: 4 }),
        ({ info, variant }, form, raw) => {
          const picked = adjacentParams(variant) ? raw.map((s) => s.replace(/\s+/g, '_')) : raw;
          const values = Object.fromEntries(variant.params.map((p, i) => [p, picked[i] ?? 'x']));
          const msg = fillServer(variant, values, form);
          const resolved = resolveBinanceError({ code: info.code, msg });
          // A value may itself look like the rest of the template; then only the code is guaranteed.
          expect(resolved.code).toBe(info.code);
          if (resolved.variant === variant.key) {
            expect(fillServer(variant, resolved.values, form)).toBe(msg);
          }
        },
      ),
      { numRuns: 2000 },
    );
  }, 60_000);
});

describe('tolerance for what real servers send', () => {
  const cases: [string, number, string, string, Record<string, string>][] = [
    ['missing final period', -1121, 'Invalid symbol', 'default', {}],
    ['extra white space and case', -1121, '  invalid   SYMBOL. ', 'default', {}],
    [
      'single quotes',
      -1102,
      "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
      'param',
      { param: 'symbol' },
    ],
    [
      'no quotes and no period',
      -1102,
      'Mandatory parameter symbol was not sent, was empty/null, or malformed',
      'param',
      { param: 'symbol' },
    ],
    ['double quotes', -1105, 'Parameter "price" was empty.', 'param', { param: 'price' }],
    [
      'concrete numbers',
      -1008,
      'Too much request weight used; current limit is 400 request weight per 1 MINUTE. Please use the websocket for live updates to avoid polling the API.',
      'weightLimit',
      { limit: '400', intervalNum: '1', intervalUnit: 'MINUTE' },
    ],
    [
      'a date',
      -1008,
      'Way too much request weight used; IP banned until 1767225600000. Please use the websocket for live updates to avoid bans.',
      'ipBan',
      { until: '1767225600000' },
    ],
    ['another literal number', -1021, "Timestamp for this request was 1500ms ahead of the server's time.", 'ahead', {}],
    ['the doc’s quotes replaced with backticks', -6008, 'parameter `limit` is invalid.', 'default', {}],
  ];
  it.each(cases)('%s', (_label, code, msg, variant, values) => {
    expect(resolveBinanceError({ code, msg })).toMatchObject({ code, variant, values, serverMessage: msg.trim() });
  });

  it('does not invent a variant for a different text', () => {
    const resolved = resolveBinanceError({ code: -1121, msg: 'Symbol is closed.' });
    expect(resolved).toMatchObject({ code: -1121, known: true, variant: null, serverMessage: 'Symbol is closed.' });
    expect(resolved.keys.message).toBe('fallback.code.message');
  });
});
