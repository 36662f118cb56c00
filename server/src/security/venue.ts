import type { Socket } from 'socket.io';

/**
 * The addresses a session's staff or projector are connected from (on this node). A venue's phones
 * usually share the room's one address with the facilitator's laptop and the projector: joins from
 * there count against the venue's own, larger limit (per session and address), so a whole audience can
 * join in a minute. An outsider elsewhere keeps the ordinary per-address limit and cannot spend the
 * venue's; anyone with the join code can still fill a session only up to its participant cap.
 */
export class VenueAddresses {
  private readonly open = new Map<string, Map<string, number>>();

  /** Counts a staff or projector connection from `address` until it closes. */
  add(sessionId: string, address: string, socket: Socket): void {
    const addresses = this.open.get(sessionId) ?? new Map<string, number>();
    addresses.set(address, (addresses.get(address) ?? 0) + 1);
    this.open.set(sessionId, addresses);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const n = (addresses.get(address) ?? 1) - 1;
      if (n > 0) addresses.set(address, n);
      else addresses.delete(address);
      if (addresses.size === 0) this.open.delete(sessionId);
    };
    socket.conn.once('close', release);
    socket.once('disconnect', release);
  }

  has(sessionId: string, address: string): boolean {
    return this.open.get(sessionId)?.has(address) ?? false;
  }
}
