'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { IdSchema } from '@/lib/articles/schemas';
import type { Actor } from '@/lib/auth/roles';
import { runAction, type ActionState } from '@/lib/http/action.server';
import { createUser, issueApiToken, revokeApiToken, setUserActive, setUserRole } from '@/lib/users/manage-users.server';
import { NewUserSchema, RoleSchema, TokenLabelSchema } from '@/lib/users/schemas';

/** `token`: a new API token, shown once. */
export type AdminState = ActionState & { token?: string };

/** Every admin form: the data-access layer checks for the admin role itself; the page is refreshed after. */
function adminAction<S extends z.ZodType>(schema: S, form: FormData, act: (actor: Actor, data: z.output<S>) => AdminState | Promise<AdminState>) {
  return runAction({
    role: 'admin',
    schema,
    input: form,
    act,
    done: (state: AdminState) => {
      revalidatePath('/desk/admin');
      return state;
    },
  });
}

export async function createUserAction(_prev: AdminState, form: FormData): Promise<AdminState> {
  return adminAction(NewUserSchema, form, async (actor, data) => {
    const user = await createUser(actor, data);
    return { message: `Created ${user.email}.` };
  });
}

export async function setRoleAction(_prev: AdminState, form: FormData): Promise<AdminState> {
  return adminAction(z.object({ userId: IdSchema, role: RoleSchema }), form, (actor, { userId, role }) => {
    setUserRole(actor, userId, role);
    return { message: 'Role changed.' };
  });
}

export async function setActiveAction(_prev: AdminState, form: FormData): Promise<AdminState> {
  return adminAction(z.object({ userId: IdSchema, active: z.enum(['true', 'false']).transform((v) => v === 'true') }), form, (actor, { userId, active }) => {
    setUserActive(actor, userId, active);
    return { message: active ? 'User reactivated.' : 'User deactivated; their sessions and tokens are ended.' };
  });
}

export async function issueTokenAction(_prev: AdminState, form: FormData): Promise<AdminState> {
  return adminAction(z.object({ userId: IdSchema, label: TokenLabelSchema }), form, (actor, { userId, label }) => ({
    message: 'Token created. Copy it now: it will not be shown again.',
    token: issueApiToken(actor, userId, label),
  }));
}

export async function revokeTokenAction(_prev: AdminState, form: FormData): Promise<AdminState> {
  return adminAction(z.object({ tokenId: IdSchema }), form, (actor, { tokenId }) => {
    revokeApiToken(actor, tokenId);
    return { message: 'Token revoked.' };
  });
}
