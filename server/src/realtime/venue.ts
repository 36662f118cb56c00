import type { Socket } from 'socket.io';
import { OtherNodes } from './otherNodes.js';

export interface VenueOptions {
  /** Shares this node's addresses of a session with the other nodes (empty once none is left); absent on one node. */
  share?: (sessionId: string, addresses: string[]) => void;
  /**
   * How often a node repeats its addresses to the others. A node's addresses not repeated for three periods are
   * dropped: a node that died does not keep its addresses a venue.
   */
  refreshMs?: number;
  /** Whether this node hears the others now (Redis reachable); while it does not, nothing heard is dropped. */
  canHear?: () => boolean;
  now?: () => number;
}

/**
 * The addresses a session's staff or projector are connected from, on this node and (with several nodes) on the
 * others. A venue's phones usually share the room's one address with the facilitator's laptop and the projector:
 * joins from there count against the venue's own, larger limit (per session and address), so a whole audience can
 * join in a minute, and mistyped codes from there against a larger wrong-code limit, so a few dozen typos in a big
 * hall do not lock the hall out. An outsider elsewhere keeps the ordinary per-address limits and cannot spend the
 * venue's; anyone with the join code can still fill a session only up to its participant cap.
 *
 * Without sticky sessions a phone's join may reach any node, while the facilitator is connected to one: so each node
 * shares its addresses through the adapter, as presence does, and every node knows the venue.
 */
export class VenueAddresses {
  /** This node's connections: session → address → open connections. */
  private readonly own = new Map<string, Map<string, number>>();
  /** What the other nodes said: their addresses of each session. */
  private readonly others: OtherNodes<Set<string>>;
  private readonly stopRepeating: (() => void) | null = null;

  constructor(private readonly options: VenueOptions = {}) {
    this.others = new OtherNodes(options.refreshMs ?? 3000, options.now);
    if (options.share) {
      const share = options.share;
      this.stopRepeating = this.others.repeat(
        () => {
          for (const [sessionId, addresses] of this.own) share(sessionId, [...addresses.keys()]);
        },
        () => options.canHear?.() ?? true,
        () => undefined,
      );
    }
  }

  /** Counts a staff or projector connection from `address` until it closes. */
  add(sessionId: string, address: string, socket: Socket): void {
    const addresses = this.own.get(sessionId) ?? new Map<string, number>();
    const first = !addresses.has(address);
    addresses.set(address, (addresses.get(address) ?? 0) + 1);
    this.own.set(sessionId, addresses);
    if (first) this.options.share?.(sessionId, [...addresses.keys()]);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const n = (addresses.get(address) ?? 1) - 1;
      if (n > 0) return void addresses.set(address, n);
      addresses.delete(address);
      if (addresses.size === 0 && this.own.get(sessionId) === addresses) this.own.delete(sessionId);
      this.options.share?.(sessionId, [...addresses.keys()]);
    };
    socket.conn.once('close', release);
    socket.once('disconnect', release);
  }

  /** Another node's addresses of a session (`share` there); replaces what that node said before. */
  receive(nodeId: string, sessionId: string, addresses: string[]): void {
    this.others.set(nodeId, sessionId, addresses.length > 0 ? new Set(addresses) : null);
  }

  /** Whether `address` is a venue of this session: its staff or projector are connected from there, on any node. */
  has(sessionId: string, address: string): boolean {
    if (this.own.get(sessionId)?.has(address)) return true;
    for (const addresses of this.others.of(sessionId)) if (addresses.has(address)) return true;
    return false;
  }

  /** Whether `address` is a venue of any session (a wrong code does not say which session it was meant for). */
  hasAny(address: string): boolean {
    for (const addresses of this.own.values()) if (addresses.has(address)) return true;
    for (const addresses of this.others.all()) if (addresses.has(address)) return true;
    return false;
  }

  stop(): void {
    this.stopRepeating?.();
  }
}
