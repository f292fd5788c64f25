import { describe, expect, it } from 'vitest';
import { ARRIVALS_LIMIT, createArrivalBuffer, type Arrival } from './arrivals.js';

const arrival = (n: number): Arrival => ({ error: n, options: undefined, at: n, id: `a${n}` });

function drain(buffer: ReturnType<typeof createArrivalBuffer>): number[] {
  const out: number[] = [];
  for (let a = buffer.shift(); a; a = buffer.shift()) out.push(a.error as number);
  return out;
}

describe('the arrival buffer', () => {
  it('gives arrivals back in order, and is empty after', () => {
    const buffer = createArrivalBuffer();
    for (let i = 1; i <= 5; i++) buffer.push(arrival(i));
    expect(buffer.size).toBe(5);
    expect(drain(buffer)).toEqual([1, 2, 3, 4, 5]);
    expect(buffer.size).toBe(0);
    expect(buffer.shift()).toBeUndefined();
  });

  it(`keeps the newest ${ARRIVALS_LIMIT.toLocaleString('en')} and counts the ones let go`, () => {
    const buffer = createArrivalBuffer();
    const n = ARRIVALS_LIMIT + 2_500;
    for (let i = 1; i <= n; i++) buffer.push(arrival(i));
    expect(buffer.size).toBe(ARRIVALS_LIMIT);
    expect(buffer.dropped).toBe(2_500);
    const kept = drain(buffer);
    expect(kept[0]).toBe(2_501);
    expect(kept.at(-1)).toBe(n);
    // Counted over the buffer's life, not reset by draining.
    buffer.push(arrival(0));
    expect(buffer.dropped).toBe(2_500);
  });

  it('costs about as much per arrival once full (letting the oldest go) as before', () => {
    const items = Array.from({ length: 10 * ARRIVALS_LIMIT }, (_, i) => arrival(i));
    /** CPU µs per push of `items` into `buffer`: what other processes on a shared machine take is not counted. */
    const cost = (buffer: ReturnType<typeof createArrivalBuffer>, count: number) => {
      const start = process.cpuUsage();
      for (let i = 0; i < count; i++) buffer.push(items[i]!);
      const used = process.cpuUsage(start);
      return (used.user + used.system) / count;
    };
    const filling: number[] = [];
    const full: number[] = [];
    for (let round = 0; round < 3; round++) {
      const buffer = createArrivalBuffer();
      filling.push(cost(buffer, ARRIVALS_LIMIT));
      full.push(cost(buffer, items.length));
      expect(buffer.dropped).toBe(items.length);
    }
    // Copying the kept arrivals on each drop costs thousands of times a push; a loaded machine gets a wide margin.
    expect(Math.min(...full) / Math.max(Math.min(...filling), 0.05)).toBeLessThan(50);
  });
});
