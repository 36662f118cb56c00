import {
  PROTOCOL_VERSION,
  reduceAll,
  retryAfterMs,
  type ClientToServerEvents,
  type CommandAck,
  type CommandName,
  type CommandPayload,
  type EventType,
  type Presence,
  type ServerToClientEvents,
  type SessionEvent,
  type SessionState,
  type SyncAck,
} from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { io, type Socket } from 'socket.io-client';

/** A command's payload as a test writes it: typed by the shared schema, the command id added by the client. */
export type CommandInput<K extends CommandName> = Omit<CommandPayload<K>, 'commandId'>;

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How a command is sent: its id (fixed over every retry), and whether it is typed text that waits out an outage. */
export interface SendOptions {
  commandId?: string;
  durable?: boolean;
}

/**
 * The kit's socket client, used by every integration test and e2e scenario: a real socket.io client that folds what
 * it receives with the shared reducer, as the browser does; commands typed by the shared command map; waits on
 * state, presence or an event, never on the clock. `LiveClient` extends it with the browser's reconnects and retries.
 */
export class TestClient {
  state: SessionState | null = null;
  /** Every event received, live or by sync, duplicates included. */
  readonly received: SessionEvent[] = [];
  /** Every event folded, in the order it was folded. */
  readonly applied: SessionEvent[] = [];
  /** Live events that came not newer than the view (a reducer would have dropped them). */
  readonly late: SessionEvent[] = [];
  presence: Presence | null = null;
  /** Every raw frame received, for privacy assertions. */
  readonly frames: unknown[] = [];
  /** Every raw engine.io packet received, byte for byte as it came over the wire. */
  readonly wire: string[] = [];
  /** The connection now (a `LiveClient` replaces it on every reconnect). */
  socket!: ClientSocket;

  protected constructor() {}

  /** Connects once (no reconnects) and resolves after the first sync is folded in. */
  static async connect(url: string, token: string, protocolVersion = PROTOCOL_VERSION): Promise<TestClient> {
    const client = new TestClient();
    const socket = client.openSocket(url, token, protocolVersion);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (err) => reject(err));
    });
    await client.sync();
    return client;
  }

  /** Opens a connection to `url` as this client and listens to it; the last one opened is `socket`. */
  protected openSocket(url: string, token: string, protocolVersion = PROTOCOL_VERSION, timeout?: number): ClientSocket {
    const socket: ClientSocket = io(url, {
      auth: { token, protocolVersion },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      ...(timeout === undefined ? {} : { timeout }),
    });
    this.socket = socket;
    socket.io.on('open', () =>
      socket.io.engine.on('packet', (p: { data?: unknown }) => {
        if (socket === this.socket) this.wire.push(String(p.data));
      }),
    );
    socket.on('session:events', (events) => socket === this.socket && this.live(events));
    socket.on('session:presence', (p) => socket === this.socket && (this.presence = p));
    socket.onAny((...args) => socket === this.socket && this.frames.push(args));
    return socket;
  }

  /** Live events pushed by the server. */
  protected live(events: SessionEvent[]) {
    this.apply(events, true);
  }

  /** The newest sequence number folded. */
  get seq() {
    return this.state?.seq ?? 0;
  }

  get connected() {
    return this.socket.connected;
  }

  /** Folds events not folded yet (by sequence number), as the browser's store does. */
  apply(events: SessionEvent[], live = false) {
    this.received.push(...events);
    // One fold for the whole batch: a catch-up of thousands of events copies each collection once, not per event.
    const fresh: SessionEvent[] = [];
    let seq = this.seq;
    for (const e of events) {
      if (e.seq <= seq) {
        if (live && !this.applied.some((a) => a.seq === e.seq)) this.late.push(e);
        continue;
      }
      fresh.push(e);
      seq = e.seq;
    }
    if (fresh.length === 0) return;
    this.state = reduceAll(this.state, fresh);
    for (const e of fresh) this.applied.push(e);
  }

  /** Asks for everything after the newest sequence number folded, and folds it in. */
  async sync(): Promise<SyncAck> {
    const ack = await this.socket.emitWithAck('sync:request', { lastSeq: this.seq });
    this.frames.push(['sync', ack]);
    if (ack.ok) this.apply(ack.events);
    return ack;
  }

  /**
   * Sends any payload, well-formed or not (abuse and fuzz tests; see `command` for the typed one), and resolves with
   * its answer. `options` is the command id, or `SendOptions`.
   */
  send(name: CommandName, payload: object = {}, options: string | SendOptions = {}): Promise<CommandAck> {
    const { commandId = nanoid(), durable = false } = typeof options === 'string' ? { commandId: options } : options;
    return this.deliver(name, { ...payload, commandId }, durable);
  }

  /** How a command goes out: here once, over the one connection; a `LiveClient` retries as the app does. */
  protected deliver(name: CommandName, payload: { commandId: string }, _durable: boolean): Promise<CommandAck> {
    return this.socket.emitWithAck(name, payload as never);
  }

  /** Sends a command whose payload the shared schema types, and resolves with its answer. */
  command<K extends CommandName>(
    name: K,
    payload: CommandInput<K>,
    options: string | SendOptions = {},
  ): Promise<CommandAck> {
    return this.send(name, payload, options);
  }

  /** Sends a command that must be accepted; throws with the refusal's code otherwise. */
  async ok<K extends CommandName>(name: K, payload: CommandInput<K>, options: SendOptions = {}): Promise<CommandAck> {
    const ack = await this.command(name, payload, options);
    if (!ack.ok) throw new Error(`${name} refused: ${ack.error.code} ${ack.error.message}`);
    return ack;
  }

  /**
   * `ok` for a script that sends faster than a person: a flood-limit refusal is waited out as the app does
   * (`retryAfterMs`, shared/src/retryPolicy.ts) and the command sent again with the same id.
   */
  async patiently<K extends CommandName>(name: K, payload: CommandInput<K>): Promise<CommandAck> {
    const commandId = nanoid();
    for (;;) {
      const ack = await this.command(name, payload, commandId);
      const wait = retryAfterMs(ack);
      if (wait === null) {
        if (!ack.ok) throw new Error(`${name} refused: ${ack.error.code} ${ack.error.message}`);
        return ack;
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  /** Waits until an event of `type` has been received (live or by sync) and matches `check`. */
  untilEvent<K extends EventType>(
    type: K,
    check: (e: Extract<SessionEvent, { type: K }>) => boolean = () => true,
    timeoutMs = 20_000,
  ): Promise<Extract<SessionEvent, { type: K }>> {
    const find = () =>
      (this.received.find((e) => e.type === type && check(e as Extract<SessionEvent, { type: K }>)) as
        Extract<SessionEvent, { type: K }> | undefined) ?? null;
    return this.poll(find, timeoutMs, `event ${type}`, () => this.received.map((e) => e.type));
  }

  /** Waits until `check` holds for this client's state (events arrive asynchronously). */
  until(check: (s: SessionState) => boolean, timeoutMs = 20_000): Promise<SessionState> {
    return this.poll(
      () => (this.state && check(this.state) ? this.state : null),
      timeoutMs,
      'state',
      () => this.state,
    );
  }

  /** Waits until `check` holds for the presence last sent to this (staff) client. */
  untilPresence(check: (p: Presence) => boolean, timeoutMs = 20_000): Promise<Presence> {
    return this.poll(
      () => (this.presence && check(this.presence) ? this.presence : null),
      timeoutMs,
      'presence',
      () => this.presence,
    );
  }

  close() {
    this.socket.removeAllListeners();
    this.socket.disconnect();
  }

  private async poll<T>(found: () => T | null, timeoutMs: number, what: string, last: () => unknown): Promise<T> {
    const start = Date.now();
    while (Date.now() - start < timeoutMs) {
      const value = found();
      if (value) return value;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`condition not met within ${timeoutMs} ms; ${what}: ${JSON.stringify(last())}`);
  }
}
