import { randomUUID } from 'node:crypto';
import { PROTOCOL_VERSION, type CommandAck } from '@aquarium/shared';
import { io } from 'socket.io-client';

/** The secret token of a staff link (it sits in the fragment). */
export const tokenOf = (link: string) => new URL(link).hash.slice(1);

/**
 * A program that sends commands over the real socket, to give a scenario content (notes, thoughts,
 * themes) without depending on the screens that make them.
 */
export const socketActor = async (baseURL: string, token: string) => {
  const socket = io(baseURL, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: { protocolVersion: PROTOCOL_VERSION, token },
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  await new Promise((resolve) => socket.emit('sync:request', { lastSeq: 0 }, resolve));
  const send = async (name: string, payload: Record<string, unknown> = {}) => {
    const ack = (await socket.timeout(60_000).emitWithAck(name, {
      ...payload,
      commandId: randomUUID().replace(/-/g, ''),
    })) as CommandAck;
    if (!ack.ok) throw new Error(`${name} refused: ${ack.error.code} ${ack.error.message}`);
    return ack;
  };
  return { send, close: () => socket.disconnect() };
};
