/**
 * Nearest-rank percentile of ascending `sorted` samples: the smallest sample with at least p% of
 * the samples at or below it (p95 of 40 samples is the 38th). NaN when there are none.
 */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
