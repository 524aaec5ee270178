// `npm run --silent extract -- FILE [FILE ...]`: one JSON line per file, as CONTRACT.md says.
// Files are decoded as strict UTF-8 with no normalisation, so offsets index the exact contents.
import { readFileSync } from 'node:fs';
import { extract } from './index';
import { toContractLine } from './contract';

function main(argv: string[]): number {
  if (argv.length === 0) {
    process.stderr.write('usage: extract FILE [FILE ...]\n');
    return 2;
  }
  let failed = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  for (const file of argv) {
    let text: string;
    try {
      const bytes = readFileSync(file);
      if (bytes.includes(0)) throw new Error('binary file (contains NUL bytes)');
      try {
        text = decoder.decode(bytes);
      } catch {
        throw new Error('not valid UTF-8 text');
      }
    } catch (e) {
      failed++;
      const err = e as NodeJS.ErrnoException;
      const message = err.code ? `cannot read file (${err.message})` : err.message;
      process.stdout.write(`${JSON.stringify({ file, error: message })}\n`);
      continue;
    }
    try {
      process.stdout.write(`${JSON.stringify(toContractLine(file, extract(text)))}\n`);
    } catch (e) {
      failed++;
      process.stdout.write(`${JSON.stringify({ file, error: `extraction failed: ${(e as Error).message}` })}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
