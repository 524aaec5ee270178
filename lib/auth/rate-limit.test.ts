import { describe, expect, it } from 'vitest';
import { FailureLimiter } from './rate-limit';

describe('FailureLimiter', () => {
  it('blocks a key after max failures in the window, and only that key', () => {
    const limiter = new FailureLimiter(5, 60_000);
    for (let i = 0; i < 5; i++) {
      expect(limiter.isBlocked('a', 1000 + i)).toBe(false);
      limiter.recordFailure('a', 1000 + i);
    }
    expect(limiter.isBlocked('a', 1010)).toBe(true);
    expect(limiter.isBlocked('b', 1010)).toBe(false);
  });

  it('lets the key in again once the failures age out, or when cleared', () => {
    const limiter = new FailureLimiter(2, 1000);
    limiter.recordFailure('a', 0);
    limiter.recordFailure('a', 500);
    expect(limiter.isBlocked('a', 999)).toBe(true);
    expect(limiter.isBlocked('a', 1000)).toBe(false);
    limiter.recordFailure('a', 1200);
    limiter.clear('a');
    expect(limiter.isBlocked('a', 1300)).toBe(false);
  });

  it('keeps at most maxKeys keys', () => {
    const limiter = new FailureLimiter(1, 1000, 3);
    for (const k of ['a', 'b', 'c', 'd']) limiter.recordFailure(k, 0);
    expect(limiter.isBlocked('a', 1)).toBe(false);
    expect(limiter.isBlocked('d', 1)).toBe(true);
  });
});
