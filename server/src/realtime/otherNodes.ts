/**
 * What the other server nodes last said about each session, for what each node shares with the others through the
 * adapter (who is connected, where the staff are connected from). Each node repeats its word every refresh period;
 * a node not heard for three periods is dropped, so a node that died does not keep its phones online or its
 * addresses a venue. While this node cannot hear the others (Redis unreachable), nothing is dropped: their silence
 * says nothing about them, and once it hears again every node gets three periods to be heard.
 */
export class OtherNodes<T> {
  private readonly bySession = new Map<string, Map<string, { value: T; at: number }>>();
  private deaf = false;

  constructor(
    private readonly refreshMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A node's word on a session, replacing what it said before; `null` once it has nothing there. */
  set(nodeId: string, sessionId: string, value: T | null): void {
    let nodes = this.bySession.get(sessionId);
    if (!nodes) this.bySession.set(sessionId, (nodes = new Map()));
    if (value === null) nodes.delete(nodeId);
    else nodes.set(nodeId, { value, at: this.now() });
    if (nodes.size === 0) this.bySession.delete(sessionId);
  }

  /** What the nodes heard lately said about a session. */
  *of(sessionId: string): Generator<T> {
    const nodes = this.bySession.get(sessionId);
    if (nodes) for (const { value } of nodes.values()) yield value;
  }

  /** What the nodes heard lately said, about every session. */
  *all(): Generator<T> {
    for (const nodes of this.bySession.values()) for (const { value } of nodes.values()) yield value;
  }

  /**
   * Keeps the word going: `share` (this node's own word, to the others) every refresh period, and a sweep three
   * times a period, so a node not heard for three periods is dropped at most a third of a period later (a dead
   * node's phones leave the console within 10 s, not 12). `dropped` hears the sessions that lost a node. Returns
   * the stop.
   */
  repeat(share: () => void, canHear: () => boolean, dropped: (sessionIds: string[]) => void): () => void {
    const sharing = setInterval(share, this.refreshMs);
    const sweeping = setInterval(() => {
      const lost = this.sweep(canHear());
      if (lost.length > 0) dropped(lost);
    }, this.refreshMs / 3);
    sharing.unref();
    sweeping.unref();
    return () => {
      clearInterval(sharing);
      clearInterval(sweeping);
    };
  }

  /** Drops the nodes not heard for three refresh periods; returns the sessions that lost one. */
  sweep(canHear: boolean): string[] {
    if (!canHear) {
      this.deaf = true;
      return [];
    }
    if (this.deaf) {
      this.deaf = false;
      for (const nodes of this.bySession.values()) for (const entry of nodes.values()) entry.at = this.now();
    }
    const stale = this.now() - 3 * this.refreshMs;
    const changed: string[] = [];
    for (const [sessionId, nodes] of this.bySession) {
      const before = nodes.size;
      for (const [nodeId, { at }] of nodes) if (at < stale) nodes.delete(nodeId);
      if (nodes.size === 0) this.bySession.delete(sessionId);
      if (nodes.size < before) changed.push(sessionId);
    }
    return changed;
  }
}
