import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe. Sessions and API tokens both use it. */
export function newToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Tokens are stored only as their SHA-256: a leaked database does not leak working tokens. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
