// Issue 14, finding 7: a flood of bad sign-ins must neither lock the owner out of their account
// nor make everyone's sign-in wait for dozens of password hashes.
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { createTestUser, testDb } from '@/lib/testing/fixtures';
import type { Actor } from './roles';
import { HASHING_CONCURRENCY, HASHING_QUEUE, passwordHashingGate, SIGN_IN_MAX_FAILURES, signIn } from './sign-in.server';

let owner: Actor;
beforeAll(async () => {
  testDb();
  owner = await createTestUser('editor');
});

const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error));

// Each failed sign-in costs a real scrypt hash, several seconds on a busy shared machine.
describe('signIn throttling', { timeout: 120_000 }, () => {
  it('blocks the guessing address, but lets the owner sign in from their own address', async () => {
    const attacker = '203.0.113.50';
    for (let i = 0; i < SIGN_IN_MAX_FAILURES; i++) expect(await signIn(owner.email, `guess-${i}`, attacker)).toBeNull();
    expect(codeOf(await signIn(owner.email, 'secret-editor', attacker).catch((e) => e))).toBe('rate_limited');
    expect(await signIn(owner.email, 'secret-editor', '198.51.100.7')).not.toBeNull();
  });

  it('blocks one address after five failures across different accounts', async () => {
    const address = '203.0.113.51';
    for (let i = 0; i < SIGN_IN_MAX_FAILURES; i++) expect(await signIn(`nobody-${i}@test.example`, 'x', address)).toBeNull();
    expect(codeOf(await signIn(owner.email, 'secret-editor', address).catch((e) => e))).toBe('rate_limited');
  });

  it('runs password checks for unknown emails through the same capped queue, answering busy when it is full', async () => {
    // Fill every running and waiting place with work that finishes when told to.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const holders = Array.from({ length: HASHING_CONCURRENCY + HASHING_QUEUE }, () => passwordHashingGate.run(() => held));
    expect(passwordHashingGate.load).toEqual({ running: HASHING_CONCURRENCY, waiting: HASHING_QUEUE });

    const unknown = await signIn('ghost@test.example', 'x', '192.0.2.1').catch((e) => e);
    const known = await signIn(owner.email, 'secret-editor', '192.0.2.2').catch((e) => e);
    expect([codeOf(unknown), codeOf(known)]).toEqual(['busy', 'busy']);
    expect((unknown as AppError).message).toMatch(/Too many people are signing in at once/);

    release();
    await Promise.all(holders);
    expect(await signIn('ghost@test.example', 'x', '192.0.2.1')).toBeNull();
    expect(await signIn(owner.email, 'secret-editor', '192.0.2.2')).not.toBeNull();
  });
});
