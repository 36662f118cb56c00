import type { Socket } from 'socket.io';

/**
 * Open connections per key (an address, a token), with a cap. A connection counts from the handshake
 * until its transport closes, whether or not it ever finished connecting, so a burst of handshakes
 * cannot all pass the check before any of them is counted.
 */
export class ConnectionCounter {
  private readonly open_ = new Map<string, Set<string>>();

  constructor(readonly cap: number) {}

  /** Counts the socket under `key`; false (and not counted) when the key is at its cap. */
  open(key: string, socket: Socket): boolean {
    const set = this.open_.get(key) ?? new Set<string>();
    if (set.size >= this.cap) return false;
    set.add(socket.id);
    this.open_.set(key, set);
    const release = () => this.close(key, socket);
    socket.conn.once('close', release);
    socket.once('disconnect', release);
    return true;
  }

  close(key: string, socket: Socket): void {
    const set = this.open_.get(key);
    if (!set) return;
    set.delete(socket.id);
    if (set.size === 0) this.open_.delete(key);
  }

  count(key: string): number {
    return this.open_.get(key)?.size ?? 0;
  }
}
