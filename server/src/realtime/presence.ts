import type { Presence, Role } from '@aquarium/shared';
import { OtherNodes } from './otherNodes.js';

interface Counts {
  participants: Map<string, number>;
  roles: Map<Role, number>;
}

export interface PresenceOptions {
  /** Sends a session's presence (over every node) to this node's staff connections. */
  tell: (sessionId: string, presence: Presence) => void;
  /** Shares this node's own count of a session with the other nodes; absent on a single node. */
  share?: (sessionId: string, own: Presence) => void;
  /** Changes go out at most this often, so two thousand phones joining are not two thousand messages. */
  intervalMs?: number;
  /**
   * How often a node repeats its counts to the others. A node's counts not repeated for three periods are dropped:
   * a node that died does not keep its phones online.
   */
  refreshMs?: number;
  /**
   * Whether this node hears the others now (Redis reachable). While it does not, no node's counts are
   * dropped: their silence says nothing about them.
   */
  canHear?: () => boolean;
  now?: () => number;
}

const empty = (p: Presence) => p.participantIds.length + p.facilitators + p.scribes + p.screens === 0;

/**
 * Who is connected to each session. Each node counts its own connections; with several nodes, each shares its
 * counts with the others (`share`, `receive`) and tells its own staff the union, so the console's "online" and
 * "chair offline" hold whichever node a phone is connected to.
 */
export class PresenceTracker {
  private readonly own = new Map<string, Counts>();
  private readonly others: OtherNodes<Presence>;
  private readonly toTell = new Set<string>();
  private readonly toShare = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private readonly stopRepeating: (() => void) | null = null;
  private readonly intervalMs: number;
  private readonly refreshMs: number;

  constructor(private readonly options: PresenceOptions) {
    this.intervalMs = options.intervalMs ?? 300;
    this.refreshMs = options.refreshMs ?? 3000;
    this.others = new OtherNodes(this.refreshMs, options.now);
    if (options.share) {
      const share = options.share;
      this.stopRepeating = this.others.repeat(
        () => {
          for (const id of this.own.keys()) share(id, this.ownSnapshot(id));
        },
        () => options.canHear?.() ?? true,
        (sessionIds) => sessionIds.forEach((id) => this.soon(id)),
      );
    }
  }

  change(sessionId: string, role: Role, participantId: string | null, delta: 1 | -1): void {
    let counts = this.own.get(sessionId);
    if (!counts) this.own.set(sessionId, (counts = { participants: new Map(), roles: new Map() }));
    counts.roles.set(role, (counts.roles.get(role) ?? 0) + delta);
    if (participantId) {
      const n = (counts.participants.get(participantId) ?? 0) + delta;
      if (n > 0) counts.participants.set(participantId, n);
      else counts.participants.delete(participantId);
    }
    this.toShare.add(sessionId);
    this.soon(sessionId);
  }

  /** Another node's own count of a session (`share` there); replaces what that node said before. */
  receive(nodeId: string, sessionId: string, presence: Presence): void {
    this.others.set(nodeId, sessionId, empty(presence) ? null : presence);
    this.soon(sessionId);
  }

  /** The session's presence over every node that has reported recently. */
  snapshot(sessionId: string): Presence {
    const own = this.ownSnapshot(sessionId);
    const ids = new Set(own.participantIds);
    const total = { ...own };
    let heard = false;
    for (const presence of this.others.of(sessionId)) {
      heard = true;
      for (const id of presence.participantIds) ids.add(id);
      total.facilitators += presence.facilitators;
      total.scribes += presence.scribes;
      total.screens += presence.screens;
    }
    return heard ? { ...total, participantIds: [...ids] } : own;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.stopRepeating?.();
    this.timer = null;
  }

  private ownSnapshot(sessionId: string): Presence {
    const counts = this.own.get(sessionId);
    return {
      participantIds: counts ? [...counts.participants.keys()] : [],
      facilitators: counts?.roles.get('facilitator') ?? 0,
      scribes: counts?.roles.get('scribe') ?? 0,
      screens: counts?.roles.get('screen') ?? 0,
    };
  }

  private soon(sessionId: string): void {
    this.toTell.add(sessionId);
    this.timer ??= setTimeout(() => this.flush(), this.intervalMs);
  }

  private flush(): void {
    this.timer = null;
    for (const id of this.toShare) {
      const own = this.ownSnapshot(id);
      this.options.share?.(id, own);
      // Shared once empty (so the others drop it), then forgotten here.
      if (empty(own)) this.own.delete(id);
    }
    for (const id of this.toTell) this.options.tell(id, this.snapshot(id));
    this.toShare.clear();
    this.toTell.clear();
  }
}
