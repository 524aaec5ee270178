import 'server-only';
import { and, eq, gt } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { sessions, users } from '@/db/schema';
import type { Actor } from './roles';
import { hashToken, newToken } from './tokens';

export const SESSION_COOKIE = 'claimdesk_session';
/** A session ends after this long without use ... */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** ... and in any case this long after sign-in. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
// Writing last_seen_at on every request would turn each page view into a write.
const TOUCH_EVERY_MS = 60 * 1000;

export function createSession(userId: number, now = Date.now()): { token: string; expiresAt: Date } {
  const token = newToken();
  const expiresAt = new Date(now + SESSION_ABSOLUTE_MS);
  getDb()
    .insert(sessions)
    .values({ tokenHash: hashToken(token), userId, lastSeenAt: new Date(now), expiresAt, createdAt: new Date(now) })
    .run();
  return { token, expiresAt };
}

/** The active user behind a session token, or null when it is unknown, expired, idle or the user is deactivated. */
export function actorForSession(token: string, now = Date.now()): Actor | null {
  const db = getDb();
  const tokenHash = hashToken(token);
  const row = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date(now))))
    .get();
  if (!row || !row.active) return null;
  if (now - row.lastSeenAt.getTime() > SESSION_IDLE_MS) {
    db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
    return null;
  }
  if (now - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.tokenHash, tokenHash)).run();
  }
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

export function deleteSession(token: string): void {
  getDb().delete(sessions).where(eq(sessions.tokenHash, hashToken(token))).run();
}
