'use client';

import { useActionState, useState, useTransition } from 'react';
import { ROLES } from '@/lib/vocabulary';
import { MIN_PASSWORD_LENGTH } from '@/lib/users/schemas';
import type { TokenSummary, UserSummary } from '@/lib/users/manage-users.server';
import { createUserAction, issueTokenAction, revokeTokenAction, setActiveAction, setRoleAction, type AdminState } from './actions';

function Outcome({ state }: { state: AdminState }) {
  if (!state.message) return null;
  return (
    <div role={state.ok ? 'status' : 'alert'} className={state.ok ? 'ok' : 'error'}>
      <p>{state.message}</p>
      {state.fieldErrors &&
        Object.entries(state.fieldErrors).map(([field, errors]) => (
          <p key={field}>
            {field}: {errors?.join(' ')}
          </p>
        ))}
      {state.token && (
        <p>
          <label>
            New API token
            <input readOnly value={state.token} onFocus={(e) => e.currentTarget.select()} />
          </label>
        </p>
      )}
    </div>
  );
}

export function UserRow({ user, isMe }: { user: UserSummary; isMe: boolean }) {
  const [roleState, roleAction, rolePending] = useActionState(setRoleAction, {});
  const [activeState, activeAction, activePending] = useActionState(setActiveAction, {});
  return (
    <tr>
      <td>{user.email}</td>
      <td>{user.name}</td>
      <td>
        <form action={roleAction} className="row" aria-label={`Role of ${user.email}`}>
          <input type="hidden" name="userId" value={user.id} />
          <select name="role" defaultValue={user.role} aria-label={`Role of ${user.email}`} disabled={isMe}>
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
          {!isMe && (
            <button type="submit" disabled={rolePending}>
              Change role
            </button>
          )}
        </form>
        <Outcome state={roleState} />
      </td>
      <td>
        {user.active ? 'Active' : 'Deactivated'}
        {!isMe && (
          <form action={activeAction}>
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="active" value={user.active ? 'false' : 'true'} />
            <button type="submit" className="secondary" disabled={activePending}>
              {user.active ? `Deactivate ${user.email}` : `Reactivate ${user.email}`}
            </button>
          </form>
        )}
        <Outcome state={activeState} />
      </td>
      <td>{user.activeTokens}</td>
    </tr>
  );
}

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, {});
  return (
    <form action={action} className="stack" aria-label="Create a user">
      <div className="grid-2">
        <label>
          Email
          <input name="email" type="email" required />
        </label>
        <label>
          Name
          <input name="name" required />
        </label>
        <label>
          Role
          <select name="role" defaultValue="factchecker">
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <div className="stack">
          <label htmlFor="new-user-password">Initial password</label>
          <input
            id="new-user-password"
            name="password"
            type="password"
            minLength={MIN_PASSWORD_LENGTH}
            required
            autoComplete="new-password"
            aria-describedby="new-user-password-rule"
          />
          <p className="muted small" id="new-user-password-rule">
            At least {MIN_PASSWORD_LENGTH} characters.
          </p>
        </div>
      </div>
      <button type="submit" disabled={pending}>
        Create user
      </button>
      <Outcome state={state} />
    </form>
  );
}

export function IssueTokenForm({ users }: { users: { id: number; email: string }[] }) {
  const [state, action, pending] = useActionState(issueTokenAction, {});
  const [userId, setUserId] = useState(String(users[0]?.id ?? ''));
  const [, startTransition] = useTransition();
  return (
    <form
      action={action}
      // Sent from here rather than by React's form action, which resets the form afterwards and so
      // put the first user back in "For user" (a controlled select included). Without JavaScript the
      // form still posts to the action.
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => action(data));
      }}
      className="stack"
      aria-label="Create an API token"
    >
      <div className="grid-2">
        <label>
          For user
          <select name="userId" value={userId} onChange={(e) => setUserId(e.target.value)}>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.email}
              </option>
            ))}
          </select>
        </label>
        <label>
          Label
          <input name="label" maxLength={100} placeholder="e.g. CMS integration" />
        </label>
      </div>
      <button type="submit" disabled={pending}>
        Create token
      </button>
      <Outcome state={state} />
    </form>
  );
}

/** Revoking cannot be undone: the first click asks, the second revokes. */
export function RevokeTokenButton({ token }: { token: TokenSummary }) {
  const [state, action, pending] = useActionState(revokeTokenAction, {});
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <div>
        <button type="button" className="secondary" onClick={() => setAsking(true)}>
          Revoke token {token.id}
        </button>
        <Outcome state={state} />
      </div>
    );
  }
  return (
    <form action={action} role="group" aria-label={`Revoke token ${token.id}?`} className="stack">
      <p>
        Revoke token {token.id} of {token.userEmail}
        {token.label ? ` (${token.label})` : ''}? Programs using it will be refused at once; this cannot be undone.
      </p>
      <input type="hidden" name="tokenId" value={token.id} />
      <div className="row">
        <button type="submit" className="danger" disabled={pending}>
          Yes, revoke token {token.id}
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)} autoFocus>
          Cancel
        </button>
      </div>
      <Outcome state={state} />
    </form>
  );
}
