// npm run test:reliability — the slow tests that run the production server: crash recovery and
// backup under load. One file at a time: they start servers and share two cores with builds.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['lib/reliability/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./lib/reliability/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 60_000,
  },
});
