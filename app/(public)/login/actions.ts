'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { endCurrentSession, setSessionCookie } from '@/lib/auth/current-actor';
import { signIn } from '@/lib/auth/sign-in';

const SignInSchema = z.object({
  email: z.email('Enter your email address').max(320),
  password: z.string().min(1, 'Enter your password').max(1000),
  next: z.string().optional(),
});

export interface SignInState {
  error?: string;
  email?: string;
}

/** Only same-site paths: an attacker's link must not bounce a user off-site after sign-in. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/desk';
}

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = SignInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { error: z.flattenError(parsed.error).fieldErrors.email?.[0] ?? 'Enter your email and password', email: String(formData.get('email') ?? '') };
  }
  const session = await signIn(parsed.data.email, parsed.data.password);
  if (!session) return { error: 'Wrong email or password', email: parsed.data.email };
  await setSessionCookie(session.token, session.expiresAt);
  redirect(safeNext(parsed.data.next));
}

export async function signOutAction(): Promise<void> {
  await endCurrentSession();
  redirect('/');
}
