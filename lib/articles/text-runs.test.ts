import { describe, expect, it } from 'vitest';
import { segmentArticle } from './text-runs';

describe('segmentArticle', () => {
  const body = 'Head\n\nOne claim. Plain words. Two claim.\n\nRead more';
  const blocks = [
    { start: 0, end: 4, kind: 'heading' },
    { start: 6, end: 40, kind: 'body' },
    { start: 42, end: 51, kind: 'boilerplate' },
  ];
  const claims = [
    { id: 2, start: 30, end: 39 },
    { id: 1, start: 6, end: 16 },
  ];

  it('cuts blocks into plain and claim runs that add up to the block text', () => {
    const result = segmentArticle(body, blocks, claims);
    expect(result.map((b) => b.kind)).toEqual(['heading', 'body', 'boilerplate']);
    expect(result[1].segments).toEqual([
      { start: 6, text: 'One claim.', claimId: 1 },
      { start: 16, text: ' Plain words. ', claimId: null },
      { start: 30, text: 'Two claim', claimId: 2 },
      { start: 39, text: '.', claimId: null },
    ]);
    for (const [i, b] of result.entries()) expect(b.segments.map((s) => s.text).join('')).toBe(body.slice(blocks[i].start, blocks[i].end));
  });

  it('leaves out blocks the caller does not want', () => {
    expect(segmentArticle(body, blocks, claims, (k) => k === 'body').map((b) => b.kind)).toEqual(['body']);
  });
});
