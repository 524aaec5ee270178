import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { createTestUser, testDb } from '@/lib/testing/fixtures';
import { actionRequest, formData } from '@/lib/testing/next-mocks';
import { createUserAction, setRoleAction } from './actions';

vi.mock('next/cache', () => import('@/lib/testing/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/lib/testing/next-mocks').then((m) => m.nextHeaders));
vi.mock('next/navigation', () => import('@/lib/testing/next-mocks').then((m) => m.nextNavigation));
vi.mock('@/lib/auth/current-actor.server', () => import('@/lib/testing/next-mocks').then((m) => m.currentActor));

let admin: Actor;
let editor: Actor;

beforeAll(async () => {
  admin = await createTestUser('admin');
  editor = await createTestUser('editor');
});

/** The fields a server-rendered form posts before React takes over: the action's hidden fields first. */
function serverRenderedForm(fields: Record<string, string>): FormData {
  return formData({ $ACTION_REF_1: '', '$ACTION_1:0': '{"id":"7f3a","bound":"$@1"}', '$ACTION_1:1': '[{}]', $ACTION_KEY: 'k2730981414', ...fields });
}

describe('createUserAction', () => {
  it('creates the user from a form rendered on the server (page loaded by URL)', async () => {
    const request = actionRequest(admin, 'http://localhost/desk/admin');
    const state = await createUserAction({}, serverRenderedForm({ email: 'New.Checker@test.example', name: 'New Checker', role: 'factchecker', password: 'a long passphrase' }));
    expect(state).toEqual({ ok: true, message: 'Created new.checker@test.example.' });
    expect(testDb().select().from(users).where(eq(users.email, 'new.checker@test.example')).get()).toMatchObject({ role: 'factchecker' });
    expect(request.revalidated).toEqual(['/desk/admin']);
  });

  it('marks the fields to correct', async () => {
    actionRequest(admin);
    const state = await createUserAction({}, serverRenderedForm({ email: 'not-an-email', name: 'X', role: 'factchecker', password: 'short' }));
    expect(state).toMatchObject({ ok: false, message: 'Please correct the fields marked below.' });
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['email', 'password']);
  });

  it('refuses an editor with a message, not an error page', async () => {
    actionRequest(editor);
    const state = await setRoleAction({}, serverRenderedForm({ userId: String(editor.id), role: 'admin' }));
    expect(state).toEqual({ ok: false, message: 'This needs the admin role or higher.' });
  });
});
