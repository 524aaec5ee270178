import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { hashPassword, verifyPassword } from './password';
import { FailureLimiter } from './rate-limit';
import { createSession } from './sessions';

/** The 6th failed sign-in within a minute, for one account or from one address, is refused. */
export const SIGN_IN_MAX_FAILURES = 5;
const globalForLimiter = globalThis as unknown as { claimdeskSignInLimiter?: FailureLimiter };
const limiter = (globalForLimiter.claimdeskSignInLimiter ??= new FailureLimiter(SIGN_IN_MAX_FAILURES, 60_000));

// Compared against when the email is unknown, so both paths take the same time.
let dummyHash: Promise<string> | undefined;

/**
 * Checks the credentials and opens a new session; null for a wrong email or password or a
 * deactivated user. Throws 429 while the account or the client address is rate limited, so
 * guessing one account's password does not lock out anyone else.
 */
export async function signIn(email: string, password: string, clientAddress = 'unknown'): Promise<{ token: string; expiresAt: Date } | null> {
  const keys = [`account:${email.toLowerCase()}`, `address:${clientAddress}`];
  if (keys.some((k) => limiter.isBlocked(k))) throw new AppError('rate_limited', 'Too many failed sign-ins. Wait a minute and try again.');

  const user = getDb().select().from(users).where(eq(users.email, email.toLowerCase())).get();
  let ok = false;
  if (user) {
    ok = (await verifyPassword(password, user.passwordHash)) && user.active;
  } else {
    dummyHash ??= hashPassword('not a real password');
    await verifyPassword(password, await dummyHash);
  }
  if (!ok || !user) {
    for (const k of keys) limiter.recordFailure(k);
    return null;
  }
  limiter.clear(keys[0]);
  return createSession(user.id);
}
