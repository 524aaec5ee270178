import Link from 'next/link';
import { signOutAction } from './(public)/login/actions';
import { SiteHeader } from './_components/site-header';

// Rendered in the root layout, so it brings its own header. It must not read cookies: Next renders
// this boundary for every route, and a cookie read would make the cached public pages dynamic.
// Whoever sees it is signed in (only desk pages call forbidden()).
export default function Forbidden() {
  return (
    <>
      <SiteHeader>
        <Link href="/desk">Desk</Link>
        <form action={signOutAction}>
          <button type="submit" className="link-button">
            Sign out
          </button>
        </form>
      </SiteHeader>
      <main id="main">
        <section className="card narrow">
          <h1>Not allowed</h1>
          <p>Your role does not give you access to this page.</p>
          <Link href="/desk">Back to the desk</Link>
        </section>
      </main>
    </>
  );
}
