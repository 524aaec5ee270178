// The per-article CSV: one row per claim–source link; a claim without a source gets one row with
// empty source columns, so every claim appears. Columns are documented in README.md.
import type { ArticleView } from '@/lib/articles/article-view.server';
import { toCsv, type CsvValue } from './to-csv';

export const ARTICLE_CSV_COLUMNS = [
  'article_id',
  'article_title',
  'outlet',
  'claim_id',
  'claim_position',
  'claim_start',
  'claim_end',
  'claim_text',
  'checkworthiness',
  'checkworthy',
  'status',
  'note',
  'reviewed_at',
  'reviewed_by',
  'vague_attribution',
  'duplicate_of_position',
  'source_id',
  'source_name',
  'source_type',
  'mention',
  'cue',
  'via_name',
  'via_type',
] as const;

export function articleCsvRows(article: ArticleView): CsvValue[][] {
  const rows: CsvValue[][] = [];
  for (const c of article.claims) {
    const claimCols: CsvValue[] = [
      article.id,
      article.title,
      article.outlet,
      c.id,
      c.position,
      c.start,
      c.end,
      c.text,
      c.checkworthiness.toFixed(2),
      c.checkworthy,
      c.status,
      c.note,
      c.reviewedAt,
      c.reviewedBy,
      c.vagueAttribution,
      c.duplicateOfPosition,
    ];
    if (c.sources.length === 0) rows.push([...claimCols, null, null, 'unattributed', null, null, null, null]);
    for (const s of c.sources) {
      rows.push([...claimCols, s.sourceId, s.name, s.type, s.mention?.text ?? null, s.cue, s.via?.name ?? null, s.via?.type ?? null]);
    }
  }
  return rows;
}

export function articleToCsv(article: ArticleView): string {
  return toCsv(ARTICLE_CSV_COLUMNS, articleCsvRows(article));
}
