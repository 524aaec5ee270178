import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, blocks, claims, claimSources, evidence, sources, users, type ClaimStatus, type EvidenceStance, type SourceType } from '@/db/schema';

export interface SourceLinkView {
  sourceId: number;
  name: string;
  type: SourceType;
  mention: { start: number; end: number; text: string } | null;
  cue: string | null;
  via: { name: string; type: SourceType } | null;
  rule: string;
  explanation: string;
}

export interface ClaimView {
  id: number;
  position: number;
  start: number;
  end: number;
  text: string;
  checkworthiness: number;
  checkworthy: boolean;
  vagueAttribution: string | null;
  duplicateOfPosition: number | null;
  explanation: string;
  status: ClaimStatus;
  note: string;
  version: number;
  reviewedAt: string | null;
  reviewedBy: string | null;
  assigneeId: number | null;
  origin: 'extracted' | 'manual';
  /** Dismissed claims stay for their history but leave reports and the reader page. */
  dismissed: boolean;
  orphaned: boolean;
  sources: SourceLinkView[];
  evidence: EvidenceView[];
}

export interface EvidenceView {
  id: number;
  url: string;
  title: string;
  stance: EvidenceStance;
}

export interface ArticleView {
  id: number;
  slug: string;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  publicationDate: string | null;
  /** Bumped by each re-import of a new version of the text. */
  revision: number;
  published: boolean;
  publishedAt: string | null;
  createdAt: string;
  body: string;
  blocks: { start: number; end: number; kind: string }[];
  claims: ClaimView[];
  /** The article's sources; `claimCount` counts claims that are not dismissed. `registryId`: the registry entry the source is filed under (null only for rows made before the registry). */
  sources: { id: number; registryId: number | null; name: string; type: SourceType; claimCount: number }[];
}

/** The whole article as plain data, or null. Callers decide who may see it. */
export function loadArticleView(where: { id: number } | { slug: string }): ArticleView | null {
  const db = getDb();
  const article = db
    .select()
    .from(articles)
    .where('id' in where ? eq(articles.id, where.id) : eq(articles.slug, where.slug))
    .get();
  if (!article) return null;

  const blockRows = db
    .select({ start: blocks.start, end: blocks.end, kind: blocks.kind })
    .from(blocks)
    .where(eq(blocks.articleId, article.id))
    .orderBy(asc(blocks.position))
    .all();
  const liveClaimsOfArticle = and(eq(claims.articleId, article.id), eq(claims.orphaned, false));
  const claimRows = db
    .select({ claim: claims, reviewer: users.name })
    .from(claims)
    .leftJoin(users, eq(users.id, claims.reviewedBy))
    // Orphans have stale spans into an older text; they are listed apart (listOrphanedClaims).
    .where(liveClaimsOfArticle)
    // Text order; positions are stable ids for links, not an order (a split claim takes the next free one).
    .orderBy(asc(claims.start), asc(claims.id))
    .all();
  const sourceRows = db.select().from(sources).where(eq(sources.articleId, article.id)).all();
  const sourceById = new Map(sourceRows.map((s) => [s.id, s]));
  // Links and evidence are read by joining the article's claims, not with a list of claim ids: an
  // article may hold ~14,000 claims, and as many bound parameters cost more than the join.
  const linkRows = db
    .select({ link: claimSources })
    .from(claimSources)
    .innerJoin(claims, eq(claims.id, claimSources.claimId))
    .where(liveClaimsOfArticle)
    .orderBy(asc(claimSources.id))
    .all()
    .map((r) => r.link);

  const linksByClaim = new Map<number, SourceLinkView[]>();
  for (const link of linkRows) {
    const source = sourceById.get(link.sourceId);
    if (!source) continue;
    const list = linksByClaim.get(link.claimId) ?? [];
    list.push({
      sourceId: source.id,
      name: source.name,
      type: source.type,
      mention:
        link.mentionStart !== null && link.mentionEnd !== null
          ? { start: link.mentionStart, end: link.mentionEnd, text: link.mentionText ?? '' }
          : null,
      cue: link.cue,
      via: link.viaName && link.viaType ? { name: link.viaName, type: link.viaType } : null,
      rule: link.rule,
      explanation: link.explanation,
    });
    linksByClaim.set(link.claimId, list);
  }
  const evidenceByClaim = new Map<number, EvidenceView[]>();
  const evidenceRows = db
    .select({ id: evidence.id, claimId: evidence.claimId, url: evidence.url, title: evidence.title, stance: evidence.stance })
    .from(evidence)
    .innerJoin(claims, eq(claims.id, evidence.claimId))
    .where(liveClaimsOfArticle)
    .orderBy(asc(evidence.id))
    .all();
  for (const { claimId, ...item } of evidenceRows) {
    const list = evidenceByClaim.get(claimId);
    if (list) list.push(item);
    else evidenceByClaim.set(claimId, [item]);
  }
  const positionById = new Map(claimRows.map((r) => [r.claim.id, r.claim.position]));
  const claimCountBySource = new Map<number, number>();
  // A source counts the claims that still stand on it: dismissed ones are left out.
  const dismissedIds = new Set(claimRows.filter((r) => r.claim.dismissed).map((r) => r.claim.id));
  for (const link of linkRows) if (!dismissedIds.has(link.claimId)) claimCountBySource.set(link.sourceId, (claimCountBySource.get(link.sourceId) ?? 0) + 1);

  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    outlet: article.outlet,
    author: article.author,
    url: article.url,
    publicationDate: article.publicationDate,
    revision: article.revision,
    published: article.published,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    createdAt: article.createdAt.toISOString(),
    body: article.body,
    blocks: blockRows,
    claims: claimRows.map(({ claim, reviewer }) => ({
      id: claim.id,
      position: claim.position,
      start: claim.start,
      end: claim.end,
      text: claim.text,
      checkworthiness: claim.checkworthiness,
      checkworthy: claim.checkworthiness >= 0.5,
      vagueAttribution: claim.vagueAttribution,
      duplicateOfPosition: claim.duplicateOfId === null ? null : (positionById.get(claim.duplicateOfId) ?? null),
      explanation: claim.explanation,
      status: claim.status,
      note: claim.note,
      version: claim.version,
      reviewedAt: claim.reviewedAt?.toISOString() ?? null,
      reviewedBy: reviewer,
      assigneeId: claim.assigneeId,
      origin: claim.origin,
      dismissed: claim.dismissed,
      orphaned: claim.orphaned,
      sources: linksByClaim.get(claim.id) ?? [],
      evidence: evidenceByClaim.get(claim.id) ?? [],
    })),
    sources: sourceRows.map((s) => ({ id: s.id, registryId: s.registryId, name: s.name, type: s.type, claimCount: claimCountBySource.get(s.id) ?? 0 })),
  };
}
