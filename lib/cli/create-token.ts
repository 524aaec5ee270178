// npm run --silent create-token -- EMAIL [LABEL] — prints a new API token for that user (shown once).
import { z } from 'zod';
import { AppError } from '../errors';
import { COMMAND_LINE, findUserIdByEmail, issueApiToken } from '../users/manage-users.server';

const args = z.tuple([z.email('Give the email of an existing user'), z.string().optional()]).safeParse(process.argv.slice(2));
if (!args.success) {
  console.error(`Usage: npm run --silent create-token -- EMAIL [LABEL]\n${z.prettifyError(args.error)}`);
  process.exit(2);
}
try {
  console.log(issueApiToken(COMMAND_LINE, findUserIdByEmail(args.data[0]), args.data[1] ?? 'command line'));
} catch (error) {
  console.error(error instanceof AppError ? error.message : error);
  process.exit(1);
}
