import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { requireRole, type Actor } from './roles';

/** Active desk members by name, for assigning claims. Names and ids only. */
export function listDeskUsers(actor: Actor | null): { id: number; name: string }[] {
  requireRole(actor, 'factchecker');
  return getDb().select({ id: users.id, name: users.name }).from(users).where(eq(users.active, true)).orderBy(asc(users.name)).limit(500).all();
}
