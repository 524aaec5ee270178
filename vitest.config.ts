import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // `server-only` throws outside React Server Components; unit tests run the DAL directly.
      'server-only': fileURLToPath(new URL('./lib/testing/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'app/**/*.test.ts'],
    // Those start the production server; they run under `npm run test:reliability`.
    exclude: ['lib/reliability/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['./lib/testing/setup-db.ts'],
    testTimeout: 30_000,
    // beforeAll hooks create users with scrypt (N=2^17); on a loaded shared machine that outlasts the 10 s default.
    hookTimeout: 30_000,
  },
});
