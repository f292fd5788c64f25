/**
 * First in, first out, over one array, with O(1) views for snapshots. Items are appended and taken
 * from the head; one taken out of the middle leaves a hole. Each item keeps its position (counted
 * from the first item ever pushed) for O(1) access. A view keeps the array and a range: the array is
 * only written in place when no view holds it, so an old snapshot reads exactly what it saw.
 */
export interface WaitingLine<T> {
  /** Items in line (holes not counted). */
  readonly size: number;
  /** Appends; returns the item's position. */
  push(item: T): number;
  /** The item at a position still in line. */
  at(position: number): T | undefined;
  /** Replaces the item at a position still in line; `undefined` takes it out, leaving a hole. */
  set(position: number, item: T | undefined): void;
  /** Takes the oldest item out. */
  shift(): T | undefined;
  clear(): void;
  /** The line as it is now, built into an array (frozen, kept) on first call. O(1) until then. */
  view(): () => readonly T[];
}

export function createWaitingLine<T>(): WaitingLine<T> {
  let items: (T | undefined)[] = [];
  let head = 0;
  /** Position of `items[0]`. */
  let base = 0;
  /** A view holds `items`: copy before writing in place. */
  let shared = false;
  let size = 0;

  /** A new array from the head: views keep the old one. */
  function cut(): void {
    items = items.slice(head);
    base += head;
    head = 0;
    shared = false;
  }

  return {
    get size() {
      return size;
    },
    push(item) {
      size += 1;
      return base + items.push(item) - 1;
    },
    at: (position) => items[position - base],
    set(position, item) {
      if (shared) cut();
      if (item === undefined && items[position - base] !== undefined) size -= 1;
      items[position - base] = item;
    },
    shift() {
      while (head < items.length) {
        const item = items[head++];
        if (item !== undefined) {
          size -= 1;
          // Taken items are only skipped; the array is cut when they are half of it.
          if (head >= 64 && head * 2 >= items.length) cut();
          return item;
        }
      }
      return undefined;
    },
    clear() {
      items = [];
      head = base = size = 0;
      shared = false;
    },
    view() {
      const from = head;
      const to = items.length;
      const seen = items;
      shared = true;
      let built: readonly T[] | undefined;
      return () => {
        if (!built) {
          const out: T[] = [];
          for (let i = from; i < to; i++) {
            const item = seen[i];
            if (item !== undefined) out.push(item);
          }
          built = Object.freeze(out);
        }
        return built;
      };
    },
  };
}
