// Who is on the other end of a request, for rate limiting. X-Forwarded-For is written by whoever
// sends the request, so it is believed only as far as it was added by proxies we were told to
// trust (TRUSTED_PROXIES); with none configured, the address is the TCP peer's, whatever the
// headers say. The server (lib/cli/serve.ts) resolves it once per request and hands it to the
// app in CLIENT_ADDRESS_HEADER, replacing anything a client sent under that name.
import { BlockList, isIP } from 'node:net';

export const CLIENT_ADDRESS_HEADER = 'x-claimdesk-client-address';

/** "::ffff:192.0.2.1" (an IPv4 peer on a dual-stack socket) is 192.0.2.1. */
function plainAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, '$1');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1] : trimmed;
}

export interface TrustedProxies {
  has(address: string): boolean;
}

/**
 * Parses TRUSTED_PROXIES: addresses or CIDR ranges, comma-separated ("127.0.0.1, 10.0.0.0/8, ::1").
 * Throws on an entry that is neither, so a typo does not silently trust nobody (or everybody).
 */
export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const list = new BlockList();
  let any = false;
  for (const entry of (setting ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
    const [address, prefix] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? null : Number(prefix);
    if (!family || (bits !== null && !(Number.isInteger(bits) && bits >= 0 && bits <= (family === 4 ? 32 : 128)))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === null) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
    any = true;
  }
  return {
    has(address: string): boolean {
      if (!any) return false;
      const plain = plainAddress(address);
      const family = isIP(plain);
      return family !== 0 && list.check(plain, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

/**
 * The client's address: the TCP peer, unless it is a trusted proxy; then the nearest address in
 * X-Forwarded-For (read from the right) that is not itself a trusted proxy.
 */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string {
  let client = peer ? plainAddress(peer) : 'unknown';
  if (!trusted.has(client)) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map(plainAddress)
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    // A hop that is not an address is the proxy passing on what it was sent: stop believing there.
    if (!isIP(hops[i])) break;
    client = hops[i];
    if (!trusted.has(client)) break;
  }
  return client;
}
