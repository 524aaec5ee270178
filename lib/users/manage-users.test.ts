import { beforeAll, describe, expect, it } from 'vitest';
import { actorForApiToken } from '@/lib/auth/api-tokens.server';
import type { Actor } from '@/lib/auth/roles';
import { actorForSession, createSession } from '@/lib/auth/sessions.server';
import { createTestUser, testDb } from '@/lib/testing/fixtures';
import { users } from '@/db/schema';
import { ADMIN_PAGE_SIZE, createUser, issueApiToken, listApiTokens, listUsers, revokeApiToken, setUserActive, setUserRole } from './manage-users.server';
import { NewUserSchema } from './schemas';

let admin: Actor;
let editor: Actor;
beforeAll(async () => {
  testDb();
  admin = await createTestUser('admin');
  editor = await createTestUser('editor');
});

describe('user administration', () => {
  it('is for admins only', async () => {
    expect(() => listUsers(editor)).toThrow(/admin role/);
    expect(() => listUsers(null)).toThrow(/Sign in/);
    await expect(createUser(editor, NewUserSchema.parse({ email: 'x@test.example', name: 'X', role: 'admin', password: 'long enough pass' }))).rejects.toThrow(/admin role/);
  });

  it('creates users, refuses duplicates, and changes roles', async () => {
    const created = await createUser(admin, NewUserSchema.parse({ email: 'New.Person@Test.example', name: 'New Person', role: 'factchecker', password: 'long enough pass' }));
    expect(created).toMatchObject({ email: 'new.person@test.example', role: 'factchecker', active: true });
    await expect(createUser(admin, NewUserSchema.parse({ email: 'new.person@test.example', name: 'Again', role: 'editor', password: 'long enough pass' }))).rejects.toThrow(/already has an account/);
    setUserRole(admin, created.id, 'editor');
    expect(listUsers(admin).users.find((u) => u.id === created.id)?.role).toBe('editor');
    expect(NewUserSchema.safeParse({ email: 'a@b.example', name: 'A', role: 'editor', password: 'short' }).success).toBe(false);
  });

  it('deactivating ends sessions and tokens at once; an admin cannot lock themselves out', async () => {
    const user = await createTestUser('factchecker');
    const session = createSession(user.id);
    const token = issueApiToken(admin, user.id, 'cms');
    expect(actorForApiToken(token)?.id).toBe(user.id);
    setUserActive(admin, user.id, false);
    expect(actorForSession(session.token)).toBeNull();
    expect(actorForApiToken(token)).toBeNull();
    setUserActive(admin, user.id, true);
    expect(actorForApiToken(token)).toBeNull(); // revoked tokens stay revoked

    expect(() => setUserActive(admin, admin.id, false)).toThrow(/your own account/);
    expect(() => setUserRole(admin, admin.id, 'editor')).toThrow(/your own account/);
  });

  it('revokes a token once, and lists tokens without their secret', () => {
    const token = issueApiToken(admin, editor.id, 'script');
    const listed = listApiTokens(admin).tokens.find((t) => t.label === 'script')!;
    const tokensOf = () => listUsers(admin).users.find((u) => u.id === editor.id)!.activeTokens;
    expect(tokensOf()).toBe(1);
    expect(JSON.stringify(listed)).not.toContain(token);
    revokeApiToken(admin, listed.id);
    expect(tokensOf()).toBe(0);
    expect(actorForApiToken(token)).toBeNull();
    expect(() => revokeApiToken(admin, listed.id)).toThrow(/not found/);
  });

  it('lists users and tokens a page at a time, each once', () => {
    // Rows written directly: hashing a hundred passwords would only slow the test down.
    testDb()
      .insert(users)
      .values(Array.from({ length: ADMIN_PAGE_SIZE + 3 }, (_, i) => ({ email: `paged-${String(i).padStart(3, '0')}@test.example`, name: `Paged ${i}`, role: 'factchecker' as const, passwordHash: 'not-a-hash' })))
      .run();
    for (let i = 0; i < ADMIN_PAGE_SIZE + 1; i++) issueApiToken(admin, editor.id, `paged ${i}`);
    const collect = <T extends { id: number }>(list: (page: number) => { page: number; hasMore: boolean } & Record<string, unknown>, key: string) => {
      const seen: T[] = [];
      for (let page = 1, more = true; more; page++) {
        const listed = list(page);
        const rows = listed[key] as T[];
        expect(rows.length).toBeLessThanOrEqual(ADMIN_PAGE_SIZE);
        seen.push(...rows);
        more = listed.hasMore;
      }
      return seen;
    };
    const allUsers = collect<{ id: number; email: string }>((page) => listUsers(admin, page), 'users');
    expect(allUsers.length).toBeGreaterThan(ADMIN_PAGE_SIZE + 3);
    expect(new Set(allUsers.map((u) => u.id)).size).toBe(allUsers.length);
    expect(allUsers.map((u) => u.email)).toEqual([...allUsers.map((u) => u.email)].sort());
    const allTokens = collect<{ id: number }>((page) => listApiTokens(admin, page), 'tokens');
    expect(allTokens.length).toBeGreaterThan(ADMIN_PAGE_SIZE);
    expect(allTokens.map((t) => t.id)).toEqual([...allTokens.map((t) => t.id)].sort((a, b) => b - a));
  });
});
