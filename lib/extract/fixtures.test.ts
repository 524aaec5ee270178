// The invented fixture articles, each with a hand annotation in fixtures/*.json (same format as
// the evaluation gold): every claim span, source name, type, cue and via must come out exactly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from './index';

const dir = join(__dirname, 'fixtures');
const ids = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));

interface GoldSource { mention: string | null; name: string; type: string; cue: string | null; via: string | null }
interface GoldClaim { text: string; checkworthy: boolean; sources: GoldSource[] }

describe('fixture articles', () => {
  it('has at least five annotated fixtures', () => expect(ids.length).toBeGreaterThanOrEqual(5));

  for (const id of ids) {
    it(`${id}: claims and sources match the hand annotation`, () => {
      const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
      const gold: GoldClaim[] = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')).claims;
      const x = extract(text);
      expect(x.claims.map((c) => c.text)).toEqual(gold.map((g) => g.text));
      x.claims.forEach((c, i) => {
        const got = c.attributions.map((a) => ({
          mention: a.mention?.text ?? null,
          name: x.sources[a.source].name,
          type: x.sources[a.source].type,
          cue: a.cue,
          via: a.via?.name ?? null,
        }));
        expect(got, gold[i].text).toEqual(gold[i].sources);
      });
    });

    it(`${id}: check-worthiness agrees with the annotation on most claims`, () => {
      const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
      const gold: GoldClaim[] = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')).claims;
      const x = extract(text);
      const agree = x.claims.filter((c, i) => (c.checkworthiness >= 0.5) === gold[i].checkworthy).length;
      expect(agree / gold.length).toBeGreaterThanOrEqual(0.6);
    });
  }

  it('non-claim blocks are classified: headings, bylines, captions, boilerplate', () => {
    const text = readFileSync(join(dir, 'harbor-bill.txt'), 'utf8');
    const kinds = Object.fromEntries(extract(text).blocks.map((b) => [b.text.slice(0, 20), b.kind]));
    expect(kinds['Harbor Bill Clears S']).toBe('heading');
    expect(kinds['By Elena Marsh']).toBe('byline');
    expect(kinds['Photo: Cranes at the']).not.toBe('body');
    expect(kinds['Related: Port traffi']).toBe('boilerplate');
    expect(kinds['Reporting by Tom Rey']).toBe('boilerplate');
  });

  it('sentences that start like page furniture are still claims', () => {
    const x = extract('Credit card debt rose 5 percent in May.\n\nUpdated figures show 300 homes were lost.\n\nVideo footage showed the bridge collapsing.\n\nUpdated 3:45 PM ET, Mon February 1, 2016\n');
    expect(x.claims.map((c) => c.text.split(' ')[0])).toEqual(['Credit', 'Updated', 'Video']);
  });

  it('marks a repeated claim as a duplicate of the first', () => {
    const text = 'The museum reopened on Monday after a two-year renovation.\n\nCrowds gathered early.\n\nThe museum reopened on Monday after a two-year renovation, officials said.';
    const x = extract(text);
    expect(x.claims[0].duplicateOf).toBeNull();
    expect(x.claims[2].duplicateOf).toBe(0);
  });
});
