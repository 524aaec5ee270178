export interface Span {
  start: number;
  end: number;
}

/**
 * Answers "does this span overlap any of those?" in O(log n) after an O(n log n) sort, where
 * testing every pair would be quadratic (an article may hold ~14,000 claims). Spans overlap when
 * they share at least one character; the spans given may overlap each other.
 */
export function spanIndex(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // The furthest end among the first i + 1 spans (by start).
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(reach.at(-1) ?? -Infinity, s.end));
  return (span) => {
    // The last span that starts before `span` ends; every earlier one starts before it too.
    let low = 0;
    let high = sorted.length - 1;
    let last = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (sorted[mid].start < span.end) {
        last = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return last >= 0 && reach[last] > span.start;
  };
}
