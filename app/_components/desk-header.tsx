import Link from 'next/link';
import { getCurrentActor } from '@/lib/auth/current-actor.server';
import { hasRole } from '@/lib/auth/roles';
import { signOutAction } from '@/app/(public)/login/actions';
import { SiteHeader } from './site-header';

/** The desk's header names the signed-in user; it reads the session cookie, so only desk pages use it. */
export async function DeskHeader() {
  const actor = await getCurrentActor();
  return (
    <SiteHeader>
      {actor ? (
        <>
          <Link href="/desk">Desk</Link>
          <Link href="/desk/import">Import</Link>
          <Link href="/desk/search">Search</Link>
          <Link href="/desk/sources">Sources</Link>
          {hasRole(actor, 'editor') && <Link href="/desk/dashboard">Dashboard</Link>}
          {actor.role === 'admin' && <Link href="/desk/admin">Admin</Link>}
          <span className="who">
            {actor.name} <span className="role">({actor.role})</span>
          </span>
          <form action={signOutAction}>
            <button type="submit" className="link-button">
              Sign out
            </button>
          </form>
        </>
      ) : (
        <Link href="/login">Sign in</Link>
      )}
    </SiteHeader>
  );
}
