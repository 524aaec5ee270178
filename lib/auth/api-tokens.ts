import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { apiTokens, users } from '@/db/schema';
import { notFound } from '@/lib/errors';
import type { Actor } from './roles';
import { hashToken, newToken } from './tokens';

/** Creates an API token for the user with this email; the token itself is returned once and never stored. */
export function createApiToken(email: string, label = ''): string {
  const db = getDb();
  const user = db.select({ id: users.id }).from(users).where(and(eq(users.email, email.toLowerCase()), eq(users.active, true))).get();
  if (!user) throw notFound(`Active user ${email}`);
  const token = newToken('cd_');
  db.insert(apiTokens).values({ userId: user.id, tokenHash: hashToken(token), label }).run();
  return token;
}

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
