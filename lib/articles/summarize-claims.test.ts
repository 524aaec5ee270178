import { describe, expect, it } from 'vitest';
import { describeSummary, summarizeClaims, type ClaimSummary } from './summarize-claims';

const NONE: ClaimSummary = { total: 0, reviewed: 0, anonymousOnly: 0, unattributed: 0, checkworthyUnattributed: 0, falseOrMisleading: 0 };

describe('summarizeClaims', () => {
  it('counts reviewed claims, claims resting only on anonymous sources or on none, and those found false or misleading', () => {
    const summary = summarizeClaims([
      { status: 'false', checkworthy: true, sources: [{ type: 'anonymous' }] },
      { status: 'misleading', checkworthy: true, sources: [{ type: 'anonymous' }, { type: 'person' }] },
      { status: 'true', checkworthy: true, sources: [] },
      { status: 'unreviewed', checkworthy: false, sources: [{ type: 'anonymous' }, { type: 'anonymous' }] },
      { status: 'in_progress', checkworthy: true, sources: [] },
      { status: 'unreviewed', checkworthy: false, sources: [] },
      { status: 'opinion', checkworthy: false, sources: [{ type: 'document' }] },
    ]);
    expect(summary).toEqual({ total: 7, reviewed: 4, anonymousOnly: 2, unattributed: 3, checkworthyUnattributed: 2, falseOrMisleading: 2 });
  });

  it('is all zeros for no claims', () => {
    expect(summarizeClaims([])).toEqual(NONE);
  });
});

describe('describeSummary', () => {
  it('agrees in number with each figure', () => {
    expect(describeSummary({ ...NONE, total: 1, reviewed: 1, anonymousOnly: 1, falseOrMisleading: 1 })).toBe(
      '1 of 1 claim reviewed. 1 rests only on anonymous sources. 1 was found false or misleading.',
    );
    expect(describeSummary({ ...NONE, total: 5, reviewed: 2, anonymousOnly: 2, unattributed: 3, falseOrMisleading: 2 })).toBe(
      '2 of 5 claims reviewed. 2 rest only on anonymous sources and 3 name no source. 2 were found false or misleading.',
    );
    expect(describeSummary({ ...NONE, total: 3, unattributed: 1 })).toBe('0 of 3 claims reviewed. 1 names no source.');
  });

  it('leaves out figures that are zero, and says so when there are no claims', () => {
    expect(describeSummary({ ...NONE, total: 4, reviewed: 4 })).toBe('4 of 4 claims reviewed.');
    expect(describeSummary(NONE)).toBe('No claims were marked in this article.');
  });
});
