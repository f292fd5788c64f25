import { describe, expect, it } from 'vitest';
import { placeStack, type Box, type PlacementInput } from './placement.js';

const box = (top: number, left: number, bottom: number, right: number): Box => ({ top, right, bottom, left });

/** A 390 × 844 phone: the stack spans the frame (16 px in from each edge). */
function phone(areas: Box[], extra: Partial<PlacementInput> = {}): PlacementInput {
  return {
    width: 390,
    frame: box(16, 16, 828, 374),
    areas,
    stack: { width: 358, height: 150 },
    edge: 'bottom',
    side: 'full',
    gap: 8,
    ...extra,
  };
}

/** A 1280 × 720 laptop: a 416 px stack in the bottom-right corner. */
function laptop(areas: Box[], extra: Partial<PlacementInput> = {}): PlacementInput {
  return {
    width: 1280,
    frame: box(16, 16, 704, 1264),
    areas,
    stack: { width: 416, height: 130 },
    edge: 'bottom',
    side: 'right',
    gap: 8,
    ...extra,
  };
}

const NAV = box(794, 0, 844, 390); // a bottom navigation bar
const BUY_SELL = box(740, 0, 788, 390); // the ticket's Buy and Sell row, just above it
const HEADER = box(0, 0, 60, 390);

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeStack', () => {
  it('leaves the stack where the app put it while no area is in its way', () => {
    expect(placeStack(phone([HEADER]))).toEqual({ edge: 'bottom', side: 'full', top: 68, bottom: 828, fits: true });
    // An area beside the stack's column does not move it.
    expect(placeStack(laptop([box(600, 16, 660, 400)]))).toMatchObject({ edge: 'bottom', side: 'right' });
  });

  it('on a narrow screen, goes to the edge the areas leave free', () => {
    const placement = placeStack(phone([NAV, BUY_SELL]));
    expect(placement).toEqual({ edge: 'top', side: 'full', top: 16, bottom: 732, fits: true });
  });

  it('sits past the areas at its own edge when both edges are taken', () => {
    const placement = placeStack(phone([NAV, BUY_SELL, box(0, 0, 120, 390)]));
    expect(placement).toEqual({ edge: 'bottom', side: 'full', top: 128, bottom: 732, fits: true });
  });

  it('on a wide screen, moves to another side at the same edge before moving up', () => {
    // The ticket's Buy and Sell in the bottom-right corner.
    const placement = placeStack(laptop([box(650, 900, 690, 1260)]));
    expect(placement).toMatchObject({ edge: 'bottom', side: 'center', bottom: 704, fits: true });
    // With the centre taken too, the left.
    expect(placeStack(laptop([box(650, 450, 690, 1260)]))).toMatchObject({ edge: 'bottom', side: 'left' });
  });

  it('sits above a bar that spans the screen rather than jumping to the other edge', () => {
    const placement = placeStack(laptop([box(680, 0, 720, 1280)]));
    expect(placement).toEqual({ edge: 'bottom', side: 'right', top: 16, bottom: 672, fits: true });
  });

  it('keeps where it is while that stays clear, and goes back once the app’s own place is free', () => {
    const first = placeStack(phone([NAV, BUY_SELL]));
    expect(first?.edge).toBe('top');
    // A header scrolls into the top: still room below it at the top, so the stack stays at the top.
    const second = placeStack(phone([NAV, BUY_SELL, box(0, 0, 100, 390)], { current: first }));
    expect(second).toMatchObject({ edge: 'top', top: 108, fits: true });
    // The bottom is free again: back to the bottom.
    expect(placeStack(phone([box(0, 0, 100, 390)], { current: second }))).toMatchObject({ edge: 'bottom' });
  });

  it('never overlaps an area when a band takes the stack, for areas anywhere', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 1;
    for (let run = 0; run < 500; run++) {
      const areas = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
        const top = random() * 844;
        const left = random() * 390;
        return box(top, left, top + random() * 120, left + random() * 390);
      });
      const input = phone(areas, { stack: { width: 358, height: 60 + random() * 200 } });
      const placement = placeStack(input);
      if (!placement) continue;
      const height = placement.fits ? input.stack.height : placement.bottom - placement.top;
      const top = placement.edge === 'bottom' ? placement.bottom - height : placement.top;
      const stack = box(top, 16, top + height, 374);
      for (const area of areas) expect(overlaps(stack, area)).toBe(false);
      expect(placement.top).toBeGreaterThanOrEqual(16);
      expect(placement.bottom).toBeLessThanOrEqual(828);
    }
  });

  it('takes the tallest gap when no gap takes the whole stack (it scrolls there)', () => {
    const placement = placeStack(phone([box(0, 0, 300, 390), box(420, 0, 844, 390)]));
    expect(placement).toEqual({ edge: 'bottom', side: 'full', top: 308, bottom: 412, fits: false });
  });

  it('gives up, leaving the stylesheet’s place, when the areas cover the whole frame', () => {
    expect(placeStack(phone([box(0, 0, 844, 390)]))).toBeNull();
  });

  it('never throws on odd geometry', () => {
    const nan = box(Number.NaN, Number.NaN, Number.NaN, Number.NaN);
    expect(() => placeStack(phone([nan, box(-Infinity, 0, Infinity, 10)]))).not.toThrow();
    expect(placeStack(phone([NAV], { frame: nan }))).toBeNull();
    expect(placeStack(phone([NAV], { stack: { width: Number.NaN, height: -5 } }))).not.toBeNull();
  });

  it('takes time in proportion to the number of areas (sorted once per side)', () => {
    const areas = (count: number) =>
      Array.from({ length: count }, (_, i) =>
        box((i * 7) % 800, (i * 13) % 380, ((i * 7) % 800) + 3, ((i * 13) % 380) + 5),
      );
    const time = (count: number) => {
      const input = laptop(areas(count), { stack: { width: 416, height: 5000 } });
      const start = performance.now();
      for (let i = 0; i < 5; i++) placeStack(input);
      return performance.now() - start;
    };
    time(1_000);
    const small = time(10_000);
    const large = time(100_000);
    // ×10 the areas: n log n is about ×12.5; a quadratic scan would be ×100.
    expect(large / Math.max(small, 1)).toBeLessThan(40);
  });
});
