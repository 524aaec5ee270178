import Link from 'next/link';

export default function NotFound() {
  return (
    <section className="card narrow">
      <h1>Not found</h1>
      <p>There is no page here. It may never have existed, or it is not published.</p>
      <Link href="/">Back to the front page</Link>
    </section>
  );
}
