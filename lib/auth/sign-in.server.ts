import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { ConcurrencyGate } from './concurrency-gate';
import { hashPassword, verifyPassword } from './password';
import { FailureLimiter } from './rate-limit';
import { createSession } from './sessions.server';

/**
 * The 6th failed sign-in within a minute from one client address, or for one account from one
 * address, is refused. Failures for an account are counted per address, so an attacker elsewhere
 * cannot lock its owner out (docs/decisions/0009-sign-in-throttling.md).
 */
export const SIGN_IN_MAX_FAILURES = 5;
/** Password checks (scrypt, 128 MiB, ~0.6 s each) that run at once, and that may wait for a turn; more answer 503. */
export const HASHING_CONCURRENCY = 2;
export const HASHING_QUEUE = 8;

const shared = globalThis as unknown as { claimdeskSignInLimiter?: FailureLimiter; claimdeskHashingGate?: ConcurrencyGate };
const limiter = (shared.claimdeskSignInLimiter ??= new FailureLimiter(SIGN_IN_MAX_FAILURES, 60_000));
export const passwordHashingGate = (shared.claimdeskHashingGate ??= new ConcurrencyGate(
  HASHING_CONCURRENCY,
  HASHING_QUEUE,
  'Too many people are signing in at once. Try again in a few seconds.',
));

// Compared against when the email is unknown, so both paths take the same time and the same turn in the queue.
let dummyHash: Promise<string> | undefined;

/**
 * Checks the credentials and opens a new session; null for a wrong email or password or a
 * deactivated user. Throws 429 while the client address, or this account from this address, is
 * rate limited, and 503 while the password-hashing queue is full.
 */
export async function signIn(email: string, password: string, clientAddress = 'unknown'): Promise<{ token: string; expiresAt: Date } | null> {
  const account = email.toLowerCase();
  const keys = [`address:${clientAddress}`, `account:${account}|address:${clientAddress}`];
  if (keys.some((k) => limiter.isBlocked(k))) throw new AppError('rate_limited', 'Too many failed sign-ins. Wait a minute and try again.');

  const user = getDb().select().from(users).where(eq(users.email, account)).get();
  const ok = await passwordHashingGate.run(async () => {
    if (user) return (await verifyPassword(password, user.passwordHash)) && user.active;
    dummyHash ??= hashPassword('not a real password');
    await verifyPassword(password, await dummyHash);
    return false;
  });
  if (!ok || !user) {
    for (const k of keys) limiter.recordFailure(k);
    return null;
  }
  limiter.clear(keys[1]);
  return createSession(user.id);
}
