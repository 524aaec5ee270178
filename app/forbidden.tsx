import Link from 'next/link';
import { DeskHeader } from './_components/desk-header';

// Only desk pages call forbidden(); rendered in the root layout, so it brings the desk's header.
export default function Forbidden() {
  return (
    <>
      <DeskHeader />
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
