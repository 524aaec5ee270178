// Vitest setup: each test file gets its own fresh, migrated database in a temporary folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.DATABASE_URL = join(mkdtempSync(join(tmpdir(), 'claimdesk-test-')), 'test.db');
