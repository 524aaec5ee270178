import 'server-only';
import { and, asc, count, desc, eq, inArray, isNull, like, ne, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, CLAIM_STATUSES, claims, claimSources, registryChanges, registryClaims, registryFigures, registrySources, sources, users, type ClaimStatus, type SourceType } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { notFound } from '@/lib/errors';
import { relayedCounts } from './list-registry-sources.server';
import { registryKey } from './registry-key';
import { pageOf, pageWindow } from '@/lib/paging';

export interface RegistrySourceDetail {
  id: number;
  name: string;
  type: SourceType;
  /** Set when this entry was merged into another: callers send the reader there. */
  mergedIntoId: number | null;
  /** Distinct non-dismissed claims attributed to this source, by status: its track record. */
  trackRecord: Record<ClaimStatus, number>;
  claimCount: number;
  /** Articles citing it; `articles` holds one page of them. */
  articleCount: number;
  /** The names articles used for it, most frequent first. */
  aliases: { name: string; count: number }[];
  articles: { id: number; title: string; outlet: string | null; publicationDate: string | null; claimCount: number }[];
  articlesPage: number;
  articlesHasMore: boolean;
  claims: { id: number; articleId: number; articleTitle: string; position: number; text: string; status: ClaimStatus }[];
  claimsPage: number;
  claimsHasMore: boolean;
  /** Claims (not dismissed) this entry relayed for other sources, as the "via" outlet; newest first. */
  relayedCount: number;
  relayedClaims: { id: number; articleId: number; articleTitle: string; position: number; text: string; status: ClaimStatus; sources: string[] }[];
  relayedPage: number;
  relayedHasMore: boolean;
  changes: { id: number; at: string; user: string; action: string; before: unknown; after: unknown }[];
}

export const REGISTRY_DETAIL_LIMIT = 50;

/** One registry entry with its track record, and its articles, its claims and the claims it relayed, each a page at a time. */
export function getRegistrySource(
  actor: Actor | null,
  id: number,
  { claimsPage = 1, articlesPage = 1, relayedPage = 1 }: { claimsPage?: number; articlesPage?: number; relayedPage?: number } = {},
): RegistrySourceDetail {
  requireRole(actor, 'factchecker');
  const articlesWindow = pageWindow(articlesPage, REGISTRY_DETAIL_LIMIT);
  const claimsWindow = pageWindow(claimsPage, REGISTRY_DETAIL_LIMIT);
  const relayedWindow = pageWindow(relayedPage, REGISTRY_DETAIL_LIMIT);
  const db = getDb();
  const entry = db
    .select({ id: registrySources.id, name: registrySources.name, type: registrySources.type, mergedIntoId: registrySources.mergedIntoId, articleCount: registryFigures.articles })
    .from(registrySources)
    .innerJoin(registryFigures, eq(registryFigures.registryId, registrySources.id))
    .where(eq(registrySources.id, id))
    .get();
  if (!entry) throw notFound(`Source ${id}`);

  // From the entry's own rows in registry_claims (kept by triggers, migration 0011), not from every
  // link and claim row of its sources.
  const mine = and(eq(registryClaims.registryId, id), eq(registryClaims.dismissed, false));
  const statusRows = db.select({ status: registryClaims.status, n: count() }).from(registryClaims).where(mine).groupBy(registryClaims.status).all();
  const trackRecord = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const r of statusRows) trackRecord[r.status] = r.n;

  const aliases = db
    .select({ name: sources.name, count: sql<number>`count(*)` })
    .from(sources)
    .where(eq(sources.registryId, id))
    .groupBy(sources.name)
    .orderBy(desc(sql`count(*)`), asc(sources.name))
    .limit(20)
    .all();

  // The most recently imported articles first (ids follow import order), read backwards off
  // sources_registry_article_idx; then claim counts for that page of articles only, through each
  // article's few sources.
  const articleRows = db.all<RegistrySourceDetail['articles'][number]>(sql`
    with page as (
      select distinct s.article_id as id from sources s where s.registry_id = ${id}
      order by s.article_id desc
      limit ${articlesWindow.limit} offset ${articlesWindow.offset}
    )
    select a.id, a.title, a.outlet, a.publication_date as publicationDate,
      (select count(distinct c.id) from sources s cross join claim_sources cs on cs.source_id = s.id cross join claims c on c.id = cs.claim_id
        where s.article_id = a.id and +s.registry_id = ${id} and c.dismissed = 0) as claimCount
    from page cross join articles a on a.id = page.id
    order by a.id desc`);

  // Claims newest first, a page at a time, walking the entry's pairs backwards.
  const claimRows = db
    .select({ id: claims.id, articleId: claims.articleId, articleTitle: articles.title, position: claims.position, text: claims.text, status: claims.status })
    .from(registryClaims)
    .innerJoin(claims, eq(claims.id, registryClaims.claimId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(mine)
    .orderBy(desc(registryClaims.claimId))
    .limit(claimsWindow.limit)
    .offset(claimsWindow.offset)
    .all();

  // Claims it relayed, newest first, walking claim_sources_via_registry_idx backwards; then the
  // sources it relayed them for, for that page only.
  const relayedRows = db.all<Omit<RegistrySourceDetail['relayedClaims'][number], 'sources'>>(sql`
    with page as (
      select distinct cs.claim_id as id from claim_sources cs where cs.via_registry_id = ${id}
        and (select c.dismissed from claims c where c.id = cs.claim_id) = 0
      order by cs.claim_id desc
      limit ${relayedWindow.limit} offset ${relayedWindow.offset}
    )
    select c.id, c.article_id as articleId, a.title as articleTitle, c.position, c.text, c.status
    from page cross join claims c on c.id = page.id cross join articles a on a.id = c.article_id
    order by c.id desc`);
  const relayedOnPage = pageOf(relayedRows, REGISTRY_DETAIL_LIMIT);
  const relayedSources = new Map<number, string[]>();
  if (relayedOnPage.rows.length > 0) {
    const links = db
      .select({ claimId: claimSources.claimId, name: sources.name })
      .from(claimSources)
      .innerJoin(sources, eq(sources.id, claimSources.sourceId))
      .where(and(eq(claimSources.viaRegistryId, id), inArray(claimSources.claimId, relayedOnPage.rows.map((r) => r.id))))
      .all();
    for (const l of links) relayedSources.set(l.claimId, [...(relayedSources.get(l.claimId) ?? []), l.name]);
  }

  const changes = db
    .select({ id: registryChanges.id, at: registryChanges.at, user: users.name, action: registryChanges.action, before: registryChanges.before, after: registryChanges.after })
    .from(registryChanges)
    .innerJoin(users, eq(users.id, registryChanges.userId))
    .where(eq(registryChanges.registryId, id))
    .orderBy(desc(registryChanges.id))
    .limit(20)
    .all()
    .map((c) => ({ ...c, at: c.at.toISOString() }));

  const articlesOnPage = pageOf(articleRows, REGISTRY_DETAIL_LIMIT);
  const claimsOnPage = pageOf(claimRows, REGISTRY_DETAIL_LIMIT);
  return {
    ...entry,
    trackRecord,
    claimCount: Object.values(trackRecord).reduce((a, b) => a + b, 0),
    aliases,
    articles: articlesOnPage.rows,
    articlesPage,
    articlesHasMore: articlesOnPage.hasMore,
    claims: claimsOnPage.rows,
    claimsPage,
    claimsHasMore: claimsOnPage.hasMore,
    relayedCount: relayedCounts([id]).get(id) ?? 0,
    relayedClaims: relayedOnPage.rows.map((r) => ({ ...r, sources: relayedSources.get(r.id) ?? [] })),
    relayedPage,
    relayedHasMore: relayedOnPage.hasMore,
    changes,
  };
}

/**
 * Entries an editor might want to merge into this one: live entries whose name shares a word with
 * `q` (by default this entry's last word, e.g. a surname), nearest names first. Bounded.
 */
export function findMergeCandidates(actor: Actor | null, id: number, q?: string): { id: number; name: string; type: SourceType }[] {
  requireRole(actor, 'editor');
  const db = getDb();
  const entry = db.select({ name: registrySources.name, type: registrySources.type }).from(registrySources).where(eq(registrySources.id, id)).get();
  if (!entry) throw notFound(`Source ${id}`);
  const words = registryKey(q?.trim() || entry.name, 'person', 0).split(' ');
  const needle = q?.trim() ? words.join(' ') : words[words.length - 1];
  if (!needle) return [];
  return db
    .select({ id: registrySources.id, name: registrySources.name, type: registrySources.type })
    .from(registrySources)
    .where(and(isNull(registrySources.mergedIntoId), ne(registrySources.id, id), like(registrySources.key, `%${needle}%`)))
    .orderBy(asc(sql`${registrySources.name} collate nocase`))
    .limit(REGISTRY_DETAIL_LIMIT)
    .all();
}
