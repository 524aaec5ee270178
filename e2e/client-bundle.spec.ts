import { readFileSync } from 'node:fs';
import { measurePage, schemaLeaks } from '../lib/bench/desk-client-js';
import { expect, test } from './fixtures';

// The suite's server runs the production build, so .next holds what browsers get. The database
// schema (drizzle and every table and column name) must be in none of the client chunks.
test('no client chunk holds the database schema', async () => {
  expect(measurePage('.next', '/desk/articles/[id]/page').chunks.length).toBeGreaterThan(0);
  expect(schemaLeaks('.next', readFileSync('db/schema.ts', 'utf8'))).toEqual([]);
});
