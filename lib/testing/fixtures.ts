// Shared unit-test setup for the data-access layer: a migrated database and one user per role.
import { getDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { users, type Role } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import type { Actor } from '@/lib/auth/roles';

let migrated = false;

export function testDb() {
  const db = getDb();
  if (!migrated) {
    migrateDatabase(db);
    migrated = true;
  }
  return db;
}

let counter = 0;

/** A new active user with the role; the password is "secret-<role>". */
export async function createTestUser(role: Role, overrides: { email?: string; active?: boolean } = {}): Promise<Actor> {
  const db = testDb();
  counter += 1;
  const row = db
    .insert(users)
    .values({
      email: overrides.email ?? `${role}-${counter}@test.example`,
      name: `Test ${role} ${counter}`,
      role,
      active: overrides.active ?? true,
      passwordHash: await hashPassword(`secret-${role}`),
    })
    .returning()
    .get();
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/** A short invented article with a named source, an anonymous one via an outlet, a document and an unattributed sentence. */
export const SAMPLE_ARTICLE = [
  'Water Rates Rise in Eastport',
  '',
  'The Eastport Water Board raised household rates by 8 percent on Monday.',
  '',
  '"We had no other way to pay for the new pipes," said board chair Linda Park.',
  '',
  'Two officials told the Eastport Gazette that the board had delayed the increase for a year.',
  '',
  'According to the annual audit, the utility lost $3 million in 2025.',
].join('\n');
