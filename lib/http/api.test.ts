import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { MAX_JSON_BODY_BYTES, readJson } from './api.server';

/** A POST whose body is streamed: no Content-Length, as with Transfer-Encoding: chunked. */
function chunked(chunks: (string | Uint8Array)[], contentType: string | null = 'application/json'): Request {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(typeof c === 'string' ? encoder.encode(c) : c);
      controller.close();
    },
  });
  const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
  return new Request('http://localhost/api/x', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
};

describe('readJson', () => {
  it('reads a chunked body without Content-Length exactly as one with it', async () => {
    const streamed = chunked(['{"publ', 'ished":', 'false}']);
    expect(streamed.headers.get('content-length')).toBeNull();
    expect(await readJson(streamed)).toEqual({ published: false });
    expect(await readJson(chunked([`{"published":false}`]), { optional: true })).toEqual({ published: false });
    const framed = new Request('http://localhost/api/x', { method: 'POST', body: '{"published":false}', headers: { 'content-type': 'application/json' } });
    expect(await readJson(framed)).toEqual({ published: false });
  });

  it('gives undefined for an empty optional body, however it is framed, and refuses an empty required one', async () => {
    expect(await readJson(new Request('http://localhost/api/x', { method: 'POST' }), { optional: true })).toBeUndefined();
    expect(await readJson(chunked([], null), { optional: true })).toBeUndefined();
    expect(await readJson(chunked([' \n'], null), { optional: true })).toBeUndefined();
    expect(await codeOf(readJson(chunked([])))).toBe('invalid');
  });

  it('never ignores a body that is there: a non-JSON one is refused even when the body is optional', async () => {
    expect(await codeOf(readJson(chunked(['published=false'], 'application/x-www-form-urlencoded'), { optional: true }))).toBe('invalid');
    expect(await codeOf(readJson(chunked(['{"published":false'])))).toBe('invalid');
  });

  it('stops reading a streamed body as soon as it passes the limit', async () => {
    const piece = 'x'.repeat(64 * 1024);
    const pieces = Array.from({ length: Math.ceil(MAX_JSON_BODY_BYTES / piece.length) + 1 }, () => piece);
    expect(await codeOf(readJson(chunked(['"', ...pieces, '"'])))).toBe('too_large');
  });

  it('refuses invalid UTF-8 instead of replacing it with U+FFFD', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"note":"a'), 0xc3, 0x28, ...new TextEncoder().encode('"}')]);
    expect(await codeOf(readJson(chunked([bytes])))).toBe('invalid');
  });
});
