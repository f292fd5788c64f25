/**
 * Each real Bybit answer against the generated catalog: its `retMsg`, under its `retCode`, is one
 * variant's template (with the values the template names), the first sentence of one (the document
 * adds an explanation the server leaves out), or a known gap with its reason. A gap that starts
 * matching, or a match that stops, fails: the list says what the catalog reads today.
 */
import { describe, expect, it } from 'vitest';
import { CODES } from './generated/catalog.js';
import { REAL_PAYLOADS } from './fixtures/real-payloads.js';

interface Variant {
  readonly key: string;
  readonly params: readonly string[];
  readonly server: string;
}

/** A template as the engine will read one: literal text, each `%s` (with its quotes) a value, a final period optional. */
function matchTemplate(server: string, message: string): string[] | null {
  const body = server.replace(/\.$/, '');
  const source = body
    .split(/(['`"]?%s['`"]?)/)
    .map((part, i) => (i % 2 === 1 ? `['\`"]?(.+?)['\`"]?` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const found = new RegExp(`^${source}\\.?$`, 's').exec(message.trim());
  return found ? found.slice(1) : null;
}

/** The variants of the code that read the message: by template, or by the template's first sentence. */
function recognize(code: number, message: string): { variant: Variant; values: Record<string, string> }[] {
  const entry = (CODES as readonly { code: number; variants: readonly Variant[] }[]).find((c) => c.code === code);
  const hits: { variant: Variant; values: Record<string, string> }[] = [];
  for (const variant of entry?.variants ?? []) {
    const values = matchTemplate(variant.server, message);
    const firstSentence =
      variant.params.length === 0 && variant.server.startsWith(`${message.trim().replace(/\.$/, '')}. `);
    if (values || firstSentence) {
      hits.push({ variant, values: Object.fromEntries(variant.params.map((p, i) => [p, values?.[i] ?? ''])) });
    }
  }
  return hits;
}

describe('real Bybit v5 answers against the catalog', () => {
  it('has twenty or more, each with its public source', () => {
    expect(REAL_PAYLOADS.length).toBeGreaterThanOrEqual(20);
    for (const payload of REAL_PAYLOADS)
      expect(payload.source).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/(issues|pull)\/\d+$/);
  });

  it.each(REAL_PAYLOADS.map((p) => [p.id, p] as const))('%s', (_, payload) => {
    const body = JSON.parse(payload.body) as { retCode: number; retMsg: string; result: unknown; retExtInfo: unknown };
    expect(body).toMatchObject({ result: {}, retExtInfo: {} });
    expect(
      CODES.some((c) => c.code === body.retCode),
      `retCode ${body.retCode} is in the catalog`,
    ).toBe(true);
    const hits = recognize(body.retCode, body.retMsg);
    if ('gap' in payload.expect) {
      expect(hits, `${body.retMsg} is listed as a gap: ${payload.expect.gap}`).toEqual([]);
      return;
    }
    expect(hits.map((h) => h.variant.key)).toEqual([payload.expect.variant]);
    expect(hits[0]?.values).toEqual(payload.expect.values ?? {});
  });
});
