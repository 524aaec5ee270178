import Link from 'next/link';

export default function Forbidden() {
  return (
    <section className="card narrow">
      <h1>Not allowed</h1>
      <p>Your role does not give you access to this page.</p>
      <Link href="/desk">Back to the desk</Link>
    </section>
  );
}
