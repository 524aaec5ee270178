import 'server-only';
import { z } from 'zod';
import { getRequestActor } from '@/lib/auth/current-actor.server';
import { isDatabaseBusy } from '@/db/client';
import { SESSION_COOKIE } from '@/lib/auth/sessions.server';
import type { Role } from '@/db/schema';
import { requireRole, type Actor } from '@/lib/auth/roles';
import { publicUrl } from '@/lib/env';
import { AppError, ERROR_STATUS } from '@/lib/errors';
import { decodeUtf8 } from '@/lib/text-policy';

export const MAX_JSON_BODY_BYTES = 1_500_000;

type Handler<P> = (ctx: { request: Request; actor: Actor | null; params: P }) => Promise<Response> | Response;

/**
 * Wraps a route handler: resolves the caller (API token or session cookie), turns AppError and
 * zod errors into JSON error responses, and hides anything unexpected behind a plain 500.
 */
export function apiRoute<P = Record<string, never>>(handler: Handler<P>, options: { role?: Role } = {}) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      checkSameOrigin(request);
      const actor = await getRequestActor(request);
      // Authenticate before reading the body, so a stranger learns nothing from validation errors.
      // The data-access layer checks the role again for itself.
      if (options.role) requireRole(actor, options.role);
      return await handler({ request, actor, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for state-changing requests: a browser always sends Origin on them, so a foreign or
 * missing Origin is refused when the session cookie would authenticate. A Bearer token is never
 * sent by a browser on its own, so API clients without Origin go through, and so does a request
 * with no credentials at all (it gets its 401 further on).
 */
export function checkSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get('origin');
  const allowed = new Set([new URL(request.url).origin, publicUrl()]);
  const host = request.headers.get('host');
  if (host) allowed.add(`${new URL(request.url).protocol}//${host}`);
  const ambientCredentials = !request.headers.has('authorization') && (request.headers.get('cookie') ?? '').includes(`${SESSION_COOKIE}=`);
  if (origin !== null ? !allowed.has(origin) : ambientCredentials) {
    throw new AppError('forbidden', 'Cross-origin request refused');
  }
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const headers: HeadersInit = error.code === 'busy' ? { 'Retry-After': '2' } : {};
    return Response.json({ error: { code: error.code, message: error.message, details: error.details ?? null } }, { status: ERROR_STATUS[error.code], headers });
  }
  if (error instanceof z.ZodError) {
    return Response.json(
      { error: { code: 'invalid', message: 'Invalid input', details: z.flattenError(error) } },
      { status: ERROR_STATUS.invalid },
    );
  }
  if (isDatabaseBusy(error)) {
    // busy_timeout already waited for the other writer; the client may simply try again shortly.
    return Response.json({ error: { code: 'busy', message: 'The database is busy; try again shortly' } }, { status: 503, headers: { 'Retry-After': '1' } });
  }
  console.error(error);
  return Response.json({ error: { code: 'internal', message: 'Internal error' } }, { status: 500 });
}

const tooLarge = (limit: number) => new AppError('too_large', `Request body is larger than ${limit.toLocaleString('en')} bytes`);

/**
 * The whole body as bytes, whatever its framing: with Content-Length or chunked, with or without a
 * declared length. Stops reading, and refuses, as soon as it passes `limit`.
 */
export async function readBodyBytes(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<Uint8Array> {
  if (Number(request.headers.get('content-length') ?? 0) > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a JSON body, refusing anything that is not JSON, not UTF-8 or too large. Every route reads
 * its body here, so a body is never ignored because of how it was framed. With `optional`, an empty
 * body (none at all, or only whitespace) gives `undefined`; a body that is there is always read.
 */
export async function readJson(request: Request, { optional = false, maxBytes = MAX_JSON_BODY_BYTES } = {}): Promise<unknown> {
  const bytes = await readBodyBytes(request, maxBytes);
  const raw = decodeUtf8(bytes, 'The request body');
  if (optional && raw.trim() === '') return undefined;
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new AppError('invalid', 'Send a JSON body with Content-Type: application/json');
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError('invalid', 'The request body is not valid JSON');
  }
}

/** Parses with the schema, or throws the ZodError that `errorResponse` turns into a 422 naming the fields. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  return schema.parse(value);
}

export function parseId(raw: string, what: string): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0 || String(id) !== raw) throw new AppError('not_found', `${what} ${raw} not found`);
  return id;
}
