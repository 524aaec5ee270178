import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { license?: string; dependencies: Record<string, string> };
const notices = readFileSync('THIRD-PARTY-NOTICES.md', 'utf8');

describe('licences', () => {
  it('claimdesk says it is MIT-licensed, and LICENSE holds the MIT text', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n[\s\S]*Permission is hereby granted, free of charge/);
  });

  it.each(Object.keys(pkg.dependencies))('THIRD-PARTY-NOTICES.md lists %s at its installed version (else: npm run notices)', (name) => {
    const { version } = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string };
    expect(notices).toContain(`| ${name} | ${version} |`);
  });
});
