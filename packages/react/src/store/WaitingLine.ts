/**
 * First in, first out, over one array, with O(1) views for snapshots. Items are appended and taken
 * from the head; one taken out of the middle leaves a hole. Each item keeps its position (counted
 * from the first item ever pushed) for O(1) access. A view keeps the array and a range: the array is
 * only written in place when no view holds it, so an old snapshot reads exactly what it saw.
 */
export class WaitingLine<T> {
  #items: (T | undefined)[] = [];
  #head = 0;
  /** Position of `#items[0]`. */
  #base = 0;
  /** A view holds `#items`: copy before writing in place. */
  #shared = false;
  #size = 0;

  /** Items in line (holes not counted). */
  get size(): number {
    return this.#size;
  }

  /** Appends; returns the item's position. */
  push(item: T): number {
    this.#items.push(item);
    this.#size += 1;
    return this.#base + this.#items.length - 1;
  }

  /** The item at a position still in line. */
  at(position: number): T | undefined {
    return this.#items[position - this.#base];
  }

  /** Replaces the item at a position still in line. */
  replace(position: number, item: T): void {
    this.#own();
    this.#items[position - this.#base] = item;
  }

  /** Takes the item at a position out of the line, leaving a hole. */
  remove(position: number): void {
    if (this.#items[position - this.#base] === undefined) return;
    this.#own();
    this.#items[position - this.#base] = undefined;
    this.#size -= 1;
  }

  /** Takes the oldest item out. */
  shift(): T | undefined {
    while (this.#head < this.#items.length) {
      const item = this.#items[this.#head];
      this.#head += 1;
      if (item !== undefined) {
        this.#size -= 1;
        // Taken items are only skipped; the array is cut when they are half of it.
        if (this.#head >= 64 && this.#head * 2 >= this.#items.length) this.#cut();
        return item;
      }
    }
    return undefined;
  }

  /** Calls `callback` with every item in line, oldest first. */
  forEach(callback: (item: T) => void): void {
    for (let i = this.#head; i < this.#items.length; i++) {
      const item = this.#items[i];
      if (item !== undefined) callback(item);
    }
  }

  clear(): void {
    this.#items = [];
    this.#head = 0;
    this.#base = 0;
    this.#shared = false;
    this.#size = 0;
  }

  /** The line as it is now, built into an array (frozen, kept) on first call. O(1) until then. */
  view(): () => readonly T[] {
    const items = this.#items;
    const from = this.#head;
    const to = items.length;
    this.#shared = true;
    let built: readonly T[] | undefined;
    return () => {
      if (!built) {
        const out: T[] = [];
        for (let i = from; i < to; i++) {
          const item = items[i];
          if (item !== undefined) out.push(item);
        }
        built = Object.freeze(out);
      }
      return built;
    };
  }

  #own(): void {
    if (this.#shared) this.#cut();
  }

  /** A new array from the head: views keep the old one. */
  #cut(): void {
    this.#items = this.#items.slice(this.#head);
    this.#base += this.#head;
    this.#head = 0;
    this.#shared = false;
  }
}
