// Third-party notices: the licence of every package claimdesk runs with (production dependencies
// and theirs, as installed), with the licence and NOTICE texts those licences ask to be kept with
// copies. A build or container image of claimdesk contains these packages, so it carries this file.
//
//   npm run notices      (rewrites THIRD-PARTY-NOTICES.md; run it after changing dependencies)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface InstalledPackage {
  name: string;
  version: string;
  license: string;
  texts: { file: string; text: string }[];
}

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** Every installed production package (npm's own view of the tree), each once per version. */
export function productionPackages(): InstalledPackage[] {
  const dirs = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: root, encoding: 'utf8' }).trim().split('\n').slice(1);
  const byKey = new Map<string, InstalledPackage>();
  for (const dir of dirs) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string | { type: string }; licenses?: { type: string }[] };
    const key = `${pkg.name}@${pkg.version}`;
    if (byKey.has(key)) continue;
    const license = typeof pkg.license === 'string' ? pkg.license : pkg.license?.type ?? pkg.licenses?.map((l) => l.type).join(' OR ') ?? 'UNKNOWN';
    const texts = readdirSync(dir)
      .filter((file) => /^(licen[cs]e|copying|notice)(\.|-|$)/i.test(file))
      .sort()
      .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8').trim() }));
    byKey.set(key, { name: pkg.name, version: pkg.version, license, texts });
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

export function renderNotices(packages: InstalledPackage[]): string {
  const lines = [
    '# Third-party notices',
    '',
    'claimdesk is MIT-licensed (see LICENSE). It runs with the packages below, each under its own licence;',
    'their licence and NOTICE texts follow, as those licences ask. Written by `npm run notices`.',
    '',
    '| package | version | licence |',
    '|---|---|---|',
    ...packages.map((p) => `| ${p.name} | ${p.version} | ${p.license} |`),
    '',
  ];
  for (const p of packages) {
    lines.push(`## ${p.name}@${p.version} (${p.license})`, '');
    if (p.texts.length === 0) lines.push('The package ships no licence file; its package.json names the licence above.', '');
    for (const t of p.texts) lines.push(`${t.file}:`, '', '```text', t.text.replaceAll('```', "'''"), '```', '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = join(root, 'THIRD-PARTY-NOTICES.md');
  const packages = productionPackages();
  writeFileSync(file, renderNotices(packages));
  console.log(`Wrote ${file}: ${packages.length} packages`);
}
