import {
  isTransientRefusal,
  PROTOCOL_VERSION,
  retryAfterMs,
  type ClientToServerEvents,
  type CommandAck,
  type CommandName,
  type ServerToClientEvents,
} from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { io, type Socket } from 'socket.io-client';
import { createCommandQueue } from '../../../client/src/net/commandQueue.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A client that sends through the browser's own command queue (`client/src/net/commandQueue.ts`): one id per
 * command kept over every retry, a retry after a timeout, everything unanswered sent again after a reconnect,
 * paced under the server's flood limit. Its policies are the app's (`shared/src/retryPolicy.ts`): a flood
 * refusal waits its `retryInMs`; a busy or unreachable store keeps a typed (durable) command waiting.
 * Counts every attempt, so a test can tell how many were sent again.
 */
export const queueClient = (url: string, token: string) => {
  const socket: ClientSocket = io(url, {
    auth: { token, protocolVersion: PROTOCOL_VERSION },
    transports: ['websocket'],
    reconnectionDelay: 100,
    reconnectionDelayMax: 300,
  });
  const attempts = new Map<string, number>();
  const queue = createCommandQueue({
    transport: {
      isReady: () => socket.connected,
      emit: (name, payload, ack) => {
        attempts.set(payload.commandId, (attempts.get(payload.commandId) ?? 0) + 1);
        socket.emit(name, payload as never, ack as never);
      },
    },
    makeId: () => nanoid(),
    isTransient: (_name, res) => isTransientRefusal(res),
    retryAfter: (_name, res) => retryAfterMs(res),
  });
  // The app flushes after its sync on every (re)connect; with no view to sync, right away.
  socket.on('connect', () => queue.flush());
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return {
    socket,
    connected,
    /** Commands not answered yet. */
    waiting: () => queue.size(),
    /** Attempts beyond the first, over every command. */
    resent: () => [...attempts.values()].reduce((n, a) => n + a - 1, 0),
    send: (name: CommandName, payload: object, durable = true): Promise<CommandAck> =>
      queue.send(name, payload, { durable }),
    close: () => socket.disconnect(),
  };
};
export type QueueClient = ReturnType<typeof queueClient>;
