import { describe, expect, it } from 'vitest';
import { ARTICLE_CSV_COLUMNS, articleToCsv } from './article-csv';
import { EXPORT_ARTICLE } from './export-fixture';
import { parseCsv } from './to-csv';

describe('articleToCsv', () => {
  const rows = parseCsv(articleToCsv(EXPORT_ARTICLE));
  const header = rows[0];
  const records = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));

  it('has the documented header and one row per claim–source link, one for an unsourced claim', () => {
    expect(header).toEqual([...ARTICLE_CSV_COLUMNS]);
    // Claim 1: one source, claim 2: two sources, claim 3: none.
    expect(records.map((r) => [r.claim_position, r.source_type])).toEqual([
      ['1', 'organization'],
      ['2', 'anonymous'],
      ['2', 'organization'],
      ['3', 'unattributed'],
    ]);
    for (const r of rows) expect(r).toHaveLength(ARTICLE_CSV_COLUMNS.length);
  });

  it('round-trips quotes and commas and keeps the review', () => {
    expect(records[0]).toMatchObject({
      claim_text: 'Rates rose 8 percent, the board said.',
      note: 'Minutes, p. 3, say "8%".',
      status: 'true',
      reviewed_by: 'Chris Checker',
      checkworthy: 'true',
      checkworthiness: '0.80',
      mention: 'the board',
      cue: 'said',
    });
    expect(records[1]).toMatchObject({ source_name: 'one source', via_name: 'Eastport Gazette', via_type: 'media' });
    expect(records[3]).toMatchObject({ source_name: '', checkworthy: 'false' });
  });

  it('defuses a claim that starts like a spreadsheet formula', () => {
    expect(records[1].claim_text).toBe("'=SUM(A1) was typed, one source told the Gazette.");
  });
});
