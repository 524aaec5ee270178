import { describe, expect, it } from 'vitest';
import { summarizeClaims } from './summarize-claims';

describe('summarizeClaims', () => {
  it('counts claims resting only on anonymous sources, on none, and found false or misleading', () => {
    const summary = summarizeClaims([
      { status: 'false', sources: [{ type: 'anonymous' }] },
      { status: 'misleading', sources: [{ type: 'anonymous' }, { type: 'person' }] },
      { status: 'true', sources: [] },
      { status: 'unreviewed', sources: [{ type: 'anonymous' }, { type: 'anonymous' }] },
      { status: 'opinion', sources: [{ type: 'document' }] },
    ]);
    expect(summary).toEqual({ total: 5, anonymousOnly: 2, unattributed: 1, falseOrMisleading: 2 });
  });

  it('is all zeros for no claims', () => {
    expect(summarizeClaims([])).toEqual({ total: 0, anonymousOnly: 0, unattributed: 0, falseOrMisleading: 0 });
  });
});
