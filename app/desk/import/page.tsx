import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/current-actor.server';
import { ImportForm } from './import-form';

export const metadata: Metadata = { title: 'Import an article' };

export default async function ImportPage() {
  await requirePageActor('factchecker', '/desk/import');
  return (
    <section className="card">
      <h1>Import an article</h1>
      <p className="muted">Paste the text or upload a file. claimdesk finds the claims and who they are attributed to.</p>
      <ImportForm />
    </section>
  );
}
