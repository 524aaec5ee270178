import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { ConcurrencyGate } from './concurrency-gate';

/** A task that finishes when told to, and records when it started. */
function deferred(started: number[], id: number) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { task: async () => (started.push(id), await done, id), finish };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('ConcurrencyGate', () => {
  it('runs at most maxRunning at once, queues maxWaiting, refuses the rest with busy (503)', async () => {
    const gate = new ConcurrencyGate(2, 2, 'Busy signing people in');
    const started: number[] = [];
    const tasks = [1, 2, 3, 4].map((id) => deferred(started, id));
    const results = tasks.map((t) => gate.run(t.task));
    await tick();
    expect(started).toEqual([1, 2]);
    expect(gate.load).toEqual({ running: 2, waiting: 2 });

    const refused = await gate.run(async () => 5).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('busy');
    expect((refused as AppError).message).toBe('Busy signing people in');

    // A finished task hands its slot to the first in line.
    tasks[1].finish();
    await tick();
    expect(started).toEqual([1, 2, 3]);
    for (const t of tasks) t.finish();
    expect(await Promise.all(results)).toEqual([1, 2, 3, 4]);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when a task fails', async () => {
    const gate = new ConcurrencyGate(1, 0);
    await expect(gate.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(async () => 'next')).toBe('next');
  });
});
