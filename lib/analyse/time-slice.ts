/**
 * Cooperative time slicing: long work runs in slices of a few milliseconds and yields to the page
 * between them (scheduler.yield where the browser has it, else a macrotask), so no task of ours
 * blocks the page for long.
 */
export const SLICE_MS = 8;

export type Yielder = () => Promise<void>;

export function pageYielder(): Yielder {
  const sched = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (sched?.yield) return () => sched.yield!();
  return () => new Promise((resolve) => setTimeout(resolve, 0));
}

export class Slicer {
  private started = performance.now();
  /** The longest stretch run without yielding, as [start, end]. */
  longest: [number, number] = [this.started, this.started];
  constructor(private readonly yieldNow: Yielder = pageYielder(), private readonly budget = SLICE_MS) {}

  private note(now: number): void {
    if (now - this.started > this.longest[1] - this.longest[0]) this.longest = [this.started, now];
  }

  /** Yields if this slice has used its budget. */
  async maybeYield(): Promise<void> {
    const now = performance.now();
    if (now - this.started < this.budget) return;
    this.note(now);
    await this.yieldNow();
    this.started = performance.now();
  }

  /** Ends the last slice. */
  finish(): void {
    this.note(performance.now());
  }
}
