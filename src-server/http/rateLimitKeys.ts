/**
 * Rate-limit buckets. `request.ip` is the socket's peer, or — only when that peer is a trusted
 * proxy (JIANHU_TRUST_PROXY) — the client address it forwarded.
 */
import { isIPv6 } from 'node:net';
import type { FastifyRequest } from 'fastify';
import type { DeviceAuth } from '../auth/deviceAuth';

/** The /64 an IPv6 client sits in: one host picks any address inside it at will. */
function ipv6Prefix64(address: string): string {
  const [head = '', tail] = address.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(Math.max(missing, 0)).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** Routes anyone may call (enrolment): the client address, whatever headers it sends. */
export function addressKey(request: FastifyRequest): string {
  const { ip } = request;
  // IPv4-mapped IPv6 (::ffff:a.b.c.d) is the IPv4 client itself.
  if (isIPv6(ip) && !ip.toLowerCase().startsWith('::ffff:')) return `ip:${ipv6Prefix64(ip)}`;
  return `ip:${ip}`;
}

/**
 * Everything else: an active device's own bucket once its token has authenticated; no token, a
 * made-up or revoked one share the client address's bucket.
 */
export function deviceOrAddressKey(auth: DeviceAuth): (request: FastifyRequest) => string {
  return (request) => {
    const known = auth.knownTokens.knownKey(request.headers.authorization);
    return known === null ? addressKey(request) : `device:${known.slice(0, 32)}`;
  };
}
