/**
 * The resolver against error answers Binance's servers really sent (see fixtures/real-payloads.ts):
 * the outcome first, then code, variant and values where the Options catalog has the code.
 */
import { describe, expect, it } from 'vitest';
import { formatError, resolveError } from './test-support/options.js';
import { REAL_PAYLOADS } from './fixtures/real-payloads.js';

describe('real payloads', () => {
  it('has a fixture of every kind the issue asks for', () => {
    const ids = REAL_PAYLOADS.map((p) => p.id);
    expect(ids.some((id) => id.includes('request-ip'))).toBe(true);
    expect(REAL_PAYLOADS.some((p) => p.body.includes('"timestamp"'))).toBe(true);
    expect(REAL_PAYLOADS.filter((p) => (p.status ?? 0) >= 500).length).toBeGreaterThan(5);
    expect(REAL_PAYLOADS.some((p) => p.status === 403)).toBe(true);
    expect(REAL_PAYLOADS.some((p) => p.status === 409)).toBe(true);
    expect(REAL_PAYLOADS.some((p) => p.status === 451)).toBe(true);
  });

  it.each(REAL_PAYLOADS.map((p) => [p.id, p] as const))('%s', (_id, payload) => {
    const input = payload.status === null ? payload.body : { status: payload.status, body: payload.body };
    const resolved = resolveError(input);
    const { expect: want } = payload;
    expect(resolved.outcome).toBe(want.outcome);
    expect(resolved.code).toBe(want.code);
    if (want.outcome === 'unknown') expect(resolved.retryable).toBe(false);
    if (want.kind !== undefined) expect(resolved.kind).toBe(want.kind);
    if (want.known !== undefined) expect(resolved.known).toBe(want.known);
    if (want.variant !== undefined) expect(resolved.variant).toBe(want.variant);
    if (want.values !== undefined) expect(resolved.values).toEqual(want.values);
    if (want.serverDetail !== undefined) expect(resolved.serverDetail).toBe(want.serverDetail);
    if (want.serverMessage !== undefined) expect(resolved.serverMessage).toBe(want.serverMessage);
    if (want.title !== undefined) expect(resolved.keys.title).toBe(want.title);
    // Whatever it is, both languages say something, and an HTML page never reads "HTTP 0".
    for (const lng of ['en', 'zh']) {
      const formatted = formatError(input, { lng });
      expect(formatted.message.trim()).not.toBe('');
      expect(formatted.message).not.toContain('HTTP 0');
      expect(formatted.message).not.toContain('{{');
    }
  });
});
