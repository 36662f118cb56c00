import {
  PROTOCOL_VERSION,
  reduceAll,
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
import { io as connect, type Socket } from 'socket.io-client';

/** A command's payload as a test writes it: typed by the shared schema, the command id added by the client. */
export type CommandInput<K extends CommandName> = Omit<CommandPayload<K>, 'commandId'>;

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The kit's socket client: a real socket.io client that folds what it receives with the shared reducer, as the browser does;
 * commands typed by the shared command map, and waits on state, presence or an event, never on the clock.
 */
export class TestClient {
  state: SessionState | null = null;
  received: SessionEvent[] = [];
  presence: Presence | null = null;
  /** Every raw frame received, for privacy assertions. */
  frames: unknown[] = [];
  /** Every raw engine.io packet received, byte for byte as it came over the wire. */
  wire: string[] = [];

  private constructor(readonly socket: ClientSocket) {
    socket.on('session:events', (events) => this.apply(events));
    socket.on('session:presence', (p) => (this.presence = p));
    socket.onAny((...args) => this.frames.push(args));
  }

  static async connect(url: string, token: string, protocolVersion = PROTOCOL_VERSION): Promise<TestClient> {
    const socket: ClientSocket = connect(url, {
      auth: { token, protocolVersion },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    const wire: string[] = [];
    socket.io.on('open', () => socket.io.engine.on('packet', (p: { data?: unknown }) => wire.push(String(p.data))));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (err) => reject(err));
    });
    const client = new TestClient(socket);
    client.wire = wire;
    await client.sync();
    return client;
  }

  apply(events: SessionEvent[]) {
    this.received.push(...events);
    this.state = reduceAll(this.state, events);
  }

  async sync(): Promise<SyncAck> {
    const ack = await this.socket.emitWithAck('sync:request', { lastSeq: this.state?.seq ?? 0 });
    this.frames.push(['sync', ack]);
    if (ack.ok) this.apply(ack.events);
    return ack;
  }

  /** Sends any payload, well-formed or not (abuse and fuzz tests); see `command` for the typed one. */
  send(name: CommandName, payload: Record<string, unknown> = {}, commandId = nanoid()): Promise<CommandAck> {
    return this.socket.emitWithAck(name, { commandId, ...payload });
  }

  /** Sends a command whose payload the shared schema types, and resolves with its ack. */
  command<K extends CommandName>(name: K, payload: CommandInput<K>, commandId = nanoid()): Promise<CommandAck> {
    return this.send(name, payload as Record<string, unknown>, commandId);
  }

  /** Sends a command that must be accepted; throws with the refusal's code otherwise. */
  async ok<K extends CommandName>(name: K, payload: CommandInput<K>): Promise<void> {
    const ack = await this.command(name, payload);
    if (!ack.ok) throw new Error(`${name} refused: ${ack.error.code} ${ack.error.message}`);
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
