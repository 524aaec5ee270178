import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { migrateDatabase } from './migrate';
import { numberedValues, placeholderRows, powerOfTwoChunks, statementsPerConnection } from './prepared-statements';
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

describe('multi-row inserts', () => {
  it('cuts rows into power-of-two chunks, in order, none over the maximum', () => {
    const sizes = (n: number) => powerOfTwoChunks(Array.from({ length: n }, (_, i) => i), 64).map((c) => c.length);
    expect(sizes(0)).toEqual([]);
    expect(sizes(1)).toEqual([1]);
    expect(sizes(81)).toEqual([64, 16, 1]);
    expect(sizes(200)).toEqual([64, 64, 64, 8]);
    const items = Array.from({ length: 81 }, (_, i) => i);
    expect(powerOfTwoChunks(items, 64).flat()).toEqual(items);
  });

  it('binds each row to its own placeholders and encodes values by column', () => {
    const db = freshDatabase();
    const columns = ['email', 'name', 'role', 'passwordHash', 'active', 'createdAt'] as const;
    const insert = db.insert(users).values(placeholderRows(columns, 2)).returning({ id: users.id }).prepare();
    const at = new Date('2026-03-04T05:06:07.089Z');
    const rows = [
      { email: 'one@test.example', name: 'One', role: 'editor' as const, passwordHash: 'x', active: false, createdAt: at },
      { email: 'two@test.example', name: 'Two', role: 'admin' as const, passwordHash: 'y', active: true, createdAt: at },
    ];
    expect(insert.all(numberedValues(columns, rows))).toEqual([{ id: 1 }, { id: 2 }]);
    expect(db.$client.prepare('SELECT email, name, role, active, created_at FROM users ORDER BY id').all()).toEqual([
      { email: 'one@test.example', name: 'One', role: 'editor', active: 0, created_at: at.getTime() },
      { email: 'two@test.example', name: 'Two', role: 'admin', active: 1, created_at: at.getTime() },
    ]);
  });
});
