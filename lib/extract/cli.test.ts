// Runs the real CLI as a child process, the way the scorer and the web app's import call it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

function run(files: string[]) {
  return spawnSync('npx', ['tsx', 'lib/extract/cli.ts', ...files], { cwd: root, encoding: 'utf8' });
}

describe('extract CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-cli-'));
  const good = join(dir, 'article.txt');
  const text = 'Harbor News\r\n\r\nThe port said 12 ships were delayed.\r\n"We expect delays," said Mira Olsen, a pilot. One source told The Coastal Times that fees would rise.\r\n';
  writeFileSync(good, text);

  it('prints one contract line per file with exact offsets', () => {
    const out = execFileSync('npx', ['tsx', 'lib/extract/cli.ts', good], { cwd: root, encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const row = JSON.parse(lines[0]);
    expect(row.file).toBe(good);
    expect(row.claims.length).toBe(3);
    for (const c of row.claims) {
      expect(c.text).toBe(text.slice(c.start, c.end));
      expect(typeof c.checkworthiness).toBe('number');
      for (const s of c.sources) {
        expect(Object.keys(s)).toEqual(expect.arrayContaining(['mention', 'name', 'type', 'cue', 'via']));
        if (s.mention) expect(s.mention.text).toBe(text.slice(s.mention.start, s.mention.end));
      }
    }
    expect(row.claims[2].sources[0]).toMatchObject({ name: 'One source', type: 'anonymous', cue: 'told', via: { name: 'The Coastal Times', type: 'media' } });
    expect(row.claims[1].sources[0]).toMatchObject({ name: 'Mira Olsen', type: 'person', mention: { text: 'Mira Olsen' } });
  });

  it('reports a missing file and a binary file, continues, and exits non-zero', () => {
    const bin = join(dir, 'image.bin');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e]));
    const missing = join(dir, 'nope.txt');
    const r = run([missing, good, bin, latin1]);
    expect(r.status).not.toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual({ file: missing, error: expect.stringContaining('ENOENT') });
    expect(rows[1].claims.length).toBe(3);
    expect(rows[2]).toEqual({ file: bin, error: expect.stringMatching(/binary/) });
    expect(rows[3]).toEqual({ file: latin1, error: expect.stringMatching(/UTF-8/) });
  });
});
