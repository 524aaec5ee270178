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

/** The registry, alphabetically, one page at a time; `q` matches anywhere in the normalised name. */
export function listRegistrySources(actor: Actor | null, query: RegistryQuery): { sources: RegistrySourceSummary[]; page: number; hasMore: boolean } {
  requireRole(actor, 'factchecker');
  const needle = query.q ? registryKey(query.q, 'person', 0) : undefined;
  const db = getDb();
  const entries = db
    .select({ id: registrySources.id, name: registrySources.name, type: registrySources.type })
    .from(registrySources)
    .where(
      and(
        isNull(registrySources.mergedIntoId),
        // An entry whose every source was removed (article deleted, sources merged) has nothing to show.
        sql`exists (select 1 from sources s where s.registry_id = ${registrySources.id})`,
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
  const listed = entries.slice(0, REGISTRY_PAGE_SIZE);
  // Counted for the listed entries only, in one pass over their sources, links and claims (through
  // the registry and claim-source indexes): a source cited across thousands of articles is read once,
  // not once per figure.
  const counts = new Map(
    listed.length
      ? db
          .all<Omit<RegistrySourceSummary, 'name' | 'type'>>(sql`
            select s.registry_id as id, count(distinct s.article_id) as articleCount,
              count(distinct case when c.dismissed = 0 then c.id end) as claimCount,
              count(distinct case when c.dismissed = 0 and c.status in ('true', 'mostly_true') then c.id end) as ratedTrue,
              count(distinct case when c.dismissed = 0 and c.status in ('misleading', 'unsupported', 'false') then c.id end) as ratedFalse
            from sources s
            left join claim_sources cs on cs.source_id = s.id
            left join claims c on c.id = cs.claim_id
            where s.registry_id in (${sql.join(
              listed.map((e) => sql`${e.id}`),
              sql`, `,
            )})
            group by s.registry_id`)
          .map((r) => [r.id, r])
      : [],
  );
  return {
    page: query.page,
    hasMore: entries.length > REGISTRY_PAGE_SIZE,
    sources: listed.map((e) => ({ ...e, articleCount: 0, claimCount: 0, ratedTrue: 0, ratedFalse: 0, ...counts.get(e.id), name: e.name, type: e.type })),
  };
}
