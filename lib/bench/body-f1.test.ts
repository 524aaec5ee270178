import { describe, expect, it } from 'vitest';
import { bodyScore, shingles } from './body-f1';

describe('bodyScore', () => {
  it('scores 4-word shingles, case and punctuation aside', () => {
    expect([...shingles('The mayor, said: taxes rose.')]).toEqual(['the mayor said taxes', 'mayor said taxes rose']);
    expect(bodyScore('The mayor said taxes rose', 'the mayor said taxes rose')).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('counts extra text against precision and missing text against recall', () => {
    const truth = 'one two three four five six';
    const score = bodyScore('one two three four five six seven eight', truth);
    expect(score.recall).toBe(1);
    expect(score.precision).toBe(3 / 5);
    expect(bodyScore('', truth)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
