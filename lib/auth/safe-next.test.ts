import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps paths on this site, with their query and fragment', () => {
    expect(safeNext('/desk/articles/5')).toBe('/desk/articles/5');
    expect(safeNext('/desk/search?q=tax%20rise&page=2#r3')).toBe('/desk/search?q=tax%20rise&page=2#r3');
    expect(safeNext('/desk/../desk/admin')).toBe('/desk/admin');
  });

  it('sends anything that could leave the site to the desk', () => {
    for (const next of [
      undefined,
      '',
      'desk',
      'https://evil.example/stolen',
      '//evil.example/stolen',
      '/\\evil.example/stolen',
      '\\/evil.example',
      '/\t/evil.example/stolen',
      '/\n/evil.example',
      '/\r\n/evil.example',
      '/ /evil.example',
      '/\u0000/evil.example',
      '/\u00a0/evil.example',
      '/.//evil.example',
      'javascript:alert(1)',
      '/' + 'a'.repeat(2001),
    ]) {
      expect(safeNext(next), JSON.stringify(next)).toBe('/desk');
    }
  });
});
