import type { ClientToServerEvents, Presence, Role, ServerToClientEvents } from '@aquarium/shared';
import type { Server, Socket } from 'socket.io';

/** What the handshake established about a connection. */
export interface SocketData {
  sessionId: string;
  role: Role;
  participantId: string | null;
  /** The hash of the token it connected with, so a replaced link can be cut off. */
  tokenHash: string;
}

/** Between server nodes (through the adapter): each node's own count of a session's connections. */
export interface InterServerEvents {
  presence: (nodeId: string, sessionId: string, own: Presence) => void;
  /** The addresses a session's staff and projector are connected from on a node (see VenueAddresses). */
  venue: (nodeId: string, sessionId: string, addresses: string[]) => void;
  /** A node stored events of a session up to `seq`: the others read them back for their own connections. */
  stored: (sessionId: string, seq: number) => void;
}

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
