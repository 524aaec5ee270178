import 'server-only';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { apiTokens, sessions, users, type Role } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { AppError, notFound } from '@/lib/errors';
import type { NewUserInput } from './schemas';
import { pageOf, pageWindow } from '@/lib/paging';

// Administration of desk accounts and API tokens: admins only, checked here.

/** The command line acts with the server's own file access, so it is trusted as an admin. */
export const COMMAND_LINE: Actor = { id: 0, email: 'command-line', name: 'command line', role: 'admin' };

export interface UserSummary {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: string;
  activeTokens: number;
}

export const ADMIN_PAGE_SIZE = 100;

/** Users by email, a page at a time. */
export function listUsers(actor: Actor | null, page = 1): { users: UserSummary[]; page: number; hasMore: boolean } {
  requireRole(actor, 'admin');
  const { limit, offset } = pageWindow(page, ADMIN_PAGE_SIZE);
  const fetched = getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      createdAt: users.createdAt,
      // Qualified by hand: drizzle leaves columns unqualified in a select list, where "id" would mean api_tokens.id.
      activeTokens: sql<number>`(select count(*) from "api_tokens" t where t."user_id" = "users"."id" and t."revoked_at" is null)`,
    })
    .from(users)
    .orderBy(asc(users.email))
    .limit(limit)
    .offset(offset)
    .all()
    .map((u) => ({ ...u, createdAt: u.createdAt.toISOString() }));
  const { rows, hasMore } = pageOf(fetched, ADMIN_PAGE_SIZE);
  return { users: rows, page, hasMore };
}

/** Active users' emails for the token form's choice of user; a desk has far fewer than the bound. */
export function listActiveUserEmails(actor: Actor | null): { id: number; email: string }[] {
  requireRole(actor, 'admin');
  return getDb().select({ id: users.id, email: users.email }).from(users).where(eq(users.active, true)).orderBy(asc(users.email)).limit(1000).all();
}

export async function createUser(actor: Actor | null, input: NewUserInput): Promise<UserSummary> {
  requireRole(actor, 'admin');
  const passwordHash = await hashPassword(input.password);
  const db = getDb();
  if (db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get()) {
    throw new AppError('invalid', `${input.email} already has an account`, { fieldErrors: { email: ['Already has an account'] } });
  }
  const row = db.insert(users).values({ email: input.email, name: input.name, role: input.role, passwordHash }).returning().get();
  return { id: row.id, email: row.email, name: row.name, role: row.role, active: row.active, createdAt: row.createdAt.toISOString(), activeTokens: 0 };
}

function findUser(userId: number) {
  const user = getDb().select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw notFound(`User ${userId}`);
  return user;
}

/** An admin cannot demote or deactivate themselves: the desk must never lose its last way in by accident. */
function refuseSelf(actor: Actor, userId: number, what: string): void {
  if (actor.id === userId) throw new AppError('invalid', `You cannot ${what} your own account`);
}

export function setUserRole(actor: Actor | null, userId: number, role: Role): void {
  const admin = requireRole(actor, 'admin');
  findUser(userId);
  if (role !== 'admin') refuseSelf(admin, userId, 'demote');
  getDb().update(users).set({ role }).where(eq(users.id, userId)).run();
}

/** Deactivating also ends the user's sessions and revokes their API tokens at once. */
export function setUserActive(actor: Actor | null, userId: number, active: boolean): void {
  const admin = requireRole(actor, 'admin');
  findUser(userId);
  if (!active) refuseSelf(admin, userId, 'deactivate');
  const db = getDb();
  db.transaction(
    (tx) => {
      tx.update(users).set({ active }).where(eq(users.id, userId)).run();
      if (!active) {
        tx.delete(sessions).where(eq(sessions.userId, userId)).run();
        tx.update(apiTokens).set({ revokedAt: new Date() }).where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt))).run();
      }
    },
    { behavior: 'immediate' },
  );
}

export interface TokenSummary {
  id: number;
  userId: number;
  userEmail: string;
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Tokens, newest first, a page at a time. */
export function listApiTokens(actor: Actor | null, page = 1): { tokens: TokenSummary[]; page: number; hasMore: boolean } {
  requireRole(actor, 'admin');
  const { limit, offset } = pageWindow(page, ADMIN_PAGE_SIZE);
  const fetched = getDb()
    .select({ id: apiTokens.id, userId: apiTokens.userId, userEmail: users.email, label: apiTokens.label, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .orderBy(desc(apiTokens.id))
    .limit(limit)
    .offset(offset)
    .all()
    .map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), lastUsedAt: t.lastUsedAt?.toISOString() ?? null, revokedAt: t.revokedAt?.toISOString() ?? null }));
  const { rows, hasMore } = pageOf(fetched, ADMIN_PAGE_SIZE);
  return { tokens: rows, page, hasMore };
}

/** Returns the new token; it is stored only as a hash and cannot be shown again. */
export function issueApiToken(actor: Actor | null, userId: number, label: string): string {
  requireRole(actor, 'admin');
  const user = findUser(userId);
  if (!user.active) throw new AppError('invalid', 'A deactivated user cannot get a token');
  const token = newToken('cd_');
  getDb().insert(apiTokens).values({ userId, tokenHash: hashToken(token), label }).run();
  return token;
}

export function revokeApiToken(actor: Actor | null, tokenId: number): void {
  requireRole(actor, 'admin');
  const result = getDb().update(apiTokens).set({ revokedAt: new Date() }).where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt))).run();
  if (result.changes === 0) throw notFound(`Active token ${tokenId}`);
}

export function findUserIdByEmail(email: string): number {
  const row = getDb().select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase())).get();
  if (!row) throw notFound(`User ${email}`);
  return row.id;
}
