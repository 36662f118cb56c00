import {
  clockOffset,
  ErrorCode,
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type CommandAck,
  type CommandName,
  type CommandPayload,
  type HandshakeAuth,
  type ServerToClientEvents,
  type SessionEvent,
} from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { io, type Socket } from 'socket.io-client';
import type { MessageKey } from '../i18n/t';
import { useStore } from '../state/store';
import { createCommandQueue } from './commandQueue';

type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const SYNC_TIMEOUT_MS = 10_000;

let socket: AppSocket | null = null;
/** Live events that arrive before the sync answer are held back and folded after it. */
let syncing = false;
let buffered: SessionEvent[] = [];

const store = () => useStore.getState();

export const errorKey = (code: ErrorCode): MessageKey => `error.${code}`;

const fatalCodes: readonly string[] = [ErrorCode.Unauthorized, ErrorCode.ProtocolMismatch, ErrorCode.NotFound];
const isFatal = (message: string): message is ErrorCode => fatalCodes.includes(message);

const queue = createCommandQueue({
  transport: {
    isReady: () => socket?.connected === true && !syncing,
    emit: (name, payload, ack) => socket?.emit(name, payload, ack),
  },
  makeId: () => nanoid(),
  onDelayed: () => store().notify('error.pending', 'info'),
});

const sync = (s: AppSocket) => {
  syncing = true;
  buffered = [];
  const sentAt = Date.now();
  s.timeout(SYNC_TIMEOUT_MS).emit('sync:request', { lastSeq: store().session?.seq ?? 0 }, (err, res) => {
    if (s !== socket) return;
    if (err) {
      if (s.connected) sync(s); // no answer: ask again on the same connection
      return;
    }
    if (!res.ok) {
      syncing = false;
      store().setConnection('failed', res.error.code);
      s.disconnect();
      return;
    }
    const { sessionId, role, participantId, events, serverNow } = res;
    store().setIdentity({ sessionId, role, participantId });
    store().applyEvents(events);
    store().applyEvents(buffered);
    buffered = [];
    syncing = false;
    store().setClockOffset(clockOffset(sentAt, serverNow, Date.now()));
    store().setConnection('connected');
    queue.flush();
  });
};

/** Opens the one live connection for a staff, screen or participant token; replaces any earlier one. */
export const connectSession = (token: string) => {
  disconnectSession();
  store().resetSession();
  store().setConnection('connecting');
  const auth: HandshakeAuth = { protocolVersion: PROTOCOL_VERSION, token };
  const s: AppSocket = io({ path: '/socket.io', transports: ['websocket'], auth });
  socket = s;

  s.on('connect', () => sync(s));
  s.on('session:events', (events) => {
    if (s !== socket) return;
    if (syncing) buffered.push(...events);
    else store().applyEvents(events);
  });
  s.on('session:presence', (presence) => {
    if (s === socket) store().setPresence(presence);
  });
  s.on('disconnect', (reason) => {
    if (s !== socket || reason === 'io client disconnect') return;
    syncing = false;
    store().setConnection('reconnecting');
    // The server closed this connection on purpose; try again, and a refused token ends it for good.
    if (reason === 'io server disconnect') s.connect();
  });
  s.on('connect_error', (err) => {
    if (s !== socket) return;
    if (isFatal(err.message)) {
      store().setConnection('failed', err.message);
      s.disconnect();
    } else {
      store().setConnection('reconnecting');
    }
  });
};

export const disconnectSession = () => {
  const s = socket;
  socket = null;
  syncing = false;
  buffered = [];
  s?.removeAllListeners();
  s?.disconnect();
  store().setConnection('idle');
  store().setPresence(null);
};

/**
 * Sends a command once; until acknowledged it is retried with the same id (after 5 s or a reconnect).
 * A refusal is shown to the user in the live region.
 */
export const sendCommand = async <K extends CommandName>(
  name: K,
  payload: Omit<CommandPayload<K>, 'commandId'>,
): Promise<CommandAck> => {
  const res = await queue.send(name, payload);
  if (queue.size() === 0) store().withdrawNotice('error.pending');
  if (!res.ok) store().notify(errorKey(res.error.code));
  return res;
};
