import type { Metadata } from 'next';
import Link from 'next/link';
import { getCurrentActor } from '@/lib/auth/current-actor';
import { hasRole } from '@/lib/auth/roles';
import { signOutAction } from './login/actions';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'claimdesk', template: '%s · claimdesk' },
  description: 'What an article claims, and who it says the claims come from.',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await getCurrentActor();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            claimdesk
          </Link>
          <nav aria-label="Main">
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
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
