import { describe, expect, it } from 'vitest';
import { isForeignServerAction } from './server-action-origin';

const action = (headers: Record<string, string>) => new Headers({ host: 'desk.example:3000', 'next-action': '7f3a', ...headers });

describe('isForeignServerAction', () => {
  it('refuses a server action sent from another site', () => {
    expect(isForeignServerAction('POST', '/desk/admin', action({ origin: 'https://evil.example' }))).toBe(true);
    expect(isForeignServerAction('POST', '/desk/admin', action({ origin: 'null' }))).toBe(true);
    expect(isForeignServerAction('POST', '/desk/admin', action({ origin: 'http://desk.example:4000' }))).toBe(true);
  });

  it('refuses a form posted from another site before the page’s script ran', () => {
    const form = new Headers({ host: 'desk.example:3000', origin: 'https://evil.example', 'content-type': 'multipart/form-data; boundary=x' });
    expect(isForeignServerAction('POST', '/desk/admin', form)).toBe(true);
  });

  it('lets the site’s own actions through, also behind a proxy that forwards the host', () => {
    expect(isForeignServerAction('POST', '/desk/admin', action({ origin: 'http://desk.example:3000' }))).toBe(false);
    expect(isForeignServerAction('POST', '/desk', action({ host: 'localhost:3000', 'x-forwarded-host': 'desk.example, inner', origin: 'https://desk.example' }))).toBe(false);
  });

  it('leaves to Next what Next lets through or is not an action at all', () => {
    expect(isForeignServerAction('POST', '/desk/admin', new Headers({ host: 'desk.example:3000', 'next-action': '7f3a' }))).toBe(false);
    expect(isForeignServerAction('GET', '/desk/admin', action({ origin: 'https://evil.example' }))).toBe(false);
    expect(isForeignServerAction('POST', '/api/articles', action({ origin: 'https://evil.example' }))).toBe(false);
    const urlEncoded = new Headers({ host: 'desk.example:3000', origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' });
    expect(isForeignServerAction('POST', '/login', urlEncoded)).toBe(false);
  });
});
