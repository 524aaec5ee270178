// npm run user -- <command>: manage desk accounts from the server's shell.
//   list | create EMAIL NAME ROLE (password from CLAIMDESK_PASSWORD, else a generated one is printed)
//   role EMAIL ROLE | deactivate EMAIL | activate EMAIL | tokens | revoke-token TOKEN_ID
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { IdSchema } from '../articles/schemas';
import { AppError } from '../errors';
import { COMMAND_LINE, createUser, findUserIdByEmail, listApiTokens, listUsers, revokeApiToken, setUserActive, setUserRole } from '../users/manage-users.server';
import { NewUserSchema, RoleSchema } from '../users/schemas';

const USAGE = 'Usage: npm run user -- list | create EMAIL NAME ROLE | role EMAIL ROLE | deactivate EMAIL | activate EMAIL | tokens | revoke-token ID';

async function main(command: string | undefined, args: string[]): Promise<void> {
  switch (command) {
    case 'list':
      for (let page = 1, more = true; more; page++) {
        const listed = listUsers(COMMAND_LINE, page);
        for (const u of listed.users) console.log([u.id, u.email, u.name, u.role, u.active ? 'active' : 'deactivated'].join('\t'));
        more = listed.hasMore;
      }
      return;
    case 'create': {
      const password = process.env.CLAIMDESK_PASSWORD ?? randomBytes(12).toString('base64url');
      const user = await createUser(COMMAND_LINE, NewUserSchema.parse({ email: args[0], name: args[1], role: args[2], password }));
      console.log(`Created ${user.email} (${user.role})${process.env.CLAIMDESK_PASSWORD ? '' : `; password: ${password}`}`);
      return;
    }
    case 'role':
      setUserRole(COMMAND_LINE, findUserIdByEmail(z.email().parse(args[0])), RoleSchema.parse(args[1]));
      console.log(`${args[0]} is now ${args[1]}`);
      return;
    case 'deactivate':
    case 'activate':
      setUserActive(COMMAND_LINE, findUserIdByEmail(z.email().parse(args[0])), command === 'activate');
      console.log(`${args[0]} ${command}d`);
      return;
    case 'tokens':
      for (let page = 1, more = true; more; page++) {
        const listed = listApiTokens(COMMAND_LINE, page);
        for (const t of listed.tokens) console.log([t.id, t.userEmail, t.label, t.createdAt, t.revokedAt ? 'revoked' : 'active'].join('\t'));
        more = listed.hasMore;
      }
      return;
    case 'revoke-token':
      revokeApiToken(COMMAND_LINE, IdSchema.parse(args[0]));
      console.log(`Token ${args[0]} revoked`);
      return;
    default:
      console.error(USAGE);
      process.exit(2);
  }
}

try {
  await main(process.argv[2], process.argv.slice(3));
} catch (error) {
  if (error instanceof z.ZodError) console.error(`${USAGE}\n${z.prettifyError(error)}`);
  else console.error(error instanceof AppError ? error.message : error);
  process.exit(1);
}
