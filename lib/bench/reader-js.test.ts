import { describe, expect, it } from 'vitest';
import { inlineScriptsOf, scriptsOf } from './reader-js';

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

describe('inlineScriptsOf', () => {
  it('counts inline code, module or classic, and leaves out JSON-LD, other data blocks and external scripts', () => {
    const html = [
      '<script type="application/ld+json">{"@type":"ClaimReview"}</script>',
      '<script nonce="abc">(function(){a()})();</script>',
      '<script type="module">b()</script>',
      '<script type="application/json" id="data">{"c":1}</script>',
      '<script src="/x.js"></script>',
      '<script nonce="abc">\n</script>',
    ].join('\n');
    expect(inlineScriptsOf(html)).toEqual(['(function(){a()})();', 'b()']);
  });
});
