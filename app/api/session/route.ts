import { z } from 'zod';
import { endCurrentSession, startSession } from '@/lib/auth/current-actor.server';
import { AppError } from '@/lib/errors';
import { apiRoute, parseWith, readJson } from '@/lib/http/api.server';

const CredentialsSchema = z.strictObject({ email: z.email().max(320), password: z.string().min(1).max(1000) });

/** Signs in with JSON credentials and sets the session cookie; 429 while rate limited. */
export const POST = apiRoute(async ({ request }) => {
  const { email, password } = parseWith(CredentialsSchema, await readJson(request));
  if (!(await startSession(email, password))) throw new AppError('unauthenticated', 'Wrong email or password');
  return Response.json({ ok: true });
});

/** Signs out: the session is deleted on the server, so a copy of the cookie stops working too. */
export const DELETE = apiRoute(async () => {
  await endCurrentSession();
  return new Response(null, { status: 204 });
});
