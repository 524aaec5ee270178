// npm run backup -- FILE — writes a consistent copy of DATABASE_URL to FILE; safe while the server runs.
import { z } from 'zod';
import { BackupError, backupDatabase } from '../../db/backup';
import { env } from '../env';

const args = z.tuple([z.string().min(1)]).safeParse(process.argv.slice(2));
if (!args.success) {
  console.error('Usage: npm run backup -- FILE');
  process.exit(2);
}
try {
  const started = Date.now();
  const result = backupDatabase(env().DATABASE_URL, args.data[0]);
  console.log(`Backed up ${env().DATABASE_URL} to ${result.file}: ${result.articles} articles, ${result.claims} claims, ${result.bytes} bytes, integrity ok, ${Date.now() - started} ms`);
} catch (error) {
  console.error(error instanceof BackupError ? `Backup failed: ${error.message}` : error);
  process.exit(1);
}
