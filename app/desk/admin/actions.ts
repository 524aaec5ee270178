'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { AppError } from '@/lib/errors';
import { createUser, issueApiToken, revokeApiToken, setUserActive, setUserRole } from '@/lib/users/manage-users';
import { NewUserSchema, RoleSchema, TokenLabelSchema } from '@/lib/users/schemas';

export interface AdminState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** A new API token, shown once. */
  token?: string;
}

const Id = z.coerce.number().int().positive();

/** Parse, call the data-access layer (which checks for the admin role), revalidate, report. */
async function run<S extends z.ZodType>(schema: S, input: unknown, act: (data: z.output<S>) => Promise<AdminState> | AdminState): Promise<AdminState> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'Please correct the fields marked below.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    const state = await act(parsed.data);
    revalidatePath('/desk/admin');
    return { ok: true, ...state };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: (error.details as AdminState | undefined)?.fieldErrors };
    throw error;
  }
}

export async function createUserAction(_prev: AdminState, form: FormData): Promise<AdminState> {
  const actor = await getCurrentActor();
  return run(NewUserSchema, Object.fromEntries(form), async (data) => {
    const user = await createUser(actor, data);
    return { message: `Created ${user.email}.` };
  });
}

export async function setRoleAction(_prev: AdminState, form: FormData): Promise<AdminState> {
  const actor = await getCurrentActor();
  return run(z.object({ userId: Id, role: RoleSchema }), Object.fromEntries(form), ({ userId, role }) => {
    setUserRole(actor, userId, role);
    return { message: 'Role changed.' };
  });
}

export async function setActiveAction(_prev: AdminState, form: FormData): Promise<AdminState> {
  const actor = await getCurrentActor();
  return run(z.object({ userId: Id, active: z.enum(['true', 'false']).transform((v) => v === 'true') }), Object.fromEntries(form), ({ userId, active }) => {
    setUserActive(actor, userId, active);
    return { message: active ? 'User reactivated.' : 'User deactivated; their sessions and tokens are ended.' };
  });
}

export async function issueTokenAction(_prev: AdminState, form: FormData): Promise<AdminState> {
  const actor = await getCurrentActor();
  return run(z.object({ userId: Id, label: TokenLabelSchema }), Object.fromEntries(form), ({ userId, label }) => ({
    message: 'Token created. Copy it now: it will not be shown again.',
    token: issueApiToken(actor, userId, label),
  }));
}

export async function revokeTokenAction(_prev: AdminState, form: FormData): Promise<AdminState> {
  const actor = await getCurrentActor();
  return run(z.object({ tokenId: Id }), Object.fromEntries(form), ({ tokenId }) => {
    revokeApiToken(actor, tokenId);
    return { message: 'Token revoked.' };
  });
}
