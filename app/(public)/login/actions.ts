'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { endCurrentSession, startSession } from '@/lib/auth/current-actor.server';
import { safeNext } from '@/lib/auth/safe-next';
import { AppError } from '@/lib/errors';

const SignInSchema = z.object({
  email: z.email('Enter your email address').max(320),
  password: z.string().min(1, 'Enter your password').max(1000),
  next: z.string().optional(),
});

export interface SignInState {
  error?: string;
  email?: string;
}

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = SignInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { error: z.flattenError(parsed.error).fieldErrors.email?.[0] ?? 'Enter your email and password', email: String(formData.get('email') ?? '') };
  }
  try {
    if (!(await startSession(parsed.data.email, parsed.data.password))) return { error: 'Wrong email or password', email: parsed.data.email };
  } catch (error) {
    if (error instanceof AppError && (error.code === 'rate_limited' || error.code === 'busy')) return { error: error.message, email: parsed.data.email };
    throw error;
  }
  redirect(safeNext(parsed.data.next));
}

export async function signOutAction(): Promise<void> {
  await endCurrentSession();
  redirect('/');
}
