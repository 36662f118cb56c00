import type { ClientToServerEvents, Role, ServerToClientEvents } from '@aquarium/shared';
import type { Server, Socket } from 'socket.io';

/** What the handshake established about a connection. */
export interface SocketData {
  sessionId: string;
  role: Role;
  participantId: string | null;
  /** The hash of the token it connected with, so a replaced link can be cut off. */
  tokenHash: string;
}

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
