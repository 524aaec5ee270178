// `npm run --silent extract:rules -- FILE [FILE ...]`: how many claim→source links each rule made
// over the given articles, by source type, with how many carried a via. Tuning reads it to see
// which rule a change moved; a rule that links much more than it used to is the first suspect
// when attribution precision drops.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { extract } from './index';
import { RULE_IDS, SOURCE_TYPES, type RuleId, type SourceType } from './types';

interface RuleCount {
  links: number;
  via: number;
  byType: Record<SourceType, number>;
}

export function countRules(texts: readonly string[]): { rules: Map<RuleId, RuleCount>; claims: number; unattributed: number } {
  const rules = new Map<RuleId, RuleCount>(RULE_IDS.map((id) => [id, { links: 0, via: 0, byType: Object.fromEntries(SOURCE_TYPES.map((t) => [t, 0])) as Record<SourceType, number> }]));
  let claims = 0;
  let unattributed = 0;
  for (const text of texts) {
    const x = extract(text);
    for (const c of x.claims) {
      claims++;
      if (c.attributions.length === 0) unattributed++;
      for (const a of c.attributions) {
        const r = rules.get(a.rule)!;
        r.links++;
        if (a.via) r.via++;
        r.byType[x.sources[a.source].type]++;
      }
    }
  }
  return { rules, claims, unattributed };
}

function main(files: string[]): number {
  if (files.length === 0) {
    process.stderr.write('usage: extract:rules FILE [FILE ...]\n');
    return 2;
  }
  const texts: string[] = [];
  for (const f of files) {
    try {
      texts.push(readFileSync(f, 'utf8'));
    } catch (e) {
      process.stderr.write(`extract:rules: cannot read ${f}: ${(e as Error).message}\n`);
      return 1;
    }
  }
  const { rules, claims, unattributed } = countRules(texts);
  const total = [...rules.values()].reduce((n, r) => n + r.links, 0);
  const cols = ['links', 'share', 'via', ...SOURCE_TYPES];
  const line = (name: string, cells: Array<string | number>) => `${name.padEnd(26)}${cells.map((c) => String(c).padStart(13)).join('')}`;
  console.log(line('rule', cols));
  for (const [id, r] of rules) {
    console.log(line(id, [r.links, total ? `${((100 * r.links) / total).toFixed(1)}%` : '-', r.via, ...SOURCE_TYPES.map((t) => r.byType[t])]));
  }
  console.log(`${files.length} files, ${claims} claims, ${claims - unattributed} attributed, ${unattributed} unattributed, ${total} links`);
  return 0;
}

// Run only as a command, so tests can import countRules.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
