// Requests and connections as if from a given client address, through a proxy the server trusts (`TRUST_PROXY`).
import { PROTOCOL_VERSION } from '@aquarium/shared';
import { io, type Socket } from 'socket.io-client';

/** `POST /api/join` from `address`; resolves with the status. */
export const joinFrom = async (url: string, address: string, code: string) =>
  (
    await fetch(`${url}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ code, stakeholderGroupId: 'g1' }),
    })
  ).status;

/** A staff or projector browser connected from `address` (resolves once connected). */
export const connectFrom = async (url: string, token: string, address: string): Promise<Socket> => {
  const socket = io(url, {
    auth: { token, protocolVersion: PROTOCOL_VERSION },
    transports: ['websocket'],
    extraHeaders: { 'x-forwarded-for': address },
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
};
