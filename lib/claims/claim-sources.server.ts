import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { claims, claimSources, sources, type SourceType } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { AppError, notFound } from '@/lib/errors';
import type { FieldChange, LinkRecord } from './history-fields';
import { mutateClaim, recordHistory, type ClaimState } from './mutate-claim.server';
import type { LinkSourceInput } from './schemas';
import { upsertRegistrySource, viaRegistryId } from '@/lib/sources/upsert-registry-source.server';

export type { LinkRecord } from './history-fields';

function linkRecord(tx: Tx, claimId: number, sourceId: number): LinkRecord | undefined {
  return tx
    .select({
      sourceId: claimSources.sourceId,
      name: sources.name,
      type: sources.type,
      cue: claimSources.cue,
      viaName: claimSources.viaName,
      viaType: claimSources.viaType,
      rule: claimSources.rule,
      explanation: claimSources.explanation,
      mentionStart: claimSources.mentionStart,
      mentionEnd: claimSources.mentionEnd,
      mentionText: claimSources.mentionText,
    })
    .from(claimSources)
    .innerJoin(sources, eq(sources.id, claimSources.sourceId))
    .where(and(eq(claimSources.claimId, claimId), eq(claimSources.sourceId, sourceId)))
    .get();
}

export function insertLink(tx: Tx, claimId: number, link: LinkRecord): void {
  const { name: _name, type: _type, ...fields } = link;
  const via = fields.viaName ? { name: fields.viaName, type: fields.viaType ?? 'media' } : null;
  const articleId = via ? tx.select({ articleId: claims.articleId }).from(claims).where(eq(claims.id, claimId)).get()!.articleId : 0;
  tx.insert(claimSources).values({ ...fields, viaRegistryId: viaRegistryId(tx, via, articleId), claimId }).run();
}

/** Attributes the claim to an existing source of its article or to a new one. */
export function linkClaimSource(actor: Actor | null, claimId: number, input: LinkSourceInput): ClaimState {
  return mutateClaim(actor, claimId, input.version, (tx, claim, user) => {
    let sourceId: number;
    if ('id' in input.source) {
      const source = tx.select({ id: sources.id }).from(sources).where(and(eq(sources.id, input.source.id), eq(sources.articleId, claim.articleId))).get();
      if (!source) throw notFound(`Source ${input.source.id} in this article`);
      sourceId = source.id;
    } else {
      const registryId = upsertRegistrySource(tx, { name: input.source.name, type: input.source.type, articleId: claim.articleId }).id;
      sourceId = tx.insert(sources).values({ articleId: claim.articleId, name: input.source.name, type: input.source.type, registryId }).returning({ id: sources.id }).get().id;
    }
    if (linkRecord(tx, claim.id, sourceId)) throw new AppError('invalid', 'The claim is already attributed to that source');
    tx.insert(claimSources)
      .values({
        claimId: claim.id,
        sourceId,
        cue: input.cue ?? null,
        viaName: input.via?.name ?? null,
        viaType: input.via?.type ?? null,
        viaRegistryId: viaRegistryId(tx, input.via ?? null, claim.articleId),
        rule: 'manual',
        explanation: `Attributed by ${user.name}.`,
      })
      .run();
    return [{ field: 'source', before: null, after: linkRecord(tx, claim.id, sourceId) ?? null }];
  });
}

export function unlinkClaimSource(actor: Actor | null, claimId: number, input: { sourceId: number; version: number }): ClaimState {
  return mutateClaim(actor, claimId, input.version, (tx, claim) => {
    const before = linkRecord(tx, claim.id, input.sourceId);
    if (!before) throw notFound(`Source ${input.sourceId} on claim ${claimId}`);
    tx.delete(claimSources).where(and(eq(claimSources.claimId, claim.id), eq(claimSources.sourceId, input.sourceId))).run();
    return [{ field: 'source', before, after: null }];
  });
}

/**
 * Corrects a source's name or type. The change shows in the history of every claim attributed to
 * it; those claims keep their version, since nobody edited the claims themselves.
 */
export function editArticleSource(actor: Actor | null, sourceId: number, input: { name?: string; type?: SourceType }): { articleId: number } {
  const user = requireRole(actor, 'factchecker');
  return getDb().transaction(
    (tx) => {
      const source = tx.select({ articleId: sources.articleId }).from(sources).where(eq(sources.id, sourceId)).get();
      if (!source) throw notFound(`Source ${sourceId}`);
      correctSource(tx, user.id, sourceId, input);
      return { articleId: source.articleId };
    },
    { behavior: 'immediate' },
  );
}

/**
 * Renames or retypes a source of an article and records the change on its claims, except
 * `recordedBy` (the claim whose own change, an undo, records it). Returns the change.
 */
export function correctSource(tx: Tx, userId: number, sourceId: number, input: { name?: string; type?: SourceType }, recordedBy?: number): FieldChange[] {
  const source = tx.select().from(sources).where(eq(sources.id, sourceId)).get();
  if (!source) throw notFound(`Source ${sourceId}`);
  const changes: FieldChange[] = [];
  if (input.name !== undefined && input.name !== source.name) changes.push({ field: 'source_name', before: { sourceId, value: source.name }, after: { sourceId, value: input.name } });
  if (input.type !== undefined && input.type !== source.type) changes.push({ field: 'source_type', before: { sourceId, value: source.type }, after: { sourceId, value: input.type } });
  if (changes.length === 0) return [];
  const name = input.name ?? source.name;
  const type = input.type ?? source.type;
  // A corrected name or type may be another real-world source: follow it in the registry.
  const registryId = upsertRegistrySource(tx, { name, type, articleId: source.articleId }).id;
  tx.update(sources).set({ name, type, registryId }).where(eq(sources.id, sourceId)).run();
  for (const c of linkedClaims(tx, sourceId)) {
    if (c.id !== recordedBy) recordHistory(tx, c.id, userId, c.version, changes);
  }
  return changes;
}

/** Two sources of one article that are the same real-world source become one: `mergeId`'s claims move to `keepId`. */
export function mergeArticleSources(actor: Actor | null, input: { keepId: number; mergeId: number }): { articleId: number } {
  const user = requireRole(actor, 'factchecker');
  if (input.keepId === input.mergeId) throw new AppError('invalid', 'Pick two different sources');
  return getDb().transaction(
    (tx) => {
      const pair = tx.select().from(sources).where(inArray(sources.id, [input.keepId, input.mergeId])).all();
      const keep = pair.find((s) => s.id === input.keepId);
      const merged = pair.find((s) => s.id === input.mergeId);
      if (!keep || !merged) throw notFound('Source');
      if (keep.articleId !== merged.articleId) throw new AppError('invalid', 'Only sources of the same article can be merged here');
      for (const c of linkedClaims(tx, merged.id)) {
        const already = linkRecord(tx, c.id, keep.id);
        if (already) tx.delete(claimSources).where(and(eq(claimSources.claimId, c.id), eq(claimSources.sourceId, merged.id))).run();
        else tx.update(claimSources).set({ sourceId: keep.id }).where(and(eq(claimSources.claimId, c.id), eq(claimSources.sourceId, merged.id))).run();
        recordHistory(tx, c.id, user.id, c.version, [
          { field: 'source_merge', before: { sourceId: merged.id, name: merged.name }, after: { sourceId: keep.id, name: keep.name } },
        ]);
      }
      tx.delete(sources).where(eq(sources.id, merged.id)).run();
      return { articleId: keep.articleId };
    },
    { behavior: 'immediate' },
  );
}

function linkedClaims(tx: Tx, sourceId: number): { id: number; version: number }[] {
  return tx
    .select({ id: claims.id, version: claims.version })
    .from(claimSources)
    .innerJoin(claims, eq(claims.id, claimSources.claimId))
    .where(eq(claimSources.sourceId, sourceId))
    .all();
}
