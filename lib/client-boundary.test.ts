// Server-only code must never reach a browser. Walks the static imports of every client module
// ('use client') and of everything it imports in turn, and fails if the walk reaches the database
// layer (db/), a module marked `import 'server-only'`, or a database package. Type-only imports
// are erased by the compiler and do not count; imports of 'use server' modules become references
// to server actions, so the walk stops there. (e2e/client-bundle.spec.ts checks the built chunks.)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_PACKAGES = ['server-only', 'drizzle-orm', 'better-sqlite3', 'next/headers', 'linkedom', '@mozilla/readability'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const directive = (source: string, word: string) => new RegExp(`^(\\s*//[^\\n]*\\n|\\s*/\\*[\\s\\S]*?\\*/)*\\s*['"]use ${word}['"]`).test(source);

/** Module specifiers of the imports and re-exports that survive compilation. */
export function valueImports(source: string): string[] {
  const specifiers: string[] = [];
  const statement = /(?:^|\n)\s*(import|export)\s+([^'";]*?)\s*from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
  for (const m of source.matchAll(statement)) {
    if (m[4]) {
      specifiers.push(m[4]);
      continue;
    }
    const clause = m[2];
    if (/^type\s/.test(clause)) continue;
    const named = /^\{([\s\S]*)\}$/.exec(clause.trim());
    if (named && named[1].split(',').every((part) => part.trim() === '' || /^type\s/.test(part.trim()))) continue;
    specifiers.push(m[3]);
  }
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(m[1]);
  return specifiers;
}

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? join(root, specifier.slice(2)) : specifier.startsWith('.') ? join(dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${relative(root, from)}: cannot resolve ${specifier}`);
}

/** Every way a client module reaches server-only code, as import chains. */
function serverReach(entry: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const here = [...chain, relative(root, file)];
    if (chain.length > 0 && directive(source, 'server')) return;
    if (relative(root, file).startsWith('db/')) return void problems.push(here.join(' -> '));
    if (/^\s*import\s+['"]server-only['"]/m.test(source)) return void problems.push(here.join(' -> '));
    for (const specifier of valueImports(source)) {
      if (SERVER_PACKAGES.some((p) => specifier === p || specifier.startsWith(`${p}/`))) {
        problems.push([...here, specifier].join(' -> '));
        continue;
      }
      const target = resolve(file, specifier);
      if (target) walk(target, here);
    }
  };
  walk(entry, []);
  return problems;
}

const clientModules = ['app', 'lib'].flatMap((dir) => sourceFiles(join(root, dir))).filter((file) => directive(readFileSync(file, 'utf8'), 'client'));

describe('client modules', () => {
  it('are found (the walk below has something to check)', () => {
    expect(clientModules.map((f) => relative(root, f))).toEqual(expect.arrayContaining(['app/desk/articles/[id]/workspace.tsx', 'app/desk/admin/admin-forms.tsx']));
  });

  it.each(clientModules.map((f) => [relative(root, f), f]))('%s reaches no server-only code', (_name, file) => {
    expect(serverReach(file)).toEqual([]);
  });
});

describe('valueImports', () => {
  it('counts what stays after compilation and skips type-only imports', () => {
    const source = [
      "import { users } from '@/db/schema';",
      "import type { Role } from '@/db/schema';",
      "import { type Claim, type Article } from '@/db/schema';",
      "import { CLAIM_STATUSES, type ClaimStatus } from '@/lib/vocabulary';",
      "import 'server-only';",
      "export { x } from './x';",
      "export type { Y } from './y';",
    ].join('\n');
    expect(valueImports(source)).toEqual(['@/db/schema', '@/lib/vocabulary', 'server-only', './x']);
  });
});
