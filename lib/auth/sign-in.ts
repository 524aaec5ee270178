import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword, verifyPassword } from './password';
import { createSession } from './sessions';

// Compared against when the email is unknown, so both paths take the same time.
let dummyHash: Promise<string> | undefined;

/** Checks the credentials and opens a new session; null for a wrong email, password or a deactivated user. */
export async function signIn(email: string, password: string): Promise<{ token: string; expiresAt: Date } | null> {
  const user = getDb().select().from(users).where(eq(users.email, email.toLowerCase())).get();
  if (!user) {
    dummyHash ??= hashPassword('not a real password');
    await verifyPassword(password, await dummyHash);
    return null;
  }
  if (!(await verifyPassword(password, user.passwordHash)) || !user.active) return null;
  return createSession(user.id);
}
