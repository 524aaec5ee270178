/** How much text on each side of a claim is kept to find it again in a new revision. */
export const ANCHOR_CONTEXT_CHARS = 32;

export function anchorContext(body: string, start: number, end: number): { anchorPrefix: string; anchorSuffix: string } {
  return {
    anchorPrefix: body.slice(Math.max(0, start - ANCHOR_CONTEXT_CHARS), start),
    anchorSuffix: body.slice(end, end + ANCHOR_CONTEXT_CHARS),
  };
}

/** Moves the ends of a span inward past white space, so that a selection never starts or ends with a blank. */
export function trimSpan(body: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  return { start, end };
}
