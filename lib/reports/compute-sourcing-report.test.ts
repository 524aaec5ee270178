import { describe, expect, it } from 'vitest';
import { computeSourcingReport, rankWorstClaims, type ReportClaim } from './compute-sourcing-report';

let nextPosition = 0;
const claim = (over: Partial<ReportClaim>): ReportClaim => {
  nextPosition++;
  return {
    id: 100 + nextPosition,
    position: nextPosition,
    text: `Claim ${nextPosition}`,
    status: 'unreviewed',
    checkworthiness: 0.8,
    checkworthy: true,
    vague: false,
    duplicate: false,
    sourceTypes: [],
    ...over,
  };
};

describe('computeSourcingReport', () => {
  // Worked out by hand: 9 claims (position = list order).
  const claims: ReportClaim[] = [
    claim({ sourceTypes: ['person'], status: 'true', checkworthiness: 0.9 }), // 1: single, reviewed, sound
    claim({ sourceTypes: ['anonymous'], status: 'false' }), // 2: anonymous only, single, reviewed
    claim({ sourceTypes: ['anonymous', 'anonymous'], checkworthiness: 0.3, checkworthy: false }), // 3: anonymous only (two anonymous sources), not single, open
    claim({ sourceTypes: ['anonymous', 'media'], status: 'in_progress', checkworthiness: 0.7 }), // 4: not anonymous only, open, sound
    claim({ sourceTypes: [], vague: true, checkworthiness: 0.2, checkworthy: false }), // 5: unattributed and vague, open
    claim({ sourceTypes: [], duplicate: true, status: 'opinion', checkworthiness: 0.6 }), // 6: unattributed, duplicate, reviewed
    claim({ sourceTypes: [], checkworthiness: 0.95 }), // 7: unattributed, open
    claim({ sourceTypes: ['anonymous'], checkworthiness: 0.7 }), // 8: anonymous only, single, open
    claim({ sourceTypes: ['document'], vague: true }), // 9: vague only, single, open
  ];
  const report = computeSourcingReport(claims);

  it('counts claims by source type, a claim under each of its types', () => {
    expect(report.bySourceType).toEqual({ person: 1, organization: 0, media: 1, anonymous: 4, document: 1, unattributed: 3 });
    expect(report.shares.bySourceType.anonymous).toBeCloseTo(4 / 9);
    expect(report.shares.bySourceType.organization).toBe(0);
  });

  it('counts the editor’s warning signs', () => {
    expect(report.totalClaims).toBe(9);
    expect(report.anonymousOnly).toBe(3);
    expect(report.unattributed).toBe(3);
    expect(report.singleSourced).toBe(4);
    expect(report.vagueAttribution).toBe(2);
    expect(report.duplicates).toBe(1);
    expect(report.checkworthy).toBe(7);
    expect(report.notCheckworthy).toBe(2);
    expect(report.weak).toBe(7);
  });

  it('tracks review progress by status', () => {
    expect(report.byStatus).toEqual({ unreviewed: 5, in_progress: 1, true: 1, mostly_true: 0, misleading: 0, unsupported: 0, false: 1, opinion: 1 });
    expect(report.reviewed).toBe(3);
    expect(report.shares).toMatchObject({
      anonymousOnly: 3 / 9,
      unattributed: 3 / 9,
      reviewed: 3 / 9,
      checkworthy: 7 / 9,
      singleSourced: 4 / 9,
      vagueAttribution: 2 / 9,
      duplicates: 1 / 9,
    });
    expect(report.shares.byStatus.unreviewed).toBeCloseTo(5 / 9);
  });

  it('lists the weak claims worst first: open, check-worthy, resting on no one', () => {
    expect(report.worstClaims.map((c) => c.position)).toEqual([7, 8, 9, 3, 5, 2, 6]);
    expect(report.worstClaims[0]).toEqual({ id: 107, position: 7, text: 'Claim 7', status: 'unreviewed', checkworthy: true, open: true, weaknesses: ['unattributed'] });
    expect(report.worstClaims.find((c) => c.position === 5)?.weaknesses).toEqual(['unattributed', 'vague']);
    expect(report.worstClaims.find((c) => c.position === 3)?.weaknesses).toEqual(['anonymous-only']);
  });

  it('bounds the worst-claims list', () => {
    expect(rankWorstClaims(claims, 2).map((c) => c.position)).toEqual([7, 8]);
  });

  it('gives zero shares for an article without claims', () => {
    const empty = computeSourcingReport([]);
    expect(empty.shares).toMatchObject({ anonymousOnly: 0, unattributed: 0, reviewed: 0, checkworthy: 0 });
    expect(empty.worstClaims).toEqual([]);
  });
});
