// Server-only code is visible from its path (docs/decisions/0012-server-modules-named-server-ts.md):
// a module is named *.server.ts exactly when it starts with import 'server-only'.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const modules = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'lib', 'app', 'db'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));
const marked = (file: string) => /^import 'server-only';$/m.test(readFileSync(file, 'utf8'));

describe('server-only modules', () => {
  it('are found', () => {
    expect(modules.filter((file) => file.endsWith('.server.ts')).length).toBeGreaterThan(30);
  });

  it('import server-only exactly when they are named *.server.ts', () => {
    const misnamed = modules.filter((file) => marked(file) !== file.endsWith('.server.ts'));
    expect(misnamed).toEqual([]);
  });
});
