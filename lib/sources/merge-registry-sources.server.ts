import 'server-only';
import { eq, or } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { claimSources, registryChanges, registrySources, sources } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { AppError, notFound } from '@/lib/errors';
import type { RegistryEntry } from './update-registry-source.server';

/**
 * Merges a duplicate registry entry into `targetId`: editors and up. The duplicate's sources move
 * to the target and take its type; the duplicate (and every alias pointing at it) becomes an alias
 * of the target, so later imports of its name land on the target. Recorded on the target.
 */
export function mergeRegistrySources(actor: Actor | null, targetId: number, duplicateId: number): RegistryEntry & { movedSources: number } {
  const user = requireRole(actor, 'editor');
  if (targetId === duplicateId) throw new AppError('invalid', 'A source cannot be merged into itself', { fieldErrors: { duplicateId: ['Pick another source'] } });
  return getDb().transaction(
    (tx) => {
      const target = tx.select().from(registrySources).where(eq(registrySources.id, targetId)).get();
      const duplicate = tx.select().from(registrySources).where(eq(registrySources.id, duplicateId)).get();
      if (!target || target.mergedIntoId !== null) throw notFound(`Source ${targetId}`);
      if (!duplicate || duplicate.mergedIntoId !== null) throw notFound(`Source ${duplicateId}`);

      const moved = tx.update(sources).set({ registryId: targetId, type: target.type }).where(eq(sources.registryId, duplicateId)).run().changes;
      // The claims the duplicate relayed are the target's now too.
      tx.update(claimSources).set({ viaRegistryId: targetId }).where(eq(claimSources.viaRegistryId, duplicateId)).run();
      tx.update(registrySources)
        .set({ mergedIntoId: targetId })
        .where(or(eq(registrySources.id, duplicateId), eq(registrySources.mergedIntoId, duplicateId)))
        .run();
      tx.insert(registryChanges)
        .values({
          registryId: targetId,
          userId: user.id,
          at: new Date(),
          action: 'merge',
          before: { id: duplicate.id, name: duplicate.name, type: duplicate.type },
          after: { id: target.id, name: target.name, type: target.type },
        })
        .run();
      return { id: target.id, name: target.name, type: target.type, movedSources: moved };
    },
    { behavior: 'immediate' },
  );
}
