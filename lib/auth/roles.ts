import type { Role } from '@/lib/vocabulary';
import { AppError } from '@/lib/errors';

/** The signed-in user as the data-access layer sees it: never the password hash. */
export interface Actor {
  id: number;
  email: string;
  name: string;
  role: Role;
}

// Each role can do everything the roles before it can.
const RANK: Record<Role, number> = { factchecker: 1, editor: 2, admin: 3 };

export function hasRole(actor: Actor | null, minimum: Role): actor is Actor {
  return actor !== null && RANK[actor.role] >= RANK[minimum];
}

/** Throws 401 for nobody and 403 for a role below `minimum`. */
export function requireRole(actor: Actor | null, minimum: Role): Actor {
  if (!actor) throw new AppError('unauthenticated', 'Sign in first');
  if (!hasRole(actor, minimum)) throw new AppError('forbidden', `This needs the ${minimum} role or higher`);
  return actor;
}
