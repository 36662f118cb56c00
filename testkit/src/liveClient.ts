import {
  isTransientRefusal,
  retryAfterMs,
  ErrorCode,
  PROTOCOL_VERSION,
  type CommandAck,
  type CommandName,
  type ServerStatus,
  type SessionEvent,
  type SyncAck,
} from '@aquarium/shared';
import { TestClient, type ClientSocket } from './client.js';

/** What the browser client waits, in ms (client/src/net/socket.ts and commandQueue.ts). */
export const HEAD_GRACE_MS = 1500;
const COMMAND_TIMEOUT_MS = 5000;

/** A command as a user made it, and how it ended. */
export interface Made {
  name: CommandName;
  commandId: string;
  payload: Record<string, unknown>;
  attempts: number;
  /** Set once the server answered for good. */
  answer?: CommandAck;
  /** Codes of refusals that were waited out (sent again with the same id). */
  heldBy: string[];
}

/**
 * A phone, console or projector as `client/src/net` is one, over a real socket.io connection: it syncs
 * from its newest sequence number on every (re)connect, holds live events that come during a sync, asks
 * for what it lacks when an announced head is ahead of it for `HEAD_GRACE_MS`, sends every command with a
 * fixed id until answered (again after a timeout or reconnect), waits out the flood limit's `retryInMs`,
 * and keeps a command refused because storage is lost until it is saved (as the outbox keeps typed text).
 * When its node dies it reconnects to another one from `urls()`.
 */
export class LiveClient extends TestClient {
  readonly made: Made[] = [];
  readonly statuses: ServerStatus[] = [];
  syncs = 0;
  headSyncs = 0;
  /** The newest snapshot installed (staff and the projector far behind, as the browser accepts them); 0 for none. */
  coveredUpTo = 0;
  snapshots = 0;
  /** Tests: this many live messages are dropped unseen, as a lost broadcast would be. */
  loseNext = 0;
  reconnects = 0;
  private syncing = false;
  private buffered: SessionEvent[] = [];
  private headTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private urlIndex: number;
  private readonly pending = new Map<
    string,
    {
      made: Made;
      payload: { commandId: string };
      durable: boolean;
      timer: NodeJS.Timeout | null;
      resolve: (a: CommandAck) => void;
    }
  >();

  private constructor(
    private readonly urls: () => string[],
    private readonly token: string,
    first: number,
  ) {
    super();
    this.urlIndex = first;
  }

  /** Connects to `urls()[first]` and resolves once the first sync is folded in. */
  static async open(urls: () => string[], token: string, first = 0): Promise<LiveClient> {
    const c = new LiveClient(urls, token, first);
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('no first sync')), 60_000);
      c.onSynced = () => {
        clearTimeout(t);
        c.onSynced = null;
        resolve();
      };
      c.dial();
    });
    return c;
  }

  private onSynced: (() => void) | null = null;

  /**
   * One server, as a phone or a console sees it: reconnects when the connection drops (a missed heartbeat on a busy
   * machine), syncs and sends again what was not answered. What e2e scenarios script with.
   */
  static override connect(url: string, token: string): Promise<LiveClient> {
    return LiveClient.open(() => [url], token);
  }

  override get connected() {
    return this.socket?.connected === true && !this.syncing;
  }

  /** The node this client dials next (see `dialed` for the one it is on). */
  get url() {
    const urls = this.urls();
    return urls[this.urlIndex % urls.length]!;
  }

  /** The node this client connected to last. */
  dialed = '';

  private dial() {
    if (this.closed) return;
    this.dialed = this.url;
    const s = this.openSocket(this.dialed, this.token, PROTOCOL_VERSION, 3000);
    s.on('connect', () => {
      // A node tells its status on connect only when it is not ok (docs/PROTOCOL.md): all well until told.
      if (this.statuses.length > 0) this.statuses.push({ storage: 'ok', broadcast: 'ok' });
      this.catchUp(s);
    });
    s.on('session:head', ({ seq }) => this.onHead(s, seq));
    s.on('server:status', (status) => this.statuses.push(status));
    const retry = () => {
      if (s !== this.socket || this.closed) return;
      s.removeAllListeners();
      s.disconnect();
      this.syncing = false;
      this.reconnects++;
      // Another node, at random (or the same one back): as a load balancer spreads reconnects.
      const urls = this.urls();
      const failed = this.dialed;
      const others = urls.map((u, i) => ({ u, i })).filter(({ u }) => u !== failed);
      const pick = others.length > 0 ? others[Math.floor(Math.random() * others.length)]! : null;
      this.urlIndex = pick ? pick.i : this.urlIndex;
      setTimeout(() => this.dial(), 100 + Math.random() * 200);
    };
    s.on('disconnect', retry);
    s.on('connect_error', retry);
  }

  protected override live(events: SessionEvent[]) {
    if (this.loseNext > 0) {
      this.loseNext--; // a test's stand-in for a broadcast that never came
      return;
    }
    if (this.syncing) this.buffered.push(...events);
    else this.apply(events, true);
  }

  /** Syncs from the newest sequence number, holding live events that come meanwhile; then sends what waits. */
  private catchUp(s: ClientSocket) {
    this.syncing = true;
    this.buffered = [];
    if (this.headTimer) clearTimeout(this.headTimer);
    this.headTimer = null;
    this.syncs++;
    s.timeout(10_000).emit('sync:request', { lastSeq: this.seq, snapshot: true }, (err: Error | null, res: SyncAck) => {
      if (s !== this.socket) return;
      if (err || !res.ok) {
        // No answer, or storage lost: ask again in a moment on the same connection.
        setTimeout(() => s === this.socket && s.connected && this.catchUp(s), 500);
        return;
      }
      // As the browser installs it: the server's fold of what this connection may see, then what follows.
      if (res.snapshot && res.snapshot.seq > this.seq) {
        this.state = res.snapshot;
        this.coveredUpTo = res.snapshot.seq;
        this.snapshots++;
      }
      this.apply(res.events);
      this.apply(this.buffered);
      this.buffered = [];
      this.syncing = false;
      this.onSynced?.();
      for (const p of this.pending.values()) this.attempt(p.made.commandId);
    });
  }

  private onHead(s: ClientSocket, seq: number) {
    if (s !== this.socket || this.syncing || this.headTimer || this.seq >= seq) return;
    this.headTimer = setTimeout(() => {
      this.headTimer = null;
      if (s === this.socket && s.connected && !this.syncing && this.seq < seq) {
        this.headSyncs++;
        this.catchUp(s);
      }
    }, HEAD_GRACE_MS);
  }

  /**
   * Sends a command as the app does; resolves with its final answer. `durable` as typed text is (a
   * thought, a note): a refusal because storage is lost keeps it and sends it again; a click is told.
   */
  protected override deliver(name: CommandName, payload: { commandId: string }, durable: boolean): Promise<CommandAck> {
    const { commandId } = payload;
    const made: Made = { name, commandId, payload: { ...payload }, attempts: 0, heldBy: [] };
    delete made.payload.commandId;
    this.made.push(made);
    return new Promise((resolve) => {
      this.pending.set(commandId, { made, payload, durable, timer: null, resolve });
      this.attempt(commandId);
    });
  }

  /** Asks for what the view lacks now and resolves once it is folded in (as the app does on STALE). */
  resync(): Promise<void> {
    const s = this.socket;
    if (!s?.connected) return Promise.resolve();
    return new Promise((resolve) => {
      const before = this.syncs;
      if (!this.syncing) this.catchUp(s);
      const check = setInterval(() => {
        if (this.closed || (!this.syncing && this.syncs > before) || !s.connected) {
          clearInterval(check);
          resolve();
        }
      }, 10);
    });
  }

  private attempt(commandId: string) {
    const p = this.pending.get(commandId);
    if (!p) return;
    if (p.timer) clearTimeout(p.timer);
    p.timer = null;
    const s = this.socket;
    if (!s?.connected || this.syncing) return; // sent again after the next sync
    p.made.attempts++;
    p.timer = setTimeout(() => this.attempt(commandId), COMMAND_TIMEOUT_MS);
    s.emit(p.made.name, p.payload as never, (res: CommandAck) => {
      const still = this.pending.get(commandId);
      if (!still) return;
      // The app's policy (shared/src/retryPolicy.ts): the flood limit's wait, and typed text through an outage.
      const wait = retryAfterMs(res) ?? (still.durable && isTransientRefusal(res) ? 500 : null);
      if (wait !== null && !res.ok) {
        still.made.heldBy.push(res.error.code);
        if (still.timer) clearTimeout(still.timer);
        still.timer = setTimeout(() => this.attempt(commandId), wait);
        return;
      }
      if (still.timer) clearTimeout(still.timer);
      this.pending.delete(commandId);
      still.made.answer = res;
      // Refused because this view was behind: bring it up to date before telling anyone.
      if (!res.ok && res.error.code === ErrorCode.Stale) void this.resync().then(() => still.resolve(res));
      else still.resolve(res);
    });
  }

  /** Commands not answered yet. */
  get waiting() {
    return this.pending.size;
  }

  override close() {
    this.closed = true;
    if (this.headTimer) clearTimeout(this.headTimer);
    for (const p of this.pending.values()) if (p.timer) clearTimeout(p.timer);
    super.close();
  }
}
