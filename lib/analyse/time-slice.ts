/**
 * Cooperative time slicing: long work runs in slices of a few milliseconds and yields to the page
 * between them (scheduler.yield where the browser has it, else a macrotask), so no task of ours
 * blocks the page for long.
 */
export const SLICE_MS = 8;

type Yielder = () => Promise<void>;

export function pageYielder(): Yielder {
  const sched = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (sched?.yield) return () => sched.yield!();
  return () => new Promise((resolve) => setTimeout(resolve, 0));
}

export class Slicer {
  private started = performance.now();
  constructor(private readonly yieldNow: Yielder = pageYielder(), private readonly budget = SLICE_MS) {}

  /** Yields if this slice has used its budget. */
  async maybeYield(): Promise<void> {
    if (performance.now() - this.started < this.budget) return;
    await this.yieldNow();
    this.started = performance.now();
  }
}
