import type { Presence, Role } from '@aquarium/shared';

/**
 * Who is connected to each session. Changes are sent to staff at most every `intervalMs`, so two
 * thousand phones joining do not become two thousand presence messages.
 */
export class PresenceTracker {
  private readonly sessions = new Map<string, { participants: Map<string, number>; roles: Map<Role, number> }>();
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly send: (sessionId: string, presence: Presence) => void,
    private readonly intervalMs = 300,
  ) {}

  private entry(sessionId: string) {
    let e = this.sessions.get(sessionId);
    if (!e) {
      e = { participants: new Map(), roles: new Map() };
      this.sessions.set(sessionId, e);
    }
    return e;
  }

  change(sessionId: string, role: Role, participantId: string | null, delta: 1 | -1): void {
    const e = this.entry(sessionId);
    e.roles.set(role, (e.roles.get(role) ?? 0) + delta);
    if (participantId) {
      const n = (e.participants.get(participantId) ?? 0) + delta;
      if (n > 0) e.participants.set(participantId, n);
      else e.participants.delete(participantId);
    }
    this.pending.add(sessionId);
    this.timer ??= setTimeout(() => this.flush(), this.intervalMs);
  }

  snapshot(sessionId: string): Presence {
    const e = this.entry(sessionId);
    return {
      participantIds: [...e.participants.keys()],
      facilitators: e.roles.get('facilitator') ?? 0,
      scribes: e.roles.get('scribe') ?? 0,
      screens: e.roles.get('screen') ?? 0,
    };
  }

  private flush(): void {
    this.timer = null;
    for (const id of this.pending) this.send(id, this.snapshot(id));
    this.pending.clear();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
