import { describe, expect, it } from 'vitest';
import { percentile } from './percentile';

const oneToForty = Array.from({ length: 40 }, (_, i) => i + 1);

describe('percentile (nearest rank)', () => {
  it('is the smallest sample with at least p% of the samples at or below it', () => {
    expect(percentile(oneToForty, 95)).toBe(38);
    expect(percentile(oneToForty, 50)).toBe(20);
    expect(percentile(oneToForty, 100)).toBe(40);
    expect(percentile(oneToForty, 0)).toBe(1);
    expect(percentile(Array.from({ length: 20 }, (_, i) => i + 1), 95)).toBe(19);
  });

  it('handles one sample and none', () => {
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
  });
});
