import 'server-only';
import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { claims, claimSources, registryFigures, registrySources, type SourceType } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { registryKey } from './registry-key';
import type { RegistryQuery } from './schemas';
import { pageOf, pageWindow } from '@/lib/paging';

export interface RegistrySourceSummary {
  id: number;
  name: string;
  type: SourceType;
  articleCount: number;
  claimCount: number;
  /** Claims rated true or mostly true, and rated misleading, unsupported or false. */
  ratedTrue: number;
  ratedFalse: number;
  /** Claims (not dismissed) this outlet relayed: the "via" of other sources' claims. */
  relayedCount: number;
}

export const REGISTRY_PAGE_SIZE = 50;

/** The registry, alphabetically without regard to case, one page at a time; `q` matches anywhere in the normalised name. */
export function listRegistrySources(actor: Actor | null, query: RegistryQuery): { sources: RegistrySourceSummary[]; page: number; hasMore: boolean } {
  requireRole(actor, 'factchecker');
  const needle = query.q ? registryKey(query.q, 'person', 0) : undefined;
  const { limit, offset } = pageWindow(query.page, REGISTRY_PAGE_SIZE);
  // The figures come from registry_figures (kept by triggers, migration 0011): an entry cited
  // across thousands of articles costs the same to list as any other.
  const entries = getDb()
    .select({
      id: registrySources.id,
      name: registrySources.name,
      type: registrySources.type,
      articleCount: registryFigures.articles,
      claimCount: registryFigures.claims,
      ratedTrue: registryFigures.ratedTrue,
      ratedFalse: registryFigures.ratedFalse,
    })
    .from(registrySources)
    .innerJoin(registryFigures, eq(registryFigures.registryId, registrySources.id))
    .where(
      and(
        isNull(registrySources.mergedIntoId),
        // An entry whose every source was removed (article deleted, sources merged) has nothing to
        // show, unless it relayed claims: an outlet articles only ever quote through.
        or(gt(registryFigures.articles, 0), sql`exists (select 1 from ${claimSources} where ${claimSources.viaRegistryId} = ${registrySources.id})`),
        query.type ? eq(registrySources.type, query.type) : undefined,
        // The key holds only letters, digits and spaces, so the needle needs no LIKE escaping.
        // A name that was merged away or corrected still finds the entry it now belongs to.
        needle ? sql`(${registrySources.key} like ${`%${needle}%`} or ${registrySources.id} in (select merged_into_id from registry_sources a where a.key like ${`%${needle}%`} and a.merged_into_id is not null))` : undefined,
      ),
    )
    .orderBy(asc(sql`${registrySources.name} collate nocase`), asc(registrySources.id))
    .limit(limit)
    .offset(offset)
    .all();
  const { rows, hasMore } = pageOf(entries, REGISTRY_PAGE_SIZE);
  const relayed = relayedCounts(rows.map((e) => e.id));
  return { page: query.page, hasMore, sources: rows.map((e) => ({ ...e, relayedCount: relayed.get(e.id) ?? 0 })) };
}

/** Per registry entry, the distinct claims (not dismissed) it relayed; through claim_sources_via_registry_idx. */
export function relayedCounts(registryIds: number[]): Map<number, number> {
  if (registryIds.length === 0) return new Map();
  const rows = getDb()
    .select({ id: claimSources.viaRegistryId, n: sql<number>`count(distinct ${claims.id})` })
    .from(claimSources)
    .innerJoin(claims, eq(claims.id, claimSources.claimId))
    .where(and(inArray(claimSources.viaRegistryId, registryIds), eq(claims.dismissed, false)))
    .groupBy(claimSources.viaRegistryId)
    .all();
  return new Map(rows.map((r) => [r.id!, r.n]));
}
