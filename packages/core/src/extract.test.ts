import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractError, parseRetryAfter, scanCompactBody } from './extract.js';

describe('scanCompactBody (the fast path for Binance’s own body)', () => {
  it('reads the compact body Binance sends', () => {
    expect(scanCompactBody('{"code":-1121,"msg":"Invalid symbol."}')).toEqual({ code: -1121, msg: 'Invalid symbol.' });
  });

  it('reads a raw control character leniently, where JSON.parse would refuse the body', () => {
    expect(scanCompactBody('{"code":-1121,"msg":"a\tb"}')).toEqual({ code: -1121, msg: 'a\tb' });
  });

  it('reads it pretty-printed too', () => {
    expect(scanCompactBody('{\n  "code": -1121,\n  "msg": "Invalid symbol."\n}\n')).toEqual({
      code: -1121,
      msg: 'Invalid symbol.',
    });
  });

  it.each([
    '{"msg":"Invalid symbol.","code":-1121}',
    '{"code":-01121,"msg":"x"}',
    '{"code":-1121,"msg":"x"} trailing',
    '{"code":-1121,"msg":"x\\u0001"}',
    '{"code":-1121,"msg":"a\\"b"}',
    '{"code":-1121,"msg":"caf\\u00e9"}',
    '{"code":-1121,"msg":"x","extra":1}',
    '{"code":1e3,"msg":"x"}',
    '{"code":-1121,"msg":"',
  ])('leaves %s to JSON.parse', (text) => {
    expect(scanCompactBody(text)).toBeNull();
  });

  it('agrees with JSON.parse on every body it accepts (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.string({ unit: 'binary' }),
        fc.constantFrom(undefined, 2, '\t'),
        (code, msg, indent) => {
          const text = JSON.stringify({ code, msg }, null, indent);
          const fast = scanCompactBody(text);
          if (fast) expect(fast).toEqual(JSON.parse(text));
          const viaObject = extractError({ code, msg });
          expect(extractError(text)).toEqual(viaObject);
        },
      ),
      { numRuns: 20_000 },
    );
  }, 60_000);

  it('trims every kind of white space the same way on both paths', () => {
    for (const space of [' ', '\u00a0', '\u2028', '\u3000', '\ufeff', '\t']) {
      const msg = `${space}Invalid symbol.${space}`;
      expect(extractError(JSON.stringify({ code: -1121, msg })).msg).toBe('Invalid symbol.');
      expect(extractError({ code: -1121, msg }).msg).toBe('Invalid symbol.');
    }
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['7', 7000],
    ['0', 0],
    [' 12 ', 12_000],
    ['1.5', 1500],
    [3, 3000],
    ['soon', null],
    [-1, null],
    [null, null],
  ])('reads %j', (value, expected) => {
    expect(parseRetryAfter(value)).toBe(expected);
  });

  it('reads an HTTP date relative to now and never goes negative', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    expect(parseRetryAfter('Tue, 24 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 09:00:00 GMT', now)).toBe(0);
  });
});
