import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { migrateDatabase } from './migrate';
import { statementsPerConnection } from './prepared-statements';
import { users } from './schema';

function freshDatabase() {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  return db;
}

describe('statementsPerConnection', () => {
  it('prepares once per database, and a transaction on it gets the same statements', () => {
    let prepared = 0;
    const statementsOf = statementsPerConnection((db) => {
      prepared++;
      return { userName: db.select({ name: users.name }).from(users).where(eq(users.id, sql.placeholder('id'))).prepare() };
    });
    const a = freshDatabase();
    const b = freshDatabase();
    const ofA = statementsOf(a);
    expect(statementsOf(a)).toBe(ofA);
    a.transaction((tx) => expect(statementsOf(tx)).toBe(ofA));
    const ofB = statementsOf(b);
    expect(ofB).not.toBe(ofA);
    expect(prepared).toBe(2);

    // Each runs on its own connection, inside the transaction open there.
    a.insert(users).values({ email: 'a@test.example', name: 'In A', role: 'editor', passwordHash: 'x' }).run();
    expect(() =>
      b.transaction((tx) => {
        tx.insert(users).values({ email: 'b@test.example', name: 'In B', role: 'editor', passwordHash: 'x' }).run();
        expect(statementsOf(tx).userName.get({ id: 1 })).toEqual({ name: 'In B' });
        tx.rollback();
      }),
    ).toThrow(/Rollback/);
    expect(ofA.userName.get({ id: 1 })).toEqual({ name: 'In A' });
    expect(ofB.userName.get({ id: 1 })).toBeUndefined();
  });
});
