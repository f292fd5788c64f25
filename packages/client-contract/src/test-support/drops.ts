/**
 * A library's `drops` is a claim that lets the kit off reading something: each claim is checked on
 * what the library really threw, so a wrong claim fails the suite instead of hiding a gap.
 */
import type { Drop } from '../clients/client.js';
import type { Scenario } from '../scenarios.js';

/** Every primitive reachable from `value` (own fields, `message`, `cause`, `url`), depth-limited. */
function primitives(value: unknown, out: unknown[] = [], depth = 0, seen = new Set<unknown>()): unknown[] {
  if (typeof value !== 'object' || value === null) {
    out.push(value);
    return out;
  }
  if (depth > 4 || seen.has(value)) return out;
  seen.add(value);
  for (const key of new Set([...Object.keys(value), 'message', 'cause', 'url', 'status', 'statusCode', 'code'])) {
    let next: unknown;
    try {
      next = (value as Record<string, unknown>)[key];
    } catch {
      continue;
    }
    primitives(next, out, depth + 1, seen);
  }
  return out;
}

/** Why the claim that `caught` lacks `drop` is false, or null when it holds. */
export function falseDrop(caught: unknown, drop: Drop, scenario: Scenario): string | null {
  const values = primitives(caught);
  const texts = values.filter((v): v is string => typeof v === 'string');
  const { answer } = scenario;
  if (drop === 'sent') {
    const told = texts.some((t) => /ECONNREFUSED|refused/i.test(t)) || values.includes('ECONNREFUSED');
    return told ? 'it says the connection was refused' : null;
  }
  if (answer.kind !== 'http') return `nothing to drop from a ${answer.kind} answer`;
  if (drop === 'status') {
    const status = answer.status;
    const told =
      values.includes(status) || values.includes(String(status)) || texts.some((t) => t.includes(` ${status} `));
    return told ? `it holds ${status}` : null;
  }
  if (answer.body.trimStart().startsWith('<')) {
    if (drop === 'code') return 'an HTML page has no code';
    return texts.some((t) => t.includes(answer.body.trim().slice(0, 40))) ? 'it holds the page' : null;
  }
  if (answer.body === '') return drop === 'body' ? null : 'an empty body has no code';
  const parsed = JSON.parse(answer.body) as { code?: number; msg?: string; retCode?: number; retMsg?: string };
  // Binance's `{code, msg}`, Bybit's `{retCode, retMsg}`.
  const body = { code: parsed.code ?? parsed.retCode, msg: parsed.msg ?? parsed.retMsg ?? '' };
  if (drop === 'code') {
    const told = values.includes(body.code) || texts.some((t) => t.includes(String(body.code)));
    return told ? `it holds ${body.code}` : null;
  }
  return texts.some((t) => t.includes(body.msg)) ? 'it holds the message' : null;
}
