import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';

/**
 * The socket.io adapter for several server nodes. Redis streams (not pub/sub) carry the broadcasts,
 * so a node that loses Redis for a moment reads what it missed instead of dropping it.
 */
export const redisAdapter = async (url: string, streamName = 'aquarium') => {
  const client = createClient({ url });
  client.on('error', (err: Error) => console.error('redis:', err.message));
  await client.connect();
  return {
    adapter: createAdapter(client, { streamName }),
    /** The same connection also holds the join and download limits every node shares. */
    client,
    close: () => client.quit().then(() => undefined),
  };
};
