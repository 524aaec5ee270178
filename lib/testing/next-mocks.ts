// Stand-ins for the Next request APIs a server action uses, so unit tests can call actions directly.
// Each test file mocks the modules with these (vi.mock factories must sit in the test file):
//   vi.mock('next/cache', () => import('@/lib/testing/next-mocks').then((m) => m.nextCache));
//   vi.mock('next/headers', () => import('@/lib/testing/next-mocks').then((m) => m.nextHeaders));
//   vi.mock('next/navigation', () => import('@/lib/testing/next-mocks').then((m) => m.nextNavigation));
//   vi.mock('@/lib/auth/current-actor.server', () => import('@/lib/testing/next-mocks').then((m) => m.currentActor));
import type { Actor } from '@/lib/auth/roles';

const request = {
  actor: null as Actor | null,
  referer: 'http://localhost/desk' as string | null,
  revalidated: [] as string[],
};

/** The next action runs for `actor` (null: nobody signed in), from the page `referer`. */
export function actionRequest(actor: Actor | null, referer: string | null = 'http://localhost/desk'): typeof request {
  request.actor = actor;
  request.referer = referer;
  request.revalidated = [];
  return request;
}

/** A form as a browser posts it. */
export function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

/** What Next's `redirect()` throws; the test sees where it would have sent the browser. */
export class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

export const nextCache = {
  revalidatePath: (path: string) => void request.revalidated.push(path),
  revalidateTag: (tag: string) => void request.revalidated.push(`tag:${tag}`),
};

export const nextHeaders = {
  headers: async () => new Headers(request.referer ? { referer: request.referer } : {}),
  cookies: async () => new Map(),
};

export const nextNavigation = {
  redirect: (url: string): never => {
    throw new Redirect(url);
  },
  notFound: (): never => {
    throw new Error('notFound()');
  },
  forbidden: (): never => {
    throw new Error('forbidden()');
  },
};

export const currentActor = {
  getCurrentActor: async () => request.actor,
};
