import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleEmbed, GENERATED_FILE, generatedModule } from './build-embed';

/** The budget for the publisher embed, compressed. */
const EMBED_BUDGET_GZIP = 10 * 1024;

describe('the embed bundle', () => {
  it('is what the sources make (run `npm run embed:build` after changing lib/embed)', async () => {
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(generatedModule(await bundleEmbed()));
  });

  it('stays within 10 KB gzip', async () => {
    const gzip = gzipSync(await bundleEmbed()).length;
    console.log(`embed.js: ${gzip} bytes gzip`);
    expect(gzip).toBeLessThanOrEqual(EMBED_BUDGET_GZIP);
  });
});
