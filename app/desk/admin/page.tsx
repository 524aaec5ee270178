import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/current-actor.server';
import { PageSchema } from '@/lib/http/page-number';
import { listActiveUserEmails, listApiTokens, listUsers } from '@/lib/users/manage-users.server';
import { CreateUserForm, IssueTokenForm, RevokeTokenButton, UserRow } from './admin-forms';
import { TableHead } from '@/app/_components/table-head';
import { Pager } from '@/app/_components/pager';

export const metadata: Metadata = { title: 'Administration' };

type Props = { searchParams: Promise<{ usersPage?: string; tokensPage?: string }> };

export default async function AdminPage({ searchParams }: Props) {
  const actor = await requirePageActor('admin', '/desk/admin');
  const query = await searchParams;
  const { users, page: usersPage, hasMore: moreUsers } = listUsers(actor, PageSchema.parse(query.usersPage));
  const { tokens, page: tokensPage, hasMore: moreTokens } = listApiTokens(actor, PageSchema.parse(query.tokensPage));
  const href = (pages: { usersPage: number; tokensPage: number }) => `/desk/admin?${new URLSearchParams({ usersPage: String(pages.usersPage), tokensPage: String(pages.tokensPage) })}`;
  return (
    <section className="stack">
      <h1>Administration</h1>
      <h2>Users</h2>
      <table className="table">
        <TableHead columns={['Email', 'Name', 'Role', 'Status', 'API tokens']} />
        <tbody>
          {users.map((u) => (
            <UserRow key={u.id} user={u} isMe={u.id === actor.id} />
          ))}
        </tbody>
      </table>
      <Pager label="User pages" page={usersPage} hasMore={moreUsers} href={(p) => href({ usersPage: p, tokensPage })} previous="Previous users" next="More users" />
      <section className="card" aria-label="New user">
        <h2>Create a user</h2>
        <CreateUserForm />
      </section>
      <section className="card" aria-label="API tokens">
        <h2>API tokens</h2>
        <p className="muted">Tokens are stored only as a hash: a new token is shown once.</p>
        <IssueTokenForm users={listActiveUserEmails(actor)} />
        <table className="table">
          <TableHead columns={['Id', 'User', 'Label', 'Created', 'Last used', 'State']} />
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id}>
                <td>{t.id}</td>
                <td>{t.userEmail}</td>
                <td>{t.label || '—'}</td>
                <td>{t.createdAt.slice(0, 16).replace('T', ' ')}</td>
                <td>{t.lastUsedAt ? t.lastUsedAt.slice(0, 16).replace('T', ' ') : '—'}</td>
                <td>{t.revokedAt ? 'Revoked' : <RevokeTokenButton token={t} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pager label="Token pages" page={tokensPage} hasMore={moreTokens} href={(p) => href({ usersPage, tokensPage: p })} previous="Newer tokens" next="Older tokens" />
      </section>
    </section>
  );
}
