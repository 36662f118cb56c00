import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import proxyAddr from '@fastify/proxy-addr';

/**
 * Which senders may say who the client is (`X-Forwarded-For`): nobody (`false`), the nearest N proxies
 * (a hop count), or the listed addresses, subnets and `proxy-addr` presets. `true` (any sender) is
 * refused: anyone could then forge an address and spend someone else's limits.
 */
export type TrustProxy = false | number | string[];

const PRESETS = new Set(['loopback', 'linklocal', 'uniquelocal']);

const validEntry = (entry: string): boolean => {
  if (PRESETS.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
};

/** Parses `TRUST_PROXY`; throws with a plain message for anything it cannot use safely. */
export const parseTrustProxy = (raw: string | undefined): TrustProxy => {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '*') {
    throw new Error('TRUST_PROXY=true would trust any sender; name the proxies (e.g. 127.0.0.1) or a hop count');
  }
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new Error('TRUST_PROXY hop count must be 1–10');
    return hops;
  }
  const entries = value.split(',').map((e) => e.trim());
  const bad = entries.filter((e) => !validEntry(e));
  if (bad.length > 0) {
    throw new Error(
      `TRUST_PROXY: not an address, subnet or preset (loopback, linklocal, uniquelocal): ${bad.join(', ')}`,
    );
  }
  return entries;
};

/** The setting as Fastify takes it (its types know no hop count; the same rule as a function). */
export const fastifyTrust = (trust: TrustProxy): boolean | string[] | ((addr: string, hop: number) => boolean) =>
  typeof trust === 'number' ? (_addr, hop) => hop < trust : trust;

/**
 * The client's address as Fastify computes `request.ip` with the same setting, for the websocket
 * handshake (socket.io sees only the raw request).
 */
export const addressResolver = (trust: TrustProxy): ((req: IncomingMessage) => string) => {
  if (trust === false) return (req) => req.socket.remoteAddress ?? 'unknown';
  const compiled = typeof trust === 'number' ? (_addr: string, i: number) => i < trust : proxyAddr.compile(trust);
  return (req) => proxyAddr(req, compiled);
};

/**
 * The key a client's limits are counted under: the IPv4 address, or the /64 of an IPv6 address (one
 * home or phone gets a whole /64, so counting single IPv6 addresses would give it 2⁶⁴ keys).
 */
export const addressKey = (ip: string): string => {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (v4) return v4[1]!;
  if (isIP(ip) !== 6) return ip;
  const [head = '', tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
};
