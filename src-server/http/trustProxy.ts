/**
 * `JIANHU_TRUST_PROXY` → Fastify's `trustProxy`: which peers may say who the client is through
 * X-Forwarded-For. Never "everyone": a client reaching the server directly could then pick its
 * own address and walk around the per-address rate limits.
 */
import { isIP } from 'node:net';

/** false = no proxy; otherwise addresses/CIDRs (or proxy-addr's `loopback` preset). */
export type TrustedProxies = false | readonly string[];

function isAddressOrCidr(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * Unset, empty or `0` → no proxy; `1` → loopback (nginx on the same host); otherwise a
 * comma-separated list of addresses and CIDRs, e.g. `10.0.0.5,10.0.1.0/24`.
 */
export function readTrustProxy(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0') return false;
  if (text === '1') return ['loopback'];
  const entries = text.split(',').map((entry) => entry.trim());
  const wrong = entries.filter((entry) => !isAddressOrCidr(entry));
  if (wrong.length > 0) {
    throw new Error(
      `JIANHU_TRUST_PROXY must be 1, 0 or addresses/CIDRs separated by commas; not: ${wrong.join(', ')}`,
    );
  }
  return entries;
}
