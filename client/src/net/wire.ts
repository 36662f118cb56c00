import type { ClientToServerEvents, ServerToClientEvents } from '@aquarium/shared';

/**
 * The browser's end of the socket.io protocol (v5 over engine.io v4), websocket only: the part of socket.io-client
 * this app uses, in about 1.5 kB gzip where socket.io-client, engine.io-client and their parsers take 11 on every
 * phone (docs/PERFORMANCE.md, "Page weight"). The server is socket.io's own; tests and tools keep socket.io-client.
 *
 * What it does as socket.io-client does: one namespace ("/"), the handshake's `auth`, events in, commands out with
 * their acknowledgement (`timeout(ms)` fails one that gets no answer, or whose connection drops first), emits made
 * while disconnected sent once connected, the server's heartbeat answered and its silence noticed, and reconnection
 * with backoff (1 s doubling to 5 s, ±50 %). What it leaves out: HTTP long-polling and the upgrade to websocket,
 * binary payloads, other namespaces, volatile emits, acknowledgements the server asks of the client (it asks none).
 * One difference: a handshake refused for a reason that may pass (RATE_LIMITED, SHUTTING_DOWN, storage lost) is
 * tried again with the same backoff; socket.io-client gives up until told to connect.
 */

/** Why a connection ended, in socket.io-client's words. */
export type DisconnectReason = 'io server disconnect' | 'io client disconnect' | 'transport close' | 'ping timeout';

interface Reserved {
  connect: () => void;
  disconnect: (reason: DisconnectReason) => void;
  /** The handshake failed: `message` is the server's error code, or "websocket error" when nothing answered. */
  connect_error: (err: Error) => void;
}
type Listeners = ServerToClientEvents & Reserved;
type Listener = (...args: never[]) => void;

type Command = keyof ClientToServerEvents;
/** What the server answers to a command. */
export type AnswerOf<K extends Command> = Parameters<Parameters<ClientToServerEvents[K]>[1]>[0];

interface PendingAck {
  answer: (...args: unknown[]) => void;
  /** Told when the connection drops first (timeout emits only, as in socket.io-client). */
  dropped?: () => void;
}

/** As socket.io-client: a websocket that has not opened by then is given up and tried again. */
const OPEN_TIMEOUT_MS = 20_000;
const RECONNECT_MIN_MS = 1000;
const RECONNECT_MAX_MS = 5000;

/** The websocket address of socket.io's endpoint on `base` (an http(s) URL; the page's own origin by default). */
export const wireUrl = (base: string, path = '/socket.io'): string => {
  const url = new URL(`${path.replace(/\/$/, '')}/?EIO=4&transport=websocket`, base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
};

/** One socket.io connection that reconnects by itself until `disconnect()`. */
export class Wire {
  connected = false;
  /** Sent with every handshake (a rotated link replaces the token for the next one). */
  auth: object;
  private ws: WebSocket | null = null;
  /** Wants to be connected: reconnects after a loss. */
  private active = false;
  private attempts = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimer: ReturnType<typeof setTimeout> | null = null;
  private pingDeadline = Infinity;
  private silenceMs = 0;
  private nextId = 0;
  private readonly acks = new Map<number, PendingAck>();
  /** Packets emitted while not connected, by ack id; sent once connected. */
  private readonly buffer = new Map<number, string>();
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(
    private readonly url: string,
    auth: object,
  ) {
    this.auth = auth;
    this.connect();
  }

  on<K extends keyof Listeners>(name: K, listener: Listeners[K]): this {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    set.add(listener as Listener);
    return this;
  }

  removeAllListeners(): this {
    this.listeners.clear();
    return this;
  }

  /** Opens the connection (now, also while waiting to reconnect); nothing if it is open or opening. */
  connect(): this {
    this.active = true;
    if (this.ws) return this;
    this.clearRetry();
    const ws = new WebSocket(this.url);
    this.ws = ws;
    ws.onmessage = (e) => this.ws === ws && this.onEngine(String(e.data));
    ws.onclose = () => this.ws === ws && this.lost(this.connected ? 'transport close' : null);
    this.pingTimer = setTimeout(() => this.ws === ws && !this.connected && this.lost(null), OPEN_TIMEOUT_MS);
    return this;
  }

  /** Closes for good (until `connect()`); what waits for an answer with a timeout is told so. */
  disconnect(): this {
    this.active = false;
    this.clearRetry();
    if (this.connected) this.send('41');
    this.close(this.connected ? 'io client disconnect' : null);
    return this;
  }

  /** Sends a command; `answer` gets the server's acknowledgement (never, if the connection drops first). */
  emit<K extends Command>(name: K, payload: unknown, answer: (res: AnswerOf<K>) => void): this {
    this.request(name, payload, { answer: answer as PendingAck['answer'] });
    return this;
  }

  /** `emit` whose callback gets an error when no answer comes within `ms` or the connection drops first. */
  timeout(ms: number) {
    return {
      emit: <K extends Command>(
        name: K,
        payload: unknown,
        answer: (...result: [err: Error, res: undefined] | [err: null, res: AnswerOf<K>]) => void,
      ): void => {
        let timer: ReturnType<typeof setTimeout> | undefined = undefined;
        const fail = (message: string) => {
          clearTimeout(timer);
          answer(new Error(message), undefined);
        };
        const id = this.request(name, payload, {
          answer: (res) => {
            clearTimeout(timer);
            answer(null, res as AnswerOf<K>);
          },
          dropped: () => fail('socket has been disconnected'),
        });
        timer = setTimeout(() => {
          this.acks.delete(id);
          this.buffer.delete(id);
          fail('operation has timed out');
        }, ms);
      },
    };
  }

  private request(name: string, payload: unknown, ack: PendingAck): number {
    const id = this.nextId++;
    this.acks.set(id, ack);
    const packet = `42${id}${JSON.stringify([name, payload])}`;
    // A heartbeat missed while the page was frozen: the connection is dead, though no timer has said so yet.
    if (this.connected && Date.now() > this.pingDeadline) this.lost('ping timeout');
    if (this.connected) this.send(packet);
    else this.buffer.set(id, packet);
    return id;
  }

  private fire<K extends keyof Listeners>(name: K, ...args: Parameters<Listeners[K]>) {
    this.fireAny(name, args);
  }

  private fireAny(name: string, args: unknown[]) {
    for (const listener of [...(this.listeners.get(name) ?? [])]) (listener as (...a: unknown[]) => void)(...args);
  }

  private send(packet: string) {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(packet);
  }

  /** One engine.io packet: the handshake, the heartbeat, or a socket.io packet. */
  private onEngine(data: string) {
    const type = data[0];
    if (type === '0') {
      const open = JSON.parse(data.slice(1)) as { pingInterval: number; pingTimeout: number };
      this.silenceMs = open.pingInterval + open.pingTimeout;
      this.heard();
      this.send(`40${JSON.stringify(this.auth)}`);
    } else if (type === '2') {
      this.heard();
      this.send('3');
    } else if (type === '1') this.lost(this.connected ? 'transport close' : null);
    else if (type === '4') this.onPacket(data.slice(1));
  }

  /** One socket.io packet of the main namespace: type, then an ack id (digits), then JSON. */
  private onPacket(packet: string) {
    const match = /^(\d)(\d*)(.*)$/s.exec(packet);
    if (!match) return;
    const [, type, id, json] = match;
    const data: unknown = json ? JSON.parse(json) : undefined;
    if (type === '0') {
      this.connected = true;
      this.attempts = 0;
      for (const queued of this.buffer.values()) this.send(queued);
      this.buffer.clear();
      this.fire('connect');
    } else if (type === '1') {
      this.active = false;
      this.close('io server disconnect');
    } else if (type === '2' && Array.isArray(data)) {
      const [name, ...args] = data as [string, ...unknown[]];
      this.fireAny(name, args);
    } else if (type === '3' && Array.isArray(data)) {
      const ack = this.acks.get(Number(id));
      this.acks.delete(Number(id));
      ack?.answer(...(data as unknown[]));
    } else if (type === '4') {
      // Refused at the handshake: the listener may end it for good (`disconnect()`), or it is tried again later.
      this.close(null);
      this.fire('connect_error', new Error((data as { message?: string } | undefined)?.message ?? 'refused'));
      this.retryLater();
    }
  }

  /** The server spoke: it is silent too long only after `pingInterval + pingTimeout` from now. */
  private heard() {
    if (this.pingTimer) clearTimeout(this.pingTimer);
    this.pingDeadline = Date.now() + this.silenceMs;
    const ws = this.ws;
    this.pingTimer = setTimeout(() => this.ws === ws && this.lost('ping timeout'), this.silenceMs);
  }

  /** The connection was lost (or never made): say so and try again later. */
  private lost(reason: DisconnectReason | null) {
    this.close(reason);
    if (!reason) this.fire('connect_error', new Error('websocket error'));
    this.retryLater();
  }

  /** Closes the websocket; a connection that was up ends with `reason`, failing what waits with a timeout. */
  private close(reason: DisconnectReason | null) {
    const ws = this.ws;
    this.ws = null;
    if (this.pingTimer) clearTimeout(this.pingTimer);
    this.pingTimer = null;
    this.pingDeadline = Infinity;
    if (ws) {
      ws.onmessage = ws.onclose = null;
      ws.close();
    }
    if (!this.connected || !reason) return;
    this.connected = false;
    for (const [id, ack] of [...this.acks]) {
      if (this.buffer.has(id)) continue;
      this.acks.delete(id);
      ack.dropped?.();
    }
    this.fire('disconnect', reason);
  }

  private retryLater() {
    if (!this.active || this.retryTimer) return;
    const base = Math.min(RECONNECT_MIN_MS * 2 ** this.attempts++, RECONNECT_MAX_MS);
    const delay = Math.min(base * (0.5 + Math.random()), RECONNECT_MAX_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.active) this.connect();
    }, delay);
  }

  private clearRetry() {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
