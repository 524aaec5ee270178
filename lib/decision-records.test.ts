// Every decision record follows one template (docs/decisions/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = 'docs/decisions';
const records = readdirSync(dir).filter((f) => f !== 'README.md');

describe('decision records', () => {
  it('are numbered 0001, 0002, … without gaps or repeats', () => {
    expect(records.length).toBeGreaterThan(0);
    for (const file of records) expect(file).toMatch(/^\d{4}-[a-z0-9]+(-[a-z0-9]+)*\.md$/);
    expect(records.map((f) => Number(f.slice(0, 4))).sort((a, b) => a - b)).toEqual(records.map((_, i) => i + 1));
  });

  it.each(records)('%s has a title, a date, a status, context, decision and consequences', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text).toMatch(new RegExp(`^# ${file.slice(0, 4)}\\. \\S`));
    expect(text).toMatch(/\n- Date: \d{4}-\d{2}-\d{2}\n/);
    expect(text).toMatch(/\n- Status: (proposed|accepted|superseded by \d{4})/);
    const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['Context', 'Decision', 'Consequences']);
  });
});
