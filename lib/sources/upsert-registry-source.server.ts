import 'server-only';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { claims, claimSources, registrySources, sources, type SourceType } from '@/db/schema';
import { statementsPerConnection } from '@/db/prepared-statements';
import { registryKey, registryName } from './registry-key';

/**
 * The registry entry for a source an article names, created on first sight. An entry that was
 * merged into another (or renamed) resolves to the surviving one, whose type wins: an editor's
 * correction of a type applies to later imports too. Call inside a write transaction.
 */
export function upsertRegistrySource(tx: DbOrTx, source: { name: string; type: SourceType; articleId: number }): { id: number; type: SourceType } {
  const key = registryKey(source.name, source.type, source.articleId);
  const statements = registryStatements(tx);
  const existing = statements.byKeyAndType.get({ key, type: source.type });
  if (!existing) return statements.insert.get({ name: registryName(source.name, source.type), type: source.type, key })!;
  if (existing.mergedIntoId === null) return { id: existing.id, type: existing.type };
  // Merges re-point every alias at the survivor, so one step always reaches a live entry.
  return statements.byId.get({ id: existing.mergedIntoId })!;
}

/** The registry entry of the outlet (or party) that relayed a claim, or null when nobody relayed it. Inside a write transaction. */
export function viaRegistryId(tx: DbOrTx, via: { name: string; type: SourceType } | null, articleId: number): number | null {
  return via ? upsertRegistrySource(tx, { name: via.name, type: via.type, articleId }).id : null;
}

// Prepared once per connection: an import upserts each of its ~30 sources, and building and
// preparing these queries each time cost more than running them.
const registryStatements = statementsPerConnection((db) => {
  const p = sql.placeholder;
  return {
    byKeyAndType: db
      .select({ id: registrySources.id, type: registrySources.type, mergedIntoId: registrySources.mergedIntoId })
      .from(registrySources)
      .where(and(eq(registrySources.key, p('key')), eq(registrySources.type, p('type'))))
      .prepare(),
    insert: db
      .insert(registrySources)
      .values({ name: p('name'), type: p('type'), key: p('key') })
      .returning({ id: registrySources.id, type: registrySources.type })
      .prepare(),
    byId: db.select({ id: registrySources.id, type: registrySources.type }).from(registrySources).where(eq(registrySources.id, p('id'))).prepare(),
  };
});

const BACKFILL_BATCH = 500;

/**
 * Links sources stored before the registry existed (or by an import that did not fill it) to
 * their registry entries, in batches so no single transaction holds the write lock for long.
 * Returns how many sources it linked.
 */
export function backfillRegistrySources(db: Db): number {
  let linked = 0;
  for (;;) {
    const done = db.transaction(
      (tx) => {
        const batch = tx
          .select({ id: sources.id, name: sources.name, type: sources.type, articleId: sources.articleId })
          .from(sources)
          .where(isNull(sources.registryId))
          .limit(BACKFILL_BATCH)
          .all();
        for (const s of batch) {
          const entry = upsertRegistrySource(tx, s);
          tx.update(sources).set({ registryId: entry.id, type: entry.type }).where(eq(sources.id, s.id)).run();
        }
        return batch.length;
      },
      { behavior: 'immediate' },
    );
    linked += done;
    if (done < BACKFILL_BATCH) break;
  }
  return linked + backfillRelayingOutlets(db);
}

/**
 * Links each claim–source link that names a relaying outlet (`via`) to the outlet's registry entry,
 * for links stored before relaying outlets joined the registry. Batched like the sources; reads
 * only the unlinked ones (claim_sources_via_unlinked_idx), so it costs nothing once done.
 */
function backfillRelayingOutlets(db: Db): number {
  let linked = 0;
  for (;;) {
    const done = db.transaction(
      (tx) => {
        const batch = tx
          .select({ id: claimSources.id, viaName: claimSources.viaName, viaType: claimSources.viaType, articleId: claims.articleId })
          .from(claimSources)
          .innerJoin(claims, eq(claims.id, claimSources.claimId))
          .where(and(isNotNull(claimSources.viaName), isNull(claimSources.viaRegistryId)))
          .limit(BACKFILL_BATCH)
          .all();
        for (const link of batch) {
          const entry = viaRegistryId(tx, { name: link.viaName!, type: link.viaType ?? 'media' }, link.articleId);
          tx.update(claimSources).set({ viaRegistryId: entry }).where(eq(claimSources.id, link.id)).run();
        }
        return batch.length;
      },
      { behavior: 'immediate' },
    );
    linked += done;
    if (done < BACKFILL_BATCH) return linked;
  }
}
