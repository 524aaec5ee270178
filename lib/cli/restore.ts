// npm run restore -- FILE — replaces DATABASE_URL with the backup FILE. Stop the server first.
import { z } from 'zod';
import { BackupError, restoreDatabase } from '../../db/backup';
import { env } from '../env';

const args = z.tuple([z.string().min(1)]).safeParse(process.argv.slice(2));
if (!args.success) {
  console.error('Usage: npm run restore -- FILE   (stop the server first)');
  process.exit(2);
}
try {
  const result = restoreDatabase(args.data[0], env().DATABASE_URL);
  console.log(`Restored ${result.file} from ${args.data[0]}: ${result.articles} articles, ${result.claims} claims, integrity ok`);
  if (result.previous) console.log(`The database it replaced is kept as ${result.previous}`);
} catch (error) {
  console.error(error instanceof BackupError ? `Restore failed: ${error.message}` : error);
  process.exit(1);
}
