/**
 * Counts failures per key in a sliding window; a key with `max` failures inside the window is
 * blocked until the oldest of them ages out. Kept in memory: claimdesk runs as one process, and a
 * restart forgetting the counts only gives an attacker one more minute.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
    /** Bounds memory under a flood of distinct keys: the least recently failed keys go first. */
    private readonly maxKeys = 10_000,
  ) {}

  isBlocked(key: string, now = Date.now()): boolean {
    return this.recent(key, now).length >= this.max;
  }

  recordFailure(key: string, now = Date.now()): void {
    const list = [...this.recent(key, now), now];
    this.failures.delete(key);
    this.failures.set(key, list);
    if (this.failures.size > this.maxKeys) this.failures.delete(this.failures.keys().next().value!);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
  }
}
