/**
 * A countdown that can be held and let go: `pause()` keeps the time left, `resume()` runs it out.
 * The clock is given (the store's `now`), so the time left follows the same clock as everything else.
 */
export class Timer {
  private handle: ReturnType<typeof setTimeout> | undefined;
  private startedAt = 0;
  private remaining: number;

  constructor(
    private readonly callback: () => void,
    duration: number,
    private readonly now: () => number,
  ) {
    this.remaining = duration;
  }

  /** Counts down the time left; does nothing while already running. */
  resume(): void {
    if (this.handle !== undefined) return;
    this.startedAt = this.now();
    this.handle = setTimeout(this.callback, this.remaining);
  }

  /** Stops counting and keeps the time left. */
  pause(): void {
    if (this.handle === undefined) return;
    clearTimeout(this.handle);
    this.handle = undefined;
    this.remaining = Math.max(0, this.remaining - (this.now() - this.startedAt));
  }

  /** Stops for good: the callback never runs. */
  stop(): void {
    if (this.handle !== undefined) clearTimeout(this.handle);
    this.handle = undefined;
  }
}
