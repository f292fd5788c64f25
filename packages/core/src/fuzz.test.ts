/**
 * Property-based fuzzing of both public functions: no input makes them throw, the message is always
 * a non-empty string, and a value containing `{{…}}` or HTML comes out as literal text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, formatError, resolveError } from './test-support/options.js';
import { fillServer } from './test-support/fill.js';

const RUNS = 10_000;
// A guard against hangs, not a speed check: 10,000 runs take ~1 s alone, several on a loaded CI core.
const TIMEOUT = 120_000;

const codes = fc.oneof(fc.constantFrom(...ERROR_CODES.map((c) => c.code)), fc.integer(), fc.double(), fc.string());
const bodies = fc.record({ code: codes, msg: fc.oneof(fc.string(), fc.anything()) }, { requiredKeys: [] });
const wrapped = fc.oneof(
  bodies,
  bodies.map((b) => JSON.stringify(b)),
  bodies.map((b) => ({ response: { status: 400, data: b } })),
  bodies.map((b) => new Error('x', { cause: b })),
  fc.record({ status: fc.integer({ min: -10, max: 700 }), headers: fc.dictionary(fc.string(), fc.string()) }),
);
const anyInput = fc.oneof(
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
  }),
  wrapped,
  fc.string(),
  fc.string({ unit: 'binary' }),
);
const languages = fc.oneof(fc.constantFrom('en', 'zh', 'zh-CN', 'fr', ''), fc.string(), fc.anything());

describe('fuzz', () => {
  it(
    `resolveError never throws (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(anyInput, (input) => {
          const resolved = resolveError(input);
          expect(typeof resolved.keys.message).toBe('string');
          expect(['exchange', 'http', 'network', 'timeout', 'unknown']).toContain(resolved.kind);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    `formatError never throws and always has a message (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(anyInput, languages, (input, lng) => {
          const formatted = formatError(input, { lng: lng as string });
          expect(typeof formatted.message).toBe('string');
          expect(formatted.message.trim().length).toBeGreaterThan(0);
          expect(formatted.title.trim().length).toBeGreaterThan(0);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  const withParams = ERROR_CODES.flatMap((info) =>
    info.variants.filter((v) => v.params.length > 0).map((variant) => ({ info, variant })),
  );
  const hostile = fc
    .tuple(
      fc.constantFrom('{{', '<b>', '<script>alert(1)</script>', '$t(codes.-1121.title)', '&amp;', '{{code}}', '}}'),
      fc.string({ maxLength: 8 }),
    )
    .map(([a, b]) => `${a}${b.replace(/\s/g, '')}`);

  it(
    `keeps {{…}} and HTML in values literal (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...withParams),
          hostile,
          fc.constantFrom('en', 'zh'),
          ({ info, variant }, value, lng) => {
            const values = Object.fromEntries(variant.params.map((p) => [p, value]));
            const formatted = formatError({ code: info.code, msg: fillServer(variant, values) }, { lng });
            expect(formatted.message).toContain(value);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    `keeps an unknown code's server text literal (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(hostile, fc.constantFrom('en', 'zh'), (text, lng) => {
          const formatted = formatError({ code: -123456, msg: `x ${text}` }, { lng });
          expect(formatted.message).toContain(`x ${text}`);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
