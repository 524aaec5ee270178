import 'server-only';
import { cookies, headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import type { Role } from '@/db/schema';
import { env } from '@/lib/env';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { actorForApiToken } from './api-tokens.server';
import { hasRole, type Actor } from './roles';
import { actorForSession, deleteSession, SESSION_COOKIE } from './sessions.server';
import { signIn } from './sign-in.server';

/** The user signed in with this request's session cookie, or null. Cached per request. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? actorForSession(token) : null;
});

/** For pages: sends the anonymous to sign in and shows 403 to a role below `minimum`. */
export async function requirePageActor(minimum: Role, returnTo: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  if (!hasRole(actor, minimum)) forbidden();
  return actor;
}

/** For route handlers: `Authorization: Bearer <token>` or the session cookie. */
export async function getRequestActor(request: Request): Promise<Actor | null> {
  const header = request.headers.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match ? actorForApiToken(match[1]) : null;
  }
  return getCurrentActor();
}

/**
 * The client's address as the server resolved it (lib/cli/serve.ts): the TCP peer, or behind a
 * trusted proxy the address it forwarded. Good for rate limiting by address, never for trust.
 * Served some other way (`next dev`), every client is "unknown".
 */
export async function clientAddress(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) || 'unknown';
}

/** Signs in and sets a fresh session cookie; any session the browser already had is ended first. */
export async function startSession(email: string, password: string): Promise<boolean> {
  const session = await signIn(email, password, await clientAddress());
  if (!session) return false;
  await endCurrentSession();
  await setSessionCookie(session.token, session.expiresAt);
  return true;
}

async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  const { COOKIE_SECURE, NODE_ENV } = env();
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: COOKIE_SECURE ? COOKIE_SECURE === 'true' : NODE_ENV === 'production',
    path: '/',
    expires: expiresAt,
  });
}

export async function endCurrentSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) deleteSession(token);
  jar.delete(SESSION_COOKIE);
}
