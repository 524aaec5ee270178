import Link from 'next/link';

/** The bar at the top of every page; each layout fills in its own navigation. */
export function SiteHeader({ children }: { children: React.ReactNode }) {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        claimdesk
      </Link>
      <nav aria-label="Main">{children}</nav>
    </header>
  );
}

/** Public pages never read cookies (so that they can be cached), hence the same links for everyone. */
export function PublicHeader() {
  return (
    <SiteHeader>
      <Link href="/login">Sign in</Link>
    </SiteHeader>
  );
}
