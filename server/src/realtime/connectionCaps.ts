/**
 * Open connections per key (an address, a token), with a cap. A connection counts from the handshake
 * until its transport closes, whether or not it ever finished connecting, so a burst of handshakes
 * cannot all pass the check before any of them is counted. The caller closes what it opened, once
 * (socket.ts closes a connection's address and token together, with one listener per connection: issue #24).
 */
export class ConnectionCounter {
  private readonly open_ = new Map<string, number>();

  constructor(readonly cap: number) {}

  /** Counts one connection under `key`; false (and not counted) when the key is at its cap. */
  open(key: string): boolean {
    const n = this.open_.get(key) ?? 0;
    if (n >= this.cap) return false;
    this.open_.set(key, n + 1);
    return true;
  }

  /** One connection under `key` has closed. */
  close(key: string): void {
    const n = this.open_.get(key);
    if (n === undefined) return;
    if (n > 1) this.open_.set(key, n - 1);
    else this.open_.delete(key);
  }

  count(key: string): number {
    return this.open_.get(key) ?? 0;
  }
}
