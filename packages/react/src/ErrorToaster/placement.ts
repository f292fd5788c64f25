/**
 * Where the toast stack goes so that it covers no keep-clear area: plain arithmetic on rectangles,
 * no DOM (keepClear.ts measures and applies). The stack keeps a column (its side of the screen, or
 * the full width on a narrow screen) and sits in a free band of it, anchored to the band's top or
 * bottom edge; its height is capped to the band, so even laid out in full (hovered, focused) it
 * never grows into an area, and scrolls instead.
 */

export interface Box {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export type Edge = 'top' | 'bottom';
export type Side = 'left' | 'center' | 'right' | 'full';

export interface Placement {
  readonly edge: Edge;
  readonly side: Side;
  /** The free band the stack sits in, px from the viewport's top. */
  readonly top: number;
  readonly bottom: number;
  /** False when no band takes the whole stack: it is in the tallest one, and scrolls. */
  readonly fits: boolean;
}

export interface PlacementInput {
  /** The viewport's width. */
  readonly width: number;
  /** Where the stack may be at all: the viewport within the toaster's offsets and safe areas. */
  readonly frame: Box;
  /** The keep-clear areas on screen. */
  readonly areas: readonly Box[];
  /** The stack's width and the height it needs now. */
  readonly stack: { readonly width: number; readonly height: number };
  /** Where the app put it (`position`); `full` on a narrow screen. */
  readonly edge: Edge;
  readonly side: Side;
  /** Where it is now: kept while it is still clear, so it does not jump about as areas move. */
  readonly current?: Placement | null;
  /** Room kept between the stack and an area. */
  readonly gap?: number;
}

interface Band {
  readonly top: number;
  readonly bottom: number;
}

const other = (edge: Edge): Edge => (edge === 'top' ? 'bottom' : 'top');

/** The horizontal extent of the stack on one side of the frame. */
function columnOf(side: Side, input: PlacementInput): readonly [number, number] {
  const { frame, stack } = input;
  if (side === 'full') return [frame.left, frame.right];
  if (side === 'left') return [frame.left, frame.left + stack.width];
  if (side === 'right') return [frame.right - stack.width, frame.right];
  const left = (input.width - stack.width) / 2;
  return [left, left + stack.width];
}

/** The frame's free bands in a column, top to bottom: what no area (plus the gap) covers. */
function freeBands(side: Side, input: PlacementInput, gap: number): Band[] {
  const [left, right] = columnOf(side, input);
  const { frame } = input;
  const blocked: Band[] = [];
  for (const area of input.areas) {
    if (area.left >= right + gap || area.right <= left - gap) continue;
    const top = Math.max(frame.top, area.top - gap);
    const bottom = Math.min(frame.bottom, area.bottom + gap);
    if (bottom > top) blocked.push({ top, bottom });
  }
  blocked.sort((a, b) => a.top - b.top);
  const bands: Band[] = [];
  let from = frame.top;
  for (const block of blocked) {
    if (block.top > from) bands.push({ top: from, bottom: block.top });
    from = Math.max(from, block.bottom);
  }
  if (frame.bottom > from) bands.push({ top: from, bottom: frame.bottom });
  return bands;
}

/**
 * The band of a column nearest `edge` that takes `height`: `flush` only the one that touches the
 * frame's edge (the stack stays where the app put it), else any (the stack sits past the areas).
 */
function bandAt(bands: readonly Band[], edge: Edge, height: number, frame: Box, flush: boolean): Band | null {
  const ordered = edge === 'bottom' ? [...bands].reverse() : bands;
  if (flush) {
    const first = ordered[0];
    const touches = first && (edge === 'bottom' ? first.bottom >= frame.bottom : first.top <= frame.top);
    return touches && first.bottom - first.top >= height ? first : null;
  }
  return ordered.find((band) => band.bottom - band.top >= height) ?? null;
}

/** The other sides to try, nearest the app's choice first. */
function sidesFrom(side: Side): readonly Side[] {
  if (side === 'full') return ['full'];
  if (side === 'center') return ['center', 'left', 'right'];
  return side === 'left' ? ['left', 'center', 'right'] : ['right', 'center', 'left'];
}

/**
 * Where the stack goes, or null when areas take the whole frame (it then stays where the app put
 * it). In order: where the app put it, if clear; where it is now, if still clear; on a narrow screen
 * the other edge (the one the app's areas leave free), on a wide one another side at the same edge;
 * past the areas at the app's edge; any side and edge; and when nothing takes the whole stack, the
 * tallest free band.
 */
export function placeStack(input: PlacementInput): Placement | null {
  const gap = input.gap ?? 8;
  const { frame, edge, side } = input;
  const height = Math.max(0, input.stack.height);
  if (!(frame.bottom > frame.top) || !(frame.right > frame.left)) return null;
  const cache = new Map<Side, Band[]>();
  const bandsOf = (s: Side): Band[] => {
    let bands = cache.get(s);
    if (!bands) {
      bands = freeBands(s, input, gap);
      cache.set(s, bands);
    }
    return bands;
  };
  const at = (s: Side, e: Edge, flush: boolean): Placement | null => {
    const band = bandAt(bandsOf(s), e, height, frame, flush);
    return band ? { edge: e, side: s, top: band.top, bottom: band.bottom, fits: true } : null;
  };

  const sides = sidesFrom(side);
  const current = input.current && sides.includes(input.current.side) ? input.current : null;
  const candidates: (() => Placement | null)[] = [
    () => at(side, edge, true),
    () => (current ? at(current.side, current.edge, false) : null),
  ];
  if (side === 'full') {
    candidates.push(
      () => at(side, other(edge), true),
      () => at(side, edge, false),
      () => at(side, other(edge), false),
    );
  } else {
    for (const s of sides.slice(1)) candidates.push(() => at(s, edge, true));
    candidates.push(() => at(side, edge, false));
    for (const s of sides) candidates.push(() => at(s, other(edge), true));
    for (const s of sides)
      candidates.push(
        () => at(s, edge, false),
        () => at(s, other(edge), false),
      );
  }
  for (const candidate of candidates) {
    const placement = candidate();
    if (placement) return placement;
  }

  // Nothing takes the whole stack: the tallest band (the app's side first on a tie); it scrolls.
  let best: Placement | null = null;
  for (const s of sides) {
    for (const band of bandsOf(s)) {
      if (best && band.bottom - band.top <= best.bottom - best.top) continue;
      const nearer: Edge = band.bottom >= frame.bottom ? 'bottom' : band.top <= frame.top ? 'top' : edge;
      best = { edge: nearer, side: s, top: band.top, bottom: band.bottom, fits: false };
    }
  }
  return best;
}
