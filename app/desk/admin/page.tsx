import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/current-actor';
import { PageSchema } from '@/lib/http/page-number';
import Link from 'next/link';
import { listActiveUserEmails, listApiTokens, listUsers } from '@/lib/users/manage-users';
import { CreateUserForm, IssueTokenForm, RevokeTokenButton, UserRow } from './admin-forms';

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
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">API tokens</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <UserRow key={u.id} user={u} isMe={u.id === actor.id} />
          ))}
        </tbody>
      </table>
      <nav className="row" aria-label="User pages">
        {usersPage > 1 && <Link href={href({ usersPage: usersPage - 1, tokensPage })}>Previous users</Link>}
        {moreUsers && <Link href={href({ usersPage: usersPage + 1, tokensPage })}>More users</Link>}
      </nav>
      <section className="card" aria-label="New user">
        <h2>Create a user</h2>
        <CreateUserForm />
      </section>
      <section className="card" aria-label="API tokens">
        <h2>API tokens</h2>
        <p className="muted">Tokens are stored only as a hash: a new token is shown once.</p>
        <IssueTokenForm users={listActiveUserEmails(actor)} />
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">User</th>
              <th scope="col">Label</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">State</th>
            </tr>
          </thead>
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
        <nav className="row" aria-label="Token pages">
          {tokensPage > 1 && <Link href={href({ usersPage, tokensPage: tokensPage - 1 })}>Newer tokens</Link>}
          {moreTokens && <Link href={href({ usersPage, tokensPage: tokensPage + 1 })}>Older tokens</Link>}
        </nav>
      </section>
    </section>
  );
}
