/**
 * Property tests with inputs built to hurt a parser or matcher: padding, repeated template fragments,
 * unterminated quotes, runs of backticks, deep nesting. They check results, not time (the benchmark
 * measures time and how it grows: `pnpm bench`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, formatError, resolveError } from './test-support/options.js';
import { MAX_MATCHED_LENGTH } from './matcher.js';
import { fillServer } from './test-support/fill.js';

const RUNS = 300;
const TIMEOUT = 120_000;

const withParams = ERROR_CODES.flatMap((info) =>
  info.variants.filter((v) => v.params.length > 0).map((variant) => ({ info, variant })),
);
const allVariants = ERROR_CODES.flatMap((info) => info.variants.map((variant) => ({ info, variant })));

const space = fc.constantFrom(' ', '\n', '\t', '\r\n', '\u00a0', '\u3000');
const padding = fc.tuple(space, fc.integer({ min: 1, max: 5_000 })).map(([s, n]) => s.repeat(n));
const quoteRun = fc
  .tuple(fc.constantFrom('`', "'", '"', '\\"'), fc.integer({ min: 1, max: 3_000 }))
  .map(([q, n]) => q.repeat(n));
/** A piece of some template's own text, to repeat inside a value. */
const fragment = fc.constantFrom(
  ...allVariants.flatMap(({ variant }) => variant.server.split('%s')).filter((s) => s.trim().length > 2),
);
const repeated = fc.tuple(fragment, fc.integer({ min: 2, max: 400 })).map(([f, n]) => f.repeat(n));
const hostileValue = fc.oneof(padding, quoteRun, repeated, fc.string({ maxLength: 50 }));

describe('adversarial inputs', () => {
  it(
    'padding around a body changes nothing',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...allVariants), padding, padding, ({ info, variant }, before, after) => {
          const body = JSON.stringify({
            code: info.code,
            msg: fillServer(variant, Object.fromEntries(variant.params.map((p) => [p, 'v']))),
          });
          const plain = resolveError(body);
          const padded = resolveError(`${before}${body}${after}`);
          expect(padded).toMatchObject({ code: plain.code, variant: plain.variant, values: plain.values });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'repeated template fragments, quote runs and padding inside values still give the code, and never throw',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...withParams),
          fc.array(hostileValue, { minLength: 3, maxLength: 3 }),
          ({ info, variant }, raw) => {
            const values = Object.fromEntries(variant.params.map((p, i) => [p, raw[i] ?? 'x']));
            const msg = fillServer(variant, values);
            const resolved = resolveError({ code: info.code, msg });
            expect(resolved.code).toBe(info.code);
            expect(resolved.serverMessage).toBe(msg.trim() || null);
            if (msg.trim().length > MAX_MATCHED_LENGTH) expect(resolved.variant).toBeNull();
            const formatted = formatError({ code: info.code, msg }, { lng: 'zh' });
            expect(formatted.message.length).toBeGreaterThan(0);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'unterminated quotes and truncated bodies keep the server’s text',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...allVariants),
          fc.integer({ min: 1, max: 200 }),
          quoteRun,
          ({ info, variant }, cut, quotes) => {
            const body = `{"code":${info.code},"msg":"${variant.server}${quotes}`;
            const truncated = body.slice(0, Math.max(1, body.length - cut));
            const resolved = resolveError(truncated);
            expect(resolved.serverMessage ?? '').not.toBe('');
            expect(typeof resolved.outcome).toBe('string');
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'bare messages built from fragments of every template resolve without throwing',
    () => {
      fc.assert(
        fc.property(fc.array(fc.oneof(fragment, quoteRun, padding), { minLength: 1, maxLength: 30 }), (parts) => {
          const msg = parts.join('');
          const resolved = resolveError(msg);
          for (const code of resolved.candidates) expect(ERROR_CODES.some((c) => c.code === code)).toBe(true);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it('deep nesting and huge numbers are read as what they are', () => {
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    expect(resolveError(deep)).toMatchObject({ kind: 'unknown', code: null });
    expect(resolveError(`{"code":${'9'.repeat(5_000)},"msg":"x"}`)).toMatchObject({
      code: null,
      serverMessage: 'x',
    });
    expect(resolveError({ code: -1121, msg: 'Invalid symbol.'.repeat(10_000) })).toMatchObject({
      code: -1121,
      variant: null,
    });
  });
});
