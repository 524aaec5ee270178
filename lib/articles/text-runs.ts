// Text runs: the renderer's cut of an article into plain and claim runs (not the extractor's
// segments, lib/extract/segment.ts, which cut text into blocks and sentences).

/** A run of the article text, either plain or belonging to one claim. */
export interface TextSegment {
  /** Offset of the segment's first character in the body. */
  start: number;
  text: string;
  claimId: number | null;
}

export interface RenderedBlock {
  kind: string;
  segments: TextSegment[];
}

/**
 * Cuts the body into its blocks, and each block into plain and claim runs, so that pages can
 * render claims in place as elements without ever treating article text as HTML.
 */
export function segmentArticle(
  body: string,
  blocks: readonly { start: number; end: number; kind: string }[],
  claims: readonly { id: number; start: number; end: number }[],
  include: (kind: string) => boolean = () => true,
): RenderedBlock[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  const layout = blocks.length > 0 ? blocks : [{ start: 0, end: body.length, kind: 'body' }];
  const result: RenderedBlock[] = [];
  let next = 0;
  for (const block of layout) {
    while (next < sorted.length && sorted[next].end <= block.start) next++;
    if (!include(block.kind)) continue;
    const segments: TextSegment[] = [];
    let cursor = block.start;
    for (let i = next; i < sorted.length && sorted[i].start < block.end; i++) {
      const claim = sorted[i];
      const start = Math.max(claim.start, cursor);
      const end = Math.min(claim.end, block.end);
      if (end <= start) continue;
      if (start > cursor) segments.push({ start: cursor, text: body.slice(cursor, start), claimId: null });
      segments.push({ start, text: body.slice(start, end), claimId: claim.id });
      cursor = end;
    }
    if (cursor < block.end) segments.push({ start: cursor, text: body.slice(cursor, block.end), claimId: null });
    result.push({ kind: block.kind, segments });
  }
  return result;
}
