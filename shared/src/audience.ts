import type { SessionEvent } from './events.js';
import type { Role } from './protocol.js';

/**
 * Who receives an event. `participant` names the one phone that sees an otherwise staff-only event;
 * `members` the phones of a small group (named in the event itself, as they were when it happened).
 */
export interface Audience {
  staff: boolean;
  screen: boolean;
  participants: 'all' | 'none';
  participant: string | null;
  members?: readonly string[];
}

const everyone: Audience = { staff: true, screen: true, participants: 'all', participant: null };
const onlyParticipant = (participant: string): Audience => ({
  staff: false,
  screen: false,
  participants: 'none',
  participant,
});
const group = (members: readonly string[], screen = true): Audience => ({
  staff: true,
  screen,
  participants: 'none',
  participant: null,
  members,
});

/** The single place that decides which audience sees which event. */
export const audienceOf = (event: SessionEvent): Audience => {
  switch (event.type) {
    case 'participant.joined':
      // Other phones never learn who else is here.
      return { staff: true, screen: true, participants: 'none', participant: event.data.participant.id };
    case 'participant.seated':
      return { staff: true, screen: true, participants: 'none', participant: event.data.participantId };
    case 'note.added':
    case 'note.edited':
    case 'note.moved':
    case 'note.deleted':
    case 'note.themed':
      // The projector holds notes but shows them only when the facilitator turns that on.
      return { staff: true, screen: true, participants: 'none', participant: null };
    case 'thought.submitted':
      return { staff: true, screen: false, participants: 'none', participant: event.data.thought.participantId };
    case 'thought.moderated':
    case 'thought.withdrawn':
    case 'thought.pinned':
    case 'thought.themed':
    case 'vote.allocated':
      return { staff: true, screen: false, participants: 'none', participant: event.data.participantId };
    case 'turn.requested':
    case 'turn.withdrawn':
    case 'turn.invited':
      return { staff: true, screen: false, participants: 'none', participant: event.data.participantId };
    case 'turn.started':
      return { staff: true, screen: false, participants: 'none', participant: event.data.turn.participantId };
    case 'turn.ended':
      return { staff: true, screen: false, participants: 'none', participant: event.data.participantId };
    case 'screen.shown':
    case 'vote.tallied':
      // Phones show their own screen; only staff and the projector follow the projector's mode.
      return { staff: true, screen: true, participants: 'none', participant: null };
    case 'summary.snapshot':
      return { staff: false, screen: false, participants: 'none', participant: null };
    case 'summary.backgroundSet':
    case 'summary.textSet':
    case 'summary.fundingMarkSet':
    case 'summary.itemExcluded':
    case 'summary.ordered':
    case 'turn.queueReordered':
      return { staff: true, screen: false, participants: 'none', participant: null };
    case 'turn.queueShown':
      return { staff: false, screen: false, participants: 'all', participant: null };
    case 'turn.queueCleared':
      return { staff: true, screen: false, participants: 'all', participant: null };
    case 'turn.announced':
    case 'thought.unpublished':
      // A phone holds published thoughts only as the targets of a dot vote (`vote.opened`) and drops one hidden since.
      return { staff: false, screen: true, participants: 'all', participant: null };
    case 'thought.published':
      // Only the projector holds every published thought: a phone's catch-up does not grow with them.
      return { staff: false, screen: true, participants: 'none', participant: null };
    case 'group.created':
      return { staff: true, screen: true, participants: 'none', participant: null };
    case 'group.formed':
    case 'group.renamed':
    case 'group.deleted':
    case 'participant.grouped':
    case 'group.chairSet':
    case 'group.presented':
    case 'point.added':
    case 'point.merged':
    case 'point.deleted':
    case 'points.ordered':
    case 'groupVote.opened':
    case 'groupVote.closed':
    case 'group.returned':
    case 'group.stepSet':
    case 'group.timeGiven':
      // The projector gets points and records without their texts (see `forScreen`).
      return group(event.data.to);
    case 'soloThought.revealed':
    case 'group.recordDrafted':
    case 'point.edited':
    case 'group.chairAway':
      // Members' own words, the chair's unfinished draft and who is offline stay off the projector.
      return group(event.data.to, false);
    case 'soloThought.counted':
      // A count of thoughts written alone: progress for the lead and the projector, no text.
      return { staff: true, screen: true, participants: 'none', participant: null };
    case 'group.shown':
      return { staff: true, screen: true, participants: 'none', participant: null };
    case 'group.caughtUp':
      return onlyParticipant(event.data.participantId);
    case 'soloThought.written':
      // Written alone: not even staff see it before its author presents it.
      return onlyParticipant(event.data.soloThought.participantId);
    case 'soloThought.withdrawn':
      return onlyParticipant(event.data.participantId);
    case 'goal.tagged':
      return { staff: true, screen: false, participants: 'none', participant: null };
    case 'goal.rated':
      // One person's ratings: their own phone only. Not even staff see them; results are aggregated at close.
      return onlyParticipant(event.data.participantId);
    case 'goalRating.tallied':
      return { staff: true, screen: true, participants: 'none', participant: null };
    case 'goalRating.opened':
    case 'goalRating.closed':
      return everyone;
    case 'groupVote.allocated':
      return { staff: true, screen: false, participants: 'none', participant: event.data.participantId };
    case 'session.created':
    case 'session.setupUpdated':
    case 'joining.set':
    case 'phase.entered':
    case 'timer.paused':
    case 'timer.started':
    case 'timer.extended':
    case 'session.ended':
    case 'settings.updated':
    case 'theme.created':
    case 'theme.renamed':
    case 'theme.merged':
    case 'theme.deleted':
    case 'vote.opened':
    case 'vote.closed':
    case 'vote.revealed':
    case 'turn.limitSet':
    case 'summary.published':
    case 'session.retentionSet':
      return everyone;
    default: {
      const unhandled: never = event;
      throw new Error(`no audience for ${JSON.stringify(unhandled)}`);
    }
  }
};

/**
 * What the projector receives of an event it may see: the groups' points and records without their
 * texts (the counts and progress stay). The lead shows a record with `group.shown`, which carries it.
 * Returns the same event when nothing is taken out.
 */
export const forScreen = (event: SessionEvent): SessionEvent => {
  switch (event.type) {
    case 'point.added':
      return { ...event, data: { ...event.data, point: { ...event.data.point, text: '' } } };
    case 'group.returned':
      return { ...event, data: { ...event.data, text: '' } };
    default:
      return event;
  }
};

/** The copy of an event a connection with this role (and participant id) receives, or null for none. */
export const viewFor = (event: SessionEvent, role: Role, participantId: string | null): SessionEvent | null => {
  if (!canSee(event, role, participantId)) return null;
  return role === 'screen' ? forScreen(event) : event;
};

/** Whether a connection with this role (and participant id) may see the event. */
export const canSee = (event: SessionEvent, role: Role, participantId: string | null): boolean => {
  const a = audienceOf(event);
  switch (role) {
    case 'facilitator':
    case 'scribe':
      return a.staff;
    case 'screen':
      return a.screen;
    case 'participant':
      return (
        a.participants === 'all' ||
        (participantId !== null && (a.participant === participantId || (a.members?.includes(participantId) ?? false)))
      );
    default: {
      const unhandled: never = role;
      throw new Error(`unknown role ${String(unhandled)}`);
    }
  }
};
