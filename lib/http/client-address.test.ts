import { describe, expect, it } from 'vitest';
import { parseTrustedProxies, resolveClientAddress } from './client-address';

const none = parseTrustedProxies(undefined);
const local = parseTrustedProxies('127.0.0.1, ::1');

describe('resolveClientAddress', () => {
  it('ignores X-Forwarded-For when no proxy is trusted (the default)', () => {
    expect(resolveClientAddress('203.0.113.9', '198.51.100.1', none)).toBe('203.0.113.9');
    expect(resolveClientAddress('127.0.0.1', '198.51.100.1', none)).toBe('127.0.0.1');
    expect(resolveClientAddress(undefined, '198.51.100.1', none)).toBe('unknown');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(resolveClientAddress('203.0.113.9', '198.51.100.1', local)).toBe('203.0.113.9');
  });

  it('takes the nearest untrusted hop when the peer is a trusted proxy', () => {
    expect(resolveClientAddress('127.0.0.1', '198.51.100.1', local)).toBe('198.51.100.1');
    // A client's own forged entries sit to the left of what our proxy added.
    expect(resolveClientAddress('127.0.0.1', '6.6.6.6, 198.51.100.1', local)).toBe('198.51.100.1');
    const chain = parseTrustedProxies('10.0.0.0/8,127.0.0.1');
    expect(resolveClientAddress('127.0.0.1', ['6.6.6.6, 198.51.100.1', '10.1.2.3'], chain)).toBe('198.51.100.1');
    // Behind the proxy with nothing forwarded, the proxy is all we know.
    expect(resolveClientAddress('127.0.0.1', undefined, local)).toBe('127.0.0.1');
    expect(resolveClientAddress('127.0.0.1', 'garbage, 198.51.100.1', local)).toBe('198.51.100.1');
    expect(resolveClientAddress('127.0.0.1', '198.51.100.1, garbage', local)).toBe('127.0.0.1');
  });

  it('treats IPv4-mapped IPv6 peers as IPv4, and matches ranges', () => {
    expect(resolveClientAddress('::ffff:127.0.0.1', '198.51.100.1', local)).toBe('198.51.100.1');
    expect(parseTrustedProxies('10.0.0.0/8').has('10.200.0.1')).toBe(true);
    expect(parseTrustedProxies('10.0.0.0/8').has('11.0.0.1')).toBe(false);
    expect(parseTrustedProxies('fd00::/8').has('fd12::1')).toBe(true);
  });

  it('refuses a TRUSTED_PROXIES entry that is not an address or range', () => {
    expect(() => parseTrustedProxies('localhost')).toThrow(/"localhost" is not an IP address/);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/not an IP address or CIDR/);
  });
});
