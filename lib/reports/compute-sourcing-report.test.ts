import { describe, expect, it } from 'vitest';
import { computeSourcingReport, type ReportClaim } from './compute-sourcing-report';

const claim = (over: Partial<ReportClaim>): ReportClaim => ({ status: 'unreviewed', checkworthy: true, vague: false, duplicate: false, sourceTypes: [], ...over });

describe('computeSourcingReport', () => {
  // Worked out by hand: 6 claims.
  const claims: ReportClaim[] = [
    claim({ sourceTypes: ['person'], status: 'true' }), // single-sourced, reviewed
    claim({ sourceTypes: ['anonymous'], status: 'false' }), // anonymous only, single, reviewed
    claim({ sourceTypes: ['anonymous', 'anonymous'], checkworthy: false }), // anonymous only (two anonymous sources), not single
    claim({ sourceTypes: ['anonymous', 'media'], status: 'in_progress' }), // not anonymous only
    claim({ sourceTypes: [], vague: true, checkworthy: false }), // unattributed, vague
    claim({ sourceTypes: [], duplicate: true, status: 'opinion' }), // unattributed, duplicate, reviewed
  ];
  const report = computeSourcingReport(claims);

  it('counts claims by source type, a claim under each of its types', () => {
    expect(report.bySourceType).toEqual({ person: 1, organization: 0, media: 1, anonymous: 3, document: 0, unattributed: 2 });
  });

  it('counts the editor’s warning signs', () => {
    expect(report.totalClaims).toBe(6);
    expect(report.anonymousOnly).toBe(2);
    expect(report.unattributed).toBe(2);
    expect(report.singleSourced).toBe(2);
    expect(report.vagueAttribution).toBe(1);
    expect(report.duplicates).toBe(1);
    expect(report.checkworthy).toBe(4);
  });

  it('tracks review progress by status', () => {
    expect(report.byStatus).toMatchObject({ unreviewed: 2, in_progress: 1, true: 1, false: 1, opinion: 1, misleading: 0 });
    expect(report.reviewed).toBe(3);
    expect(report.shares).toEqual({ anonymousOnly: 2 / 6, unattributed: 2 / 6, reviewed: 3 / 6 });
  });

  it('gives zero shares for an article without claims', () => {
    expect(computeSourcingReport([]).shares).toEqual({ anonymousOnly: 0, unattributed: 0, reviewed: 0 });
  });
});
