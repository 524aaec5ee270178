import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { registrySources, type SourceType } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { registryKey } from './registry-key';
import type { RegistryQuery } from './schemas';

export interface RegistrySourceSummary {
  id: number;
  name: string;
  type: SourceType;
  articleCount: number;
  claimCount: number;
  /** Claims rated true or mostly true, and rated misleading, unsupported or false. */
  ratedTrue: number;
  ratedFalse: number;
}

export const REGISTRY_PAGE_SIZE = 50;

// Counted per listed entry only (a page at a time), through the registry and claim-source indexes.
// Written out with qualified names: drizzle leaves columns unqualified in a one-table select.
const claimsOf = (statuses: string) =>
  sql<number>`(select count(distinct c.id) from sources s
    join claim_sources cs on cs.source_id = s.id
    join claims c on c.id = cs.claim_id
    where s.registry_id = registry_sources.id and c.dismissed = 0 ${sql.raw(statuses ? `and c.status in (${statuses})` : '')})`;

/** The registry, alphabetically, one page at a time; `q` matches anywhere in the normalised name. */
export function listRegistrySources(actor: Actor | null, query: RegistryQuery): { sources: RegistrySourceSummary[]; page: number; hasMore: boolean } {
  requireRole(actor, 'factchecker');
  const needle = query.q ? registryKey(query.q, 'person', 0) : undefined;
  const rows = getDb()
    .select({
      id: registrySources.id,
      name: registrySources.name,
      type: registrySources.type,
      articleCount: sql<number>`(select count(distinct s.article_id) from sources s where s.registry_id = registry_sources.id)`,
      claimCount: claimsOf(''),
      ratedTrue: claimsOf(`'true', 'mostly_true'`),
      ratedFalse: claimsOf(`'misleading', 'unsupported', 'false'`),
    })
    .from(registrySources)
    .where(
      and(
        isNull(registrySources.mergedIntoId),
        // An entry whose every source was removed (article deleted, sources merged) has nothing to show.
        sql`exists (select 1 from sources s where s.registry_id = registry_sources.id)`,
        query.type ? eq(registrySources.type, query.type) : undefined,
        // The key holds only letters, digits and spaces, so the needle needs no LIKE escaping.
        // A name that was merged away or corrected still finds the entry it now belongs to.
        needle ? sql`(${registrySources.key} like ${`%${needle}%`} or ${registrySources.id} in (select merged_into_id from registry_sources a where a.key like ${`%${needle}%`} and a.merged_into_id is not null))` : undefined,
      ),
    )
    .orderBy(asc(registrySources.name), asc(registrySources.id))
    .limit(REGISTRY_PAGE_SIZE + 1)
    .offset((query.page - 1) * REGISTRY_PAGE_SIZE)
    .all();
  return { page: query.page, hasMore: rows.length > REGISTRY_PAGE_SIZE, sources: rows.slice(0, REGISTRY_PAGE_SIZE) };
}
