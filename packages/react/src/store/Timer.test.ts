import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Timer } from './Timer.js';

describe('Timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is created paused and runs out its duration once resumed', () => {
    const done = vi.fn();
    const timer = new Timer(done, 1000, Date.now);
    vi.advanceTimersByTime(5000);
    expect(done).not.toHaveBeenCalled();
    timer.resume();
    vi.advanceTimersByTime(999);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('keeps the time left while paused, however long, and runs out the rest', () => {
    const done = vi.fn();
    const timer = new Timer(done, 1000, Date.now);
    timer.resume();
    vi.advanceTimersByTime(300);
    timer.pause();
    vi.advanceTimersByTime(60_000);
    expect(done).not.toHaveBeenCalled();
    timer.resume();
    vi.advanceTimersByTime(699);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('ignores a second resume or pause: one countdown, the time left counted once', () => {
    const done = vi.fn();
    const timer = new Timer(done, 1000, Date.now);
    timer.resume();
    timer.resume();
    vi.advanceTimersByTime(400);
    timer.pause();
    vi.advanceTimersByTime(400);
    timer.pause();
    timer.resume();
    vi.advanceTimersByTime(599);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(done).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('never calls back once let go paused', () => {
    const done = vi.fn();
    const timer = new Timer(done, 100, Date.now);
    timer.resume();
    timer.pause();
    vi.advanceTimersByTime(10_000);
    expect(done).not.toHaveBeenCalled();
  });

  it('counts the time left with the clock it is given', () => {
    let now = 0;
    const done = vi.fn();
    const timer = new Timer(done, 1000, () => now);
    timer.resume();
    // The given clock says 900 ms went by while the timers' own clock moved 100 ms.
    vi.advanceTimersByTime(100);
    now = 900;
    timer.pause();
    timer.resume();
    vi.advanceTimersByTime(99);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(done).toHaveBeenCalledTimes(1);
  });
});
