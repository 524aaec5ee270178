import { describe, expect, it } from 'vitest';
import { scriptsOf } from './reader-js';

describe('scriptsOf', () => {
  it('counts each script once, preloads included, and leaves out nomodule polyfills', () => {
    const html = [
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
      '<link rel="stylesheet" href="/_next/static/chunks/s.css"/>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="/_next/static/chunks/b.js?v=1&amp;x=2" async=""></script>',
      '<script type="application/ld+json">{"a":1}</script>',
    ].join('');
    expect(scriptsOf(html)).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js?v=1&x=2']);
  });
});
