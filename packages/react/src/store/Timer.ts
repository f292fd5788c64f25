/**
 * A countdown that can be held and let go: `pause()` keeps the time left, `resume()` runs it out.
 * The clock is given (the store's `now`), so the time left follows the same clock as everything else.
 */
export class Timer {
  readonly #callback: () => void;
  readonly #now: () => number;
  #handle: ReturnType<typeof setTimeout> | undefined;
  #startedAt = 0;
  #remaining: number;

  /** Created paused: `resume()` starts it. */
  constructor(callback: () => void, duration: number, now: () => number) {
    this.#callback = callback;
    this.#remaining = duration;
    this.#now = now;
  }

  /** Counts down the time left; does nothing while already running. */
  resume(): void {
    if (this.#handle !== undefined) return;
    this.#startedAt = this.#now();
    this.#handle = setTimeout(this.#callback, this.#remaining);
  }

  /** Stops counting and keeps the time left (a timer let go paused never calls back). */
  pause(): void {
    if (this.#handle === undefined) return;
    clearTimeout(this.#handle);
    this.#handle = undefined;
    this.#remaining = Math.max(0, this.#remaining - (this.#now() - this.#startedAt));
  }
}
