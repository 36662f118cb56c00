import {
  commandRoles,
  commandSchemas,
  defaultAquariumSetup,
  defaultSmallGroupSetup,
  ErrorCode,
  newEvent,
  reduce,
  type CommandName,
  type ErrorCode as Code,
  type NewEvent,
  type Role,
  type SessionEvent,
  type SessionSetup,
  type SessionState,
} from '@aquarium/shared';
import { expect } from 'vitest';
import { commandHandlers } from '../../src/handlers.js';
import type { Actor } from '../../src/engine/handlerTypes.js';

/**
 * Unit tests of the pure command deciders, without a server: a command is checked as the socket checks it
 * (role first, then the shared schema), decided by the registered handler on a state folded with the shared
 * reducer, and its events are folded back in. The only place that knows where the engine lives.
 */

export const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);

export const facilitator: Actor = { role: 'facilitator', participantId: null };
export const scribe: Actor = { role: 'scribe', participantId: null };
export const screen: Actor = { role: 'screen', participantId: null };
export const phone = (participantId: string): Actor => ({ role: 'participant', participantId });

/** What a command came to: the types of the events it produced, or the code it was refused with. */
export type Outcome = { events: string[] } | { refused: Code };

/** A payload as a test writes it: the command id is added here. */
type Input = Record<string, unknown>;

/** A session as a story: each step folds the events a real command (or join) would have stored. */
export class Story {
  private constructor(
    public state: SessionState,
    public now = T0,
  ) {}

  static of(setup: SessionSetup): Story {
    const created = { ...newEvent('session.created', { setup, joinCode: 'ABCD-EFGH' }), seq: 1, at: T0 };
    return new Story(reduce(null, created as SessionEvent));
  }

  static aquarium(change: Partial<SessionSetup> = {}): Story {
    return Story.of({ ...defaultAquariumSetup('fi'), title: 'Arviointi', ...change });
  }

  static smallGroups(change: Partial<SessionSetup> = {}): Story {
    return Story.of({ ...defaultSmallGroupSetup('fi'), title: 'Pienryhmät', ...change });
  }

  /** Another story from this point on; the original is left as it was. */
  fork(): Story {
    return new Story(this.state, this.now);
  }

  later(ms: number): this {
    this.now += ms;
    return this;
  }

  private fold(events: NewEvent[]) {
    for (const e of events) {
      this.state = reduce(this.state, { ...e, seq: this.state.seq + 1, at: this.now } as SessionEvent);
    }
  }

  /** A phone joins, as `POST /api/join` stores it. */
  join(id: string, stakeholderGroup = 'g1', displayName: string | null = null): this {
    this.fold([
      newEvent('participant.joined', { participant: { id, displayName, stakeholderGroupId: stakeholderGroup } }),
    ]);
    return this;
  }

  /** Decides a command without folding it in. */
  decide(name: CommandName, payload: Input = {}, actor: Actor = facilitator): Outcome {
    const result = decideEvents(this.state, name, payload, actor, this.now);
    return Array.isArray(result) ? { events: result.map((e) => e.type) } : { refused: result };
  }

  /** Runs a command that must be accepted, and folds its events in. */
  run(name: CommandName, payload: Input = {}, actor: Actor = facilitator): this {
    const result = decideEvents(this.state, name, payload, actor, this.now);
    if (!Array.isArray(result)) throw new Error(`${name} was refused with ${result} in this story`);
    this.fold(result);
    return this;
  }
}

let ids = 0;

/** Role, schema, then the handler: the order `realtime/socket.ts` and the runtime apply. */
const decideEvents = (
  state: SessionState,
  name: CommandName,
  payload: Input,
  actor: Actor,
  now: number,
): NewEvent[] | Code => {
  if (!commandRoles[name].includes(actor.role as Role)) return ErrorCode.Forbidden;
  const parsed = commandSchemas[name].safeParse({ commandId: `unit-cmd-${++ids}`, ...payload });
  if (!parsed.success) return ErrorCode.InvalidPayload;
  const result = commandHandlers[name](state, parsed.data as never, { now, actor });
  return Array.isArray(result) ? result : result.code;
};

/** One row of a handler's table: a named story, a command, who sends it and what must come of it. */
export interface Case {
  name: string;
  given: () => Story;
  command: CommandName;
  payload?: Input;
  by?: Actor;
  /** The event types produced, in order (`[]`: accepted with nothing to change). */
  events?: string[];
  /** Accepted, and among its events one of this type (where the full list is not the point). */
  emits?: string;
  refused?: Code;
}

/**
 * One row of a table, on one line: its name, its story, the command, the payload and the sender (the
 * facilitator unless given), then what must come of it:
 * `row('renaming', themed, 'theme:rename', { themeId: 'th1', name: 'Uusi' }).accepts('theme.renamed')`,
 * `.accepts()` (nothing to change), `.emits(type)` (among its events), `.refuses(ErrorCode.NotFound)`.
 */
export const row = (name: string, given: () => Story, command: CommandName, payload: Input = {}, by?: Actor) => {
  const base = { name, given, command, payload, ...(by ? { by } : {}) };
  return {
    accepts: (...events: string[]): Case => ({ ...base, events }),
    emits: (type: string): Case => ({ ...base, emits: type }),
    refuses: (refused: Code): Case => ({ ...base, refused }),
  };
};

/** Decides the case's command on its story and checks the outcome. */
export const check = (c: Case) => {
  const outcome = c.given().decide(c.command, c.payload, c.by);
  if (c.emits !== undefined) {
    expect(outcome, c.name).toHaveProperty('events');
    expect((outcome as { events: string[] }).events, c.name).toContain(c.emits);
  } else expect(outcome, c.name).toEqual(expected(c));
};

/** What a case expects, in the shape `Story.decide` answers. */
export const expected = (c: Case): Outcome =>
  c.refused !== undefined ? { refused: c.refused } : { events: c.events ?? [] };

/** Every role that may not send `name`, for the "by role" rows. */
export const rolesRefused = (name: CommandName): Actor[] =>
  [facilitator, scribe, screen, phone('p1')].filter((a) => !commandRoles[name].includes(a.role as Role));
