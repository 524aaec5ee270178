import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors';
import { createTestUser } from '@/lib/testing/fixtures';
import { actionRequest, formData, Redirect } from '@/lib/testing/next-mocks';
import { formFields, runAction } from './action.server';

vi.mock('next/headers', () => import('@/lib/testing/next-mocks').then((m) => m.nextHeaders));
vi.mock('next/navigation', () => import('@/lib/testing/next-mocks').then((m) => m.nextNavigation));
vi.mock('@/lib/auth/current-actor.server', () => import('@/lib/testing/next-mocks').then((m) => m.currentActor));

let checker: Actor;
let editor: Actor;

beforeAll(async () => {
  checker = await createTestUser('factchecker');
  editor = await createTestUser('editor');
});

const Schema = z.strictObject({ name: z.string().min(1, 'Enter a name') });

describe('formFields', () => {
  it('keeps what the person typed and drops the $ACTION_ fields of a server-rendered form', () => {
    const posted = formData({ $ACTION_REF_1: '', '$ACTION_1:0': '{"id":"abc","bound":"$@1"}', '$ACTION_1:1': '[{}]', $ACTION_KEY: 'k1', name: 'Ada' });
    expect(formFields(posted)).toEqual({ name: 'Ada' });
  });
});

describe('runAction', () => {
  it('calls the data layer with the parsed input and reports what done() says', async () => {
    actionRequest(editor);
    const act = vi.fn((_actor: Actor, data: { name: string }) => data.name.toUpperCase());
    const state = await runAction({ role: 'editor', schema: Schema, input: formData({ $ACTION_KEY: 'k', name: 'ada' }), act, done: (shout) => ({ message: shout }) });
    expect(state).toEqual({ ok: true, message: 'ADA' });
    expect(act).toHaveBeenCalledWith(editor, { name: 'ada' });
  });

  it('sends somebody whose session has ended to sign in, and back to the page they were on', async () => {
    actionRequest(null, 'http://localhost/desk/articles/12?tab=report');
    const act = vi.fn();
    const run = runAction({ role: 'factchecker', schema: Schema, input: { name: 'x' }, act, done: () => ({}) });
    await expect(run).rejects.toEqual(new Redirect('/login?next=%2Fdesk%2Farticles%2F12'));
    expect(act).not.toHaveBeenCalled();
  });

  it('also sends them to sign in when the data layer finds nobody signed in', async () => {
    actionRequest(checker, 'http://localhost/desk/import');
    const run = runAction({
      role: 'factchecker',
      schema: Schema,
      input: { name: 'x' },
      act: () => {
        throw new AppError('unauthenticated', 'Sign in first');
      },
      done: () => ({}),
    });
    await expect(run).rejects.toEqual(new Redirect('/login?next=%2Fdesk%2Fimport'));
  });

  it('tells a role below the one needed so, and reads no input', async () => {
    actionRequest(checker);
    const act = vi.fn();
    const state = await runAction({ role: 'editor', schema: Schema, input: { bogus: true }, keep: { typed: 'kept' }, act, done: () => ({}) });
    expect(state).toEqual({ ok: false, message: 'This needs the editor role or higher.', typed: 'kept' });
    expect(act).not.toHaveBeenCalled();
  });

  it('answers bad input with the fields to correct, and keeps what was typed', async () => {
    actionRequest(editor);
    const act = vi.fn();
    const state = await runAction({ role: 'editor', schema: Schema, input: formData({ name: '' }), keep: { typed: 'kept' }, act, done: () => ({}) });
    expect(state).toMatchObject({ ok: false, message: 'Please correct the fields marked below.', fieldErrors: { name: ['Enter a name'] }, typed: 'kept' });
    expect(act).not.toHaveBeenCalled();
  });

  it('reports the data layer’s refusals with their field errors, whichever way they carry them', async () => {
    actionRequest(editor);
    const refuse = (error: AppError) =>
      runAction({
        role: 'editor',
        schema: Schema,
        input: { name: 'x' },
        act: () => {
          throw error;
        },
        done: () => ({}),
      });
    expect(await refuse(new AppError('forbidden', 'This needs the admin role or higher'))).toMatchObject({ ok: false, message: 'This needs the admin role or higher' });
    expect(await refuse(new AppError('invalid', 'Taken', { fieldErrors: { email: ['Already has an account'] } }))).toMatchObject({ fieldErrors: { email: ['Already has an account'] } });
    expect(await refuse(new AppError('invalid', 'Not text', { file: ['File is not text'] }))).toMatchObject({ fieldErrors: { file: ['File is not text'] } });
    expect(await refuse(new AppError('conflict', 'Changed', { current: { version: 3 } }))).toMatchObject({ message: 'Changed', current: { version: 3 } });
  });

  it('turns a ZodError from act (input checked late, after an upload is read) into field errors', async () => {
    actionRequest(editor);
    const state = await runAction({ role: 'editor', schema: z.unknown(), input: {}, act: () => Schema.parse({ name: '' }), done: () => ({}) });
    expect(state).toMatchObject({ ok: false, fieldErrors: { name: ['Enter a name'] } });
  });

  it('lets an unexpected error through: that is a bug, not a refusal', async () => {
    actionRequest(editor);
    const run = runAction({
      role: 'editor',
      schema: Schema,
      input: { name: 'x' },
      act: () => {
        throw new TypeError('boom');
      },
      done: () => ({}),
    });
    await expect(run).rejects.toThrow('boom');
  });
});
