// The largest article the desk accepts, written to make as many claims as it can hold: 200,000
// characters, about 14,000 claims (issue 14, finding 5). Times every per-article path of the data
// layer on it: import, the workspace's article view, each export, a re-import. Figures only.
// Runs in a child process with its own temporary database: `npm run bench` shares one process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_CHARS = 200_000;

/** Short sentences, one claim each; every third names a speaker. Deterministic. */
export function largeArticleText(chars = MAX_CHARS): string {
  const speakers = ['Ann Lee', 'the council', 'Bo Ma'];
  const parts = ['Budget Figures\n\n'];
  let length = parts[0].length;
  for (let i = 0; length < chars; i++) {
    const sentence = i % 6 === 0 ? `${speakers[i % 12 === 0 ? 0 : 2]} said ${(i % 9) + 1}% rose. ` : `Tax rose ${(i % 9) + 1}%. `;
    const piece = i % 20 === 19 ? `${sentence}\n\n` : sentence;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, chars).trimEnd();
}

const self = fileURLToPath(import.meta.url);

export async function benchLargeArticle(): Promise<void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const database = join(mkdtempSync(join(tmpdir(), 'claimdesk-bench-large-')), 'bench.db');
  const run = spawnSync(process.execPath, [tsx, '--conditions=react-server', self, '--measure'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: database },
    stdio: 'inherit',
  });
  if (run.status !== 0) console.log(`large-article bench failed (exit ${run.status})`);
}

async function measure(): Promise<void> {
  const { getDb } = await import('../../db/client');
  const { migrateDatabase } = await import('../../db/migrate');
  const { users } = await import('../../db/schema');
  const { importArticle } = await import('../articles/import-article.server');
  const { reimportArticle } = await import('../articles/reimport-article.server');
  const { ArticleInputSchema } = await import('../articles/schemas');
  const { RevisionSubmissionSchema } = await import('../articles/submission');
  const { getArticle } = await import('../articles/get-article.server');
  const { getArticleExport, EXPORT_FORMATS } = await import('../export/get-article-export.server');

  const db = getDb();
  migrateDatabase(db);
  const user = db.insert(users).values({ email: 'large@bench.example', name: 'Bench', role: 'editor', passwordHash: 'x' }).returning().get();
  const actor = { id: user.id, email: user.email, name: user.name, role: user.role };
  const text = largeArticleText();

  const timed = <T>(label: string, work: () => T): T => {
    const t0 = performance.now();
    const result = work();
    console.log(`${label.padEnd(44)}${(performance.now() - t0).toFixed(0).padStart(8)} ms`);
    return result;
  };
  const { id, claimCount } = timed('import (extract and store)', () => importArticle(actor, ArticleInputSchema.parse({ title: 'Large', text })));
  console.log(`article: ${text.length.toLocaleString('en')} characters, ${claimCount.toLocaleString('en')} claims`);
  timed('article view (workspace data)', () => getArticle(actor, id));
  for (const format of EXPORT_FORMATS) {
    const file = timed(`export ${format}`, () => getArticleExport(actor, id, format));
    console.log(`${''.padEnd(44)}${(file.body.length / 1e6).toFixed(1).padStart(8)} MB`);
  }
  const edited = text.replace('Budget Figures', 'Budget Numbers');
  const revision = await RevisionSubmissionSchema.parseAsync({ text: edited, format: 'text' });
  timed('re-import of an edited text', () => reimportArticle(actor, id, revision));
}

// The child process benchLargeArticle starts (or by hand: DATABASE_URL=/tmp/x.db tsx --conditions=react-server lib/bench/large-article.ts --measure).
if (process.argv.includes('--measure')) await measure();
