import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { createTestUser, testDb } from '@/lib/testing/fixtures';
import { COMMAND_LINE, findUserIdByEmail, issueApiToken } from '@/lib/users/manage-users.server';
import { actorForApiToken } from './api-tokens.server';
import { actorForSession, createSession, deleteSession, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './sessions.server';
import { signIn } from './sign-in.server';

beforeAll(() => {
  testDb();
});

describe('sessions', () => {
  it('signs in with the right password only, and the session names the user', async () => {
    const user = await createTestUser('editor');
    expect(await signIn(user.email, 'wrong')).toBeNull();
    expect(await signIn('nobody@test.example', 'secret-editor')).toBeNull();
    const session = await signIn(user.email.toUpperCase(), 'secret-editor');
    expect(session).not.toBeNull();
    expect(actorForSession(session!.token)).toEqual(user);
  });

  it('ends after idle time, after the absolute lifetime, and at sign-out', async () => {
    const user = await createTestUser('factchecker');
    const t0 = Date.now();
    const idle = createSession(user.id, t0);
    expect(actorForSession(idle.token, t0 + SESSION_IDLE_MS - 1000)).not.toBeNull();
    const stale = createSession(user.id, t0);
    expect(actorForSession(stale.token, t0 + SESSION_IDLE_MS + 1000)).toBeNull();

    const old = createSession(user.id, t0);
    // Used every hour, so never idle, but past its absolute lifetime.
    for (let t = t0; t < t0 + SESSION_ABSOLUTE_MS; t += 60 * 60 * 1000) expect(actorForSession(old.token, t)).not.toBeNull();
    expect(actorForSession(old.token, t0 + SESSION_ABSOLUTE_MS + 1)).toBeNull();

    const ended = createSession(user.id, t0);
    deleteSession(ended.token);
    expect(actorForSession(ended.token, t0)).toBeNull();
  });

  it('refuses a deactivated user', async () => {
    const user = await createTestUser('admin');
    const session = createSession(user.id);
    testDb().update(users).set({ active: false }).where(eq(users.id, user.id)).run();
    expect(actorForSession(session.token)).toBeNull();
    expect(await signIn(user.email, 'secret-admin')).toBeNull();
  });

  it('resolves API tokens, which are stored only hashed', async () => {
    const user = await createTestUser('factchecker');
    const token = issueApiToken(COMMAND_LINE, user.id, 'test');
    expect(actorForApiToken(token)).toEqual(user);
    expect(actorForApiToken(token + 'x')).toBeNull();
    const stored = testDb().$client.prepare('select token_hash from api_tokens').all() as { token_hash: string }[];
    expect(stored.some((r) => r.token_hash === token)).toBe(false);
    expect(() => findUserIdByEmail('unknown@test.example')).toThrow(/not found/);
  });
});
