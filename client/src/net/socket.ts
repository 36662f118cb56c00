import {
  clockOffset,
  ErrorCode,
  fail,
  isTransientRefusal,
  PROTOCOL_VERSION,
  retryAfterMs,
  type Ack,
  type ClientToServerEvents,
  type CommandAck,
  type CommandName,
  type CommandPayload,
  type HandshakeAuth,
  type Role,
  type ServerStatus,
  type ServerToClientEvents,
  type SessionEvent,
  type ThemeSuggestAck,
} from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { io, type Socket } from 'socket.io-client';
import type { MessageKey } from '../i18n/t';
import { useStore } from '../state/store';
import { createCommandQueue, type SendOptions } from './commandQueue';
import { browserOutbox } from './outbox';
import { setWaiting } from './outboxStore';
import { watchNetwork } from './network';
import { watchResume } from './resume';
import { forgetSession } from './storage';

type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const SYNC_TIMEOUT_MS = 10_000;
/**
 * How long a client behind an announced head waits before asking for what it lacks: long enough for
 * events already on their way to arrive, short enough that a lost one shows up within a few seconds.
 */
const HEAD_GRACE_MS = 1500;

let socket: AppSocket | null = null;
/** Live events that arrive before the sync answer are held back and folded after it. */
let syncing = false;
let buffered: SessionEvent[] = [];
/** Resolves the callers waiting for the sync under way (a STALE refusal waits for the view to be current). */
const whenSynced: (() => void)[] = [];
let headCheck: ReturnType<typeof setTimeout> | null = null;
let stopWatchingResume = () => {};
let stopWatchingNetwork = () => {};

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
  // A busy server, or storage lost for a moment: what was typed waits and goes again with the same id.
  isTransient: (_name, res) => isTransientRefusal(res),
  // The per-connection flood limit says when to go again (shared/src/retryPolicy.ts).
  retryAfter: (_name, res) => retryAfterMs(res),
  onDurableChange: setWaiting,
  onRestoredSettled: (_name, res) => {
    if (!res.ok) store().notify(errorKey(res.error.code));
  },
});

const sync = (s: AppSocket) => {
  syncing = true;
  buffered = [];
  if (headCheck) clearTimeout(headCheck);
  headCheck = null;
  const sentAt = Date.now();
  s.timeout(SYNC_TIMEOUT_MS).emit(
    'sync:request',
    { lastSeq: store().session?.seq ?? 0, snapshot: true },
    (err, res) => {
      if (s !== socket) return;
      if (err) {
        if (s.connected) sync(s); // no answer: ask again on the same connection
        return;
      }
      if (!res.ok) {
        syncing = false;
        if (res.error.code === ErrorCode.StorageUnavailable || res.error.code === ErrorCode.StorageFull) {
          // The server is up but cannot read its storage: ask again in a moment, keeping what is shown.
          store().setServerStatus({ storage: res.error.code === ErrorCode.StorageFull ? 'full' : 'unavailable' });
          setTimeout(() => s === socket && s.connected && !syncing && sync(s), HEAD_GRACE_MS);
          return;
        }
        store().setConnection('failed', res.error.code);
        s.disconnect();
        return;
      }
      const { sessionId, role, participantId, snapshot, events, serverNow } = res;
      store().setIdentity({ sessionId, role, participantId });
      queue.attachOutbox(browserOutbox(sessionId, role));
      // Far behind (a console opening a long session): the server's fold of what this view may see, then the rest.
      if (snapshot) store().installSnapshot(snapshot);
      store().applyEvents(events);
      store().applyEvents(buffered);
      buffered = [];
      syncing = false;
      store().setClockOffset(clockOffset(sentAt, serverNow, Date.now()));
      store().setConnection('connected');
      queue.flush();
      for (const done of whenSynced.splice(0)) done();
    },
  );
};

/** Asks for what this view lacks now, and resolves once the answer is folded in (or at once, offline). */
const resync = (): Promise<void> => {
  const s = socket;
  if (!s?.connected) return Promise.resolve();
  const done = new Promise<void>((resolve) => whenSynced.push(resolve));
  if (!syncing) sync(s);
  return done;
};

/**
 * The server announced the newest sequence number this connection may see. Behind it after a grace
 * period (events on their way have arrived by then), the view lacks something: ask for it.
 */
const onHead = (s: AppSocket, seq: number) => {
  if (s !== socket || syncing || headCheck || (store().session?.seq ?? 0) >= seq) return;
  headCheck = setTimeout(() => {
    headCheck = null;
    if (s === socket && s.connected && !syncing && (store().session?.seq ?? 0) < seq) sync(s);
  }, HEAD_GRACE_MS);
};

const onServerStatus = (s: AppSocket, status: ServerStatus) => {
  if (s !== socket) return;
  store().setServerStatus(status);
  // Storage is back: the refusals it caused are past (what was typed is being sent again by itself).
  if (status.storage === 'ok') {
    store().withdrawNotice('error.STORAGE_UNAVAILABLE');
    store().withdrawNotice('error.STORAGE_FULL');
  }
};

/** Opens the one live connection for a staff, screen or participant token; replaces any earlier one. */
export const connectSession = (token: string) => {
  disconnectSession();
  store().resetSession();
  store().setConnection('connecting');
  const auth: HandshakeAuth = { protocolVersion: PROTOCOL_VERSION, token };
  const s: AppSocket = io({ path: '/socket.io', transports: ['websocket'], auth });
  socket = s;
  store().setSessionDeleted(false);
  stopWatchingResume = watchResume(() => resume(s));
  stopWatchingNetwork = watchNetwork(
    () => goOffline(s),
    () => resume(s),
  );

  s.on('connect', () => {
    // A server tells its status on connect only when something is wrong (docs/PROTOCOL.md): a new connection
    // starts as all well, and a lost storage or Redis is told before the sync's answer.
    onServerStatus(s, { storage: 'ok', broadcast: 'ok' });
    sync(s);
  });
  s.on('session:deleted', () => onSessionDeleted(s));
  s.on('session:events', (events) => {
    if (s !== socket) return;
    if (syncing) buffered.push(...events);
    else store().applyEvents(events);
  });
  s.on('session:presence', (presence) => {
    if (s === socket) store().setPresence(presence);
  });
  s.on('session:head', ({ seq }) => onHead(s, seq));
  s.on('server:status', (status) => onServerStatus(s, status));
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
  if (headCheck) clearTimeout(headCheck);
  headCheck = null;
  for (const done of whenSynced.splice(0)) done();
  stopWatchingResume();
  stopWatchingNetwork();
  s?.removeAllListeners();
  s?.disconnect();
  store().setConnection('idle');
  store().setPresence(null);
};

/**
 * Sends a command once; until acknowledged it is retried with the same id (after 5 s or a reconnect).
 * A refusal is shown to the user in the live region. `durable` keeps it on this device until answered.
 */
export const sendCommand = async <K extends CommandName>(
  name: K,
  payload: Omit<CommandPayload<K>, 'commandId'>,
  options?: SendOptions,
): Promise<CommandAck> => {
  const res = await queue.send(name, payload, options);
  if (queue.size() === 0) store().withdrawNotice('error.pending');
  if (res.ok) store().setServerStatus({ storage: 'ok' });
  else {
    // Refused because this view was behind: bring it up to date first, so "the view is up to date" is true.
    if (res.error.code === ErrorCode.Stale) await resync();
    if (res.error.code === ErrorCode.StorageUnavailable) store().setServerStatus({ storage: 'unavailable' });
    if (res.error.code === ErrorCode.StorageFull) store().setServerStatus({ storage: 'full' });
    store().notify(errorKey(res.error.code));
  }
  return res;
};

/** Back from a frozen background tab: catch up on the same connection, or reconnect if it dropped. */
const resume = (s: AppSocket) => {
  if (s !== socket || store().connection === 'failed') return;
  if (!s.connected) s.connect();
  else if (!syncing) sync(s);
};

/** The network is gone: close the socket so commands wait (durable ones in the outbox) and the page says so. */
const goOffline = (s: AppSocket) => {
  if (s !== socket) return;
  syncing = false;
  s.disconnect();
  store().setConnection('reconnecting');
};

/** The session is gone: stop for good, forget this phone's identity and the session's data. */
const onSessionDeleted = (s: AppSocket) => {
  if (s !== socket) return;
  const { sessionId } = store();
  if (sessionId) forgetSession(sessionId);
  disconnectSession();
  store().resetSession();
  store().setSessionDeleted(true);
};

const ADMIN_TIMEOUT_MS = 10_000;
const notConnected = () => fail(ErrorCode.Internal, 'not connected');
const noAnswer = () => fail(ErrorCode.Internal, 'no answer');

/** Replaces a secret link; the old one stops working. Replacing one's own link keeps this connection's. */
export const rotateLink = (role: Exclude<Role, 'participant'>): Promise<Ack<{ link: string }>> =>
  new Promise((resolve) => {
    const s = socket;
    if (!s?.connected) return resolve(notConnected());
    s.timeout(ADMIN_TIMEOUT_MS).emit('links:rotate', { role }, (err, res) => {
      if (err) return resolve(noAnswer());
      if (res.ok && s === socket && store().role === role) {
        // Reconnects must present the new token: the old one is no longer accepted.
        s.auth = { protocolVersion: PROTOCOL_VERSION, token: new URL(res.link).hash.slice(1) } satisfies HandshakeAuth;
      }
      resolve(res);
    });
  });

/** Deletes the session and everything in it now; the join code confirms the facilitator means it. */
export const deleteSession = (joinCode: string): Promise<Ack> =>
  new Promise((resolve) => {
    const s = socket;
    if (!s?.connected) return resolve(notConnected());
    s.timeout(ADMIN_TIMEOUT_MS).emit('session:delete', { joinCode }, (err, res) => resolve(err ? noAnswer() : res));
  });

const SUGGEST_TIMEOUT_MS = 20_000;

/** Asks the server for suggested themes for one question's unthemed items; nothing changes until a person accepts. */
export const suggestThemes = (
  questionId: string,
  dismissed: string[],
  placementsOnly = false,
): Promise<ThemeSuggestAck> =>
  new Promise((resolve) => {
    const s = socket;
    if (!s?.connected) return resolve(notConnected());
    s.timeout(SUGGEST_TIMEOUT_MS).emit('themes:suggest', { questionId, dismissed, placementsOnly }, (err, res) =>
      resolve(err ? noAnswer() : res),
    );
  });
