import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { apiTokens, users } from '@/db/schema';
import type { Actor } from './roles';
import { hashToken } from './tokens';

export function actorForApiToken(token: string): Actor | null {
  const db = getDb();
  const row = db
    .select({ tokenId: apiTokens.id, id: users.id, email: users.email, name: users.name, role: users.role, active: users.active })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .get();
  if (!row || !row.active) return null;
  db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.tokenId)).run();
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}
