import Link from 'next/link';
import { PublicHeader } from './_components/site-header';

// Rendered directly in the root layout (outside the route groups), so it brings its own header.
export default function NotFound() {
  return (
    <>
      <PublicHeader />
      <main id="main">
        <section className="card narrow">
          <h1>Not found</h1>
          <p>There is no page here. It may never have existed, or it is not published.</p>
          <Link href="/">Back to the front page</Link>
        </section>
      </main>
    </>
  );
}
