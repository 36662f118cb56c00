import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import { log } from '../log.js';

/**
 * The socket.io adapter for several server nodes. Redis streams (not pub/sub) carry the broadcasts,
 * so a node that loses Redis for a moment reads what it missed instead of dropping it.
 */
export const redisAdapter = async (url: string, streamName = 'aquarium') => {
  // Reconnects for ever, at most a second apart: a Redis that comes back is used again by itself.
  const client = createClient({ url, socket: { reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 1000) } });
  const listeners = new Set<() => void>();
  let ok = false;
  const set = (next: boolean) => {
    if (next === ok) return;
    ok = next;
    if (!next) log.warn("redis: connection lost; other nodes' updates now arrive by polling the database");
    for (const l of listeners) l();
  };
  client.on('error', (err: Error) => {
    log.warn({ err: err.message }, 'redis: error');
    set(false);
  });
  client.on('end', () => set(false));
  client.on('reconnecting', () => set(false));
  client.on('ready', () => set(true));
  await client.connect();
  set(true);
  return {
    adapter: createAdapter(client, { streamName }),
    /** The same connection also holds the join and download limits every node shares. */
    client,
    close: () => client.quit().then(() => undefined),
    status: { ok: () => ok, onChange: (listener: () => void) => void listeners.add(listener) },
  };
};
