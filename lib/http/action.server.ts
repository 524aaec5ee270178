import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { isDatabaseBusy } from '@/db/client';
import type { Role } from '@/lib/vocabulary';
import { getCurrentActor } from '@/lib/auth/current-actor.server';
import { hasRole, type Actor } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors';

export type FieldErrors = Record<string, string[] | undefined>;

/**
 * What every server action answers, and what `useActionState` keeps between submissions. A form
 * that needs more back (a new token, the values typed so far) adds optional fields to it.
 */
export interface ActionState {
  ok?: boolean;
  message?: string;
  fieldErrors?: FieldErrors;
}

/**
 * The fields a form posted. A form rendered on the server (page loaded by URL) also posts React's
 * hidden `$ACTION_*` fields, which identify the action; they are not input, and a strict schema
 * would refuse them.
 */
export function formFields(form: FormData): Record<string, FormDataEntryValue> {
  return Object.fromEntries([...form.entries()].filter(([name]) => !name.startsWith('$ACTION_')));
}

export interface ActionSpec<S extends z.ZodType, R, State extends ActionState> {
  /** The least role that may call the action. The data-access layer checks again for itself. */
  role: Role;
  schema: S;
  /** A FormData (its `$ACTION_*` fields are dropped) or the plain object a client component sent. */
  input: unknown;
  /** Said when the input does not parse (here, or a ZodError from `act`); the field errors go with it. */
  invalidMessage?: string;
  /** Returned with every refusal, so that nobody loses what they typed. */
  keep?: Partial<State>;
  act: (actor: Actor, data: z.output<S>) => R | Promise<R>;
  /**
   * Revalidates what changed and says so. Take the article (or anything else to refresh) from
   * `result`, the data layer's answer, never from ids the client sent. May `redirect()`.
   */
  done: (result: R, data: z.output<S>) => State;
  /** Called with an expected refusal before it is reported (e.g. to refresh a page after a conflict). */
  onRefusal?: (error: AppError) => void;
}

/**
 * The one path of every server action: authenticate, parse with zod, call the data-access layer,
 * revalidate. Expected refusals become results, never a 500: nobody signed in (or the session
 * expired) goes to the sign-in page and comes back; a role too low, bad input, a conflict or a
 * busy database get a message. Anything else is a bug and is thrown.
 */
export async function runAction<S extends z.ZodType, R, State extends ActionState = ActionState>(spec: ActionSpec<S, R, State>): Promise<State> {
  const actor = await getCurrentActor();
  if (!actor) return redirectToSignIn();
  // Authenticate before reading the input, so a stranger learns nothing from validation errors.
  if (!hasRole(actor, spec.role)) return failure(spec.keep, { message: `This needs the ${spec.role} role or higher.` });
  const invalidMessage = spec.invalidMessage ?? 'Please correct the fields marked below.';
  const parsed = spec.schema.safeParse(spec.input instanceof FormData ? formFields(spec.input) : spec.input);
  if (!parsed.success) return failure(spec.keep, { message: invalidMessage, fieldErrors: z.flattenError(parsed.error).fieldErrors });
  let result: R;
  try {
    result = await spec.act(actor, parsed.data);
  } catch (error) {
    return failure(spec.keep, await describeRefusal(error, invalidMessage, spec.onRefusal));
  }
  // Outside the try: `done` may redirect, which Next signals by throwing.
  return { ok: true, ...spec.done(result, parsed.data) };
}

/** A refusal keeps what the form asked to keep; a form's extra fields are all optional. */
function failure<State extends ActionState>(keep: Partial<State> | undefined, outcome: ActionState & { current?: unknown }): State {
  return { ...keep, ...outcome, ok: false } as State;
}

async function describeRefusal(error: unknown, invalidMessage: string, onRefusal?: (error: AppError) => void): Promise<ActionState & { current?: unknown }> {
  if (isDatabaseBusy(error)) return { message: 'The database is busy; please try again in a moment.' };
  // Input checked inside `act`, once more of it is known (an upload read, HTML reduced).
  if (error instanceof z.ZodError) return { message: invalidMessage, fieldErrors: z.flattenError(error).fieldErrors };
  if (!(error instanceof AppError)) throw error;
  if (error.code === 'unauthenticated') return redirectToSignIn();
  onRefusal?.(error);
  const details = error.details as { current?: unknown; fieldErrors?: FieldErrors } | undefined;
  // Field errors come as `{ fieldErrors }`, or as the details themselves (the upload reader's).
  const fieldErrors = details?.fieldErrors ?? (isFieldErrors(details) ? details : undefined);
  // `current` is the state that won a conflict, for the client to show.
  return { message: error.message, fieldErrors, current: details?.current };
}

function isFieldErrors(value: unknown): value is FieldErrors {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => Array.isArray(v));
}

/** Sends the browser to sign in, and back to the page it was on (the action's own URL) afterwards. */
async function redirectToSignIn(): Promise<never> {
  const referer = (await headers()).get('referer');
  let back = '/desk';
  try {
    if (referer) back = new URL(referer).pathname;
  } catch {
    // An unreadable Referer: come back to the desk.
  }
  redirect(`/login?next=${encodeURIComponent(back)}`);
}
