// npx tsx --conditions=react-server lib/bench/workspace-page.ts [-- --port 3320]
//
// The workspace page of a very large article: imports a 200,000-character article of short
// factual sentences (about 14,000 claims) into a temporary database, serves the production build
// (build it first) and prints the size and time of its review page, first claim and last claim
// selected. Figures only; the machine is shared, so nothing is enforced.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { killServer, prepareDatabase, startServer, tempDir } from '../reliability/harness';

const { values } = parseArgs({ options: { port: { type: 'string', default: '3320' }, chars: { type: 'string', default: '200000' } } });
const port = Number(values.port);
const targetChars = Number(values.chars);

function largeArticle(chars: number): string {
  const subjects = ['Rates', 'Sales', 'Fares', 'Costs', 'Wages', 'Rents'];
  const sentences: string[] = [];
  let length = 0;
  for (let n = 0; length < chars; n++) {
    const sentence = `${subjects[n % subjects.length]} rose ${(n % 97) + 2}%.`;
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  // Paragraphs of ten sentences.
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 10) paragraphs.push(sentences.slice(i, i + 10).join(' '));
  return paragraphs.join('\n\n').slice(0, chars);
}

async function main() {
  const dir = tempDir('workspace-page');
  const database = join(dir, 'bench.db');
  const { checker } = prepareDatabase(database);
  const server = await startServer(database, port, join(dir, 'server.log'));
  try {
    const text = largeArticle(targetChars);
    const created = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${checker}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'A very large article', text }),
    });
    if (created.status !== 201) throw new Error(`Import answered ${created.status}: ${(await created.text()).slice(0, 300)}`);
    const { id, claims } = (await created.json()) as { id: number; claims: { id: number }[] };
    const session = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.url },
      body: JSON.stringify({ email: 'checker@example.org', password: 'claimdesk-checker' }),
    });
    const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0];
    if (!cookie) throw new Error(`Sign-in answered ${session.status}`);
    console.log(`Article ${id}: ${text.length.toLocaleString('en')} characters, ${claims.length.toLocaleString('en')} claims`);
    for (const [label, query] of [
      ['first claim selected', ''],
      ['last claim selected', `?claim=${claims.at(-1)!.id}`],
    ] as const) {
      for (let run = 0; run < 2; run++) {
        const started = performance.now();
        const response = await fetch(`${server.url}/desk/articles/${id}${query}`, { headers: { cookie } });
        const body = await response.arrayBuffer();
        const ms = performance.now() - started;
        if (run === 1) console.log(`workspace page, ${label}: ${response.status}, ${(body.byteLength / 1e6).toFixed(2)} MB, ${Math.round(ms)} ms`);
      }
    }
  } finally {
    await killServer(server, 'SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
