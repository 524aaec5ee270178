import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentActor } from '@/lib/auth/current-actor.server';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  if (await getCurrentActor()) redirect('/desk');
  return (
    <section className="card narrow">
      <h1>Sign in to the desk</h1>
      <SignInForm next={typeof next === 'string' ? next : undefined} />
    </section>
  );
}
