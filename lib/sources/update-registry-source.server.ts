import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { registryChanges, registrySources, sources, type SourceType } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { AppError, notFound } from '@/lib/errors';
import { registryKey } from './registry-key';
import type { RegistryEdit } from './schemas';

export interface RegistryEntry {
  id: number;
  name: string;
  type: SourceType;
}

/**
 * Corrects a registry entry's name and/or type: editors and up. The old name stays behind as an
 * alias so later imports of it still land here; a new type also applies to the articles' sources,
 * so reports count the corrected type. Refused with 409 when another entry already has the name:
 * that is a merge, not a rename.
 */
export function updateRegistrySource(actor: Actor | null, id: number, edit: RegistryEdit): RegistryEntry {
  const user = requireRole(actor, 'editor');
  return getDb().transaction(
    (tx) => {
      const current = tx.select().from(registrySources).where(eq(registrySources.id, id)).get();
      if (!current || current.mergedIntoId !== null) throw notFound(`Source ${id}`);
      const name = edit.name ?? current.name;
      const type = edit.type ?? current.type;
      if (name === current.name && type === current.type) return { id, name, type };

      // Anonymous keys are scoped to an article; a renamed anonymous entry keeps its own scope.
      const key = type === 'anonymous' ? `${registryKey(name, 'person', 0)} #r${id}` : registryKey(name, type, 0);
      const holder = tx
        .select({ id: registrySources.id, mergedIntoId: registrySources.mergedIntoId })
        .from(registrySources)
        .where(and(eq(registrySources.key, key), eq(registrySources.type, type)))
        .get();
      if (holder && holder.id !== id) {
        if (holder.mergedIntoId !== id) {
          throw new AppError('conflict', 'Another source already has this name and type; merge the two instead', { existingId: holder.mergedIntoId ?? holder.id });
        }
        // Our own alias of that name: this entry takes the name back.
        tx.delete(registrySources).where(eq(registrySources.id, holder.id)).run();
      }

      const keyChanged = key !== current.key || type !== current.type;
      tx.update(registrySources).set({ name, type, key }).where(eq(registrySources.id, id)).run();
      if (keyChanged) {
        tx.insert(registrySources).values({ name: current.name, type: current.type, key: current.key, mergedIntoId: id }).run();
      }
      if (type !== current.type) tx.update(sources).set({ type }).where(eq(sources.registryId, id)).run();
      tx.insert(registryChanges)
        .values({ registryId: id, userId: user.id, at: new Date(), action: 'edit', before: { name: current.name, type: current.type }, after: { name, type } })
        .run();
      return { id, name, type };
    },
    { behavior: 'immediate' },
  );
}
