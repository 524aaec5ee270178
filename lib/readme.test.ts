// The README's settings and figures must say what the code does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIMILAR_CAP } from '@/lib/claims/find-similar-reviewed-claims.server';
import { SEARCH_CAP, SELECTIVE_FILTER } from '@/lib/claims/search-claims.server';
import { EnvSchema } from '@/lib/env';

const readme = readFileSync('README.md', 'utf8');

/** The text of one `## ` section. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README has no "## ${title}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** Rows of the settings table: variable name -> its "default" cell. */
function settingsRows(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const m of section('Settings').matchAll(/^\| `([A-Z0-9_]+)` \| ([^|]*) \|/gm)) rows.set(m[1], m[2]);
  return rows;
}

const defaults = EnvSchema.parse({}) as Record<string, unknown>;

describe('README settings table', () => {
  it.each(Object.keys(EnvSchema.shape))('has a row for %s, with its default', (name) => {
    const rows = settingsRows();
    expect([...rows.keys()]).toContain(name);
    // An empty default (TRUSTED_PROXIES, an empty FETCH_ALLOW_HOSTS list) reads as "none" in the table.
    const value = defaults[name];
    const shown = Array.isArray(value) ? value.join(', ') : value;
    if (shown !== undefined && shown !== '') expect(rows.get(name)).toContain(`\`${String(shown)}\``);
  });

  it('has no row for a variable the app does not read', () => {
    expect([...settingsRows().keys()].filter((name) => !(name in EnvSchema.shape))).toEqual([]);
  });
});

describe('README search figures', () => {
  const en = (n: number) => n.toLocaleString('en');

  it('give the caps the code uses', () => {
    const search = section('Search');
    expect(search).toContain(`The newest ${en(SEARCH_CAP)} matches that pass the filters are ranked`);
    expect(search).toContain(`fewer than ${en(SELECTIVE_FILTER)} claims, counted through its index`);
    expect(search).toContain(`among the newest ${en(SIMILAR_CAP)} reviewed`);
  });
});
