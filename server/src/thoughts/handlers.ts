import {
  ErrorCode,
  limits,
  newEvent,
  publicThought,
  type AppError,
  type NewEvent,
  type SessionState,
  type Thought,
} from '@aquarium/shared';
import type { HandlerGroup } from '../engine/handlerTypes.js';

const findThought = (s: SessionState, id: string): Thought | AppError => {
  const t = s.thoughts[id];
  if (!t || t.status === 'withdrawn') return { code: ErrorCode.NotFound, message: 'no such thought' };
  return t;
};
const isThought = (t: Thought | AppError): t is Thought => 'id' in t;

/** The public copy of a thought after `change`, for the projector and phones. */
export const republish = (t: Thought, change: Partial<Thought> = {}): NewEvent =>
  newEvent('thought.published', { thought: publicThought({ ...t, ...change }) });

type ThoughtCommands = 'thought:submit' | 'thought:withdraw' | 'thought:moderate' | 'thought:pin';

/** Participants' thoughts and their moderation. */
export const thoughtHandlers: HandlerGroup<ThoughtCommands> = {
  'thought:submit': (s, { thoughtId, text, questionId, showName }, { now, actor }) => {
    const me = actor.participantId ? s.participants[actor.participantId] : undefined;
    if (!me) return { code: ErrorCode.Forbidden, message: 'only a participant of this session can send thoughts' };
    if (s.status === 'ended') return { code: ErrorCode.InvalidState, message: 'the session has ended' };
    if (s.thoughts[thoughtId]) return { code: ErrorCode.InvalidState, message: 'a thought with this id exists' };
    if (!s.setup.questions.some((q) => q.id === questionId)) {
      return { code: ErrorCode.NotFound, message: 'no such question' };
    }
    const recent = Object.values(s.thoughts).filter(
      (t) => t.participantId === me.id && t.submittedAt > now - 60_000,
    ).length;
    if (recent >= limits.thoughtsPerMinute) {
      return {
        code: ErrorCode.RateLimited,
        message: `at most ${limits.thoughtsPerMinute} thoughts a minute; wait a moment`,
      };
    }
    const thought: Thought = {
      id: thoughtId,
      participantId: me.id,
      stakeholderGroupId: me.stakeholderGroupId,
      questionId,
      phaseId: s.currentPhase === null ? null : (s.setup.phases[s.currentPhase]?.id ?? null),
      text,
      authorName: showName ? me.displayName : null,
      status: s.settings.thoughtsNeedApproval ? 'pending' : 'approved',
      pinned: false,
      themeId: null,
      submittedAt: now,
    };
    const events = [newEvent('thought.submitted', { thought })];
    if (thought.status === 'approved') events.push(republish(thought));
    return events;
  },
  'thought:withdraw': (s, { thoughtId }, { actor }) => {
    const t = findThought(s, thoughtId);
    if (!isThought(t) || t.participantId !== actor.participantId) {
      return { code: ErrorCode.NotFound, message: 'no such thought of yours' };
    }
    if (s.status === 'ended') return { code: ErrorCode.InvalidState, message: 'the session has ended' };
    const events = [newEvent('thought.withdrawn', { thoughtId, participantId: t.participantId })];
    if (t.status === 'approved') events.push(newEvent('thought.unpublished', { thoughtId }));
    return events;
  },
  'thought:moderate': (s, { thoughtId, status }) => {
    const t = findThought(s, thoughtId);
    if (!isThought(t)) return t;
    if (t.status === status) return [];
    const events = [newEvent('thought.moderated', { thoughtId, participantId: t.participantId, status })];
    if (status === 'approved') events.push(republish(t));
    else if (t.status === 'approved') events.push(newEvent('thought.unpublished', { thoughtId }));
    if (status === 'hidden' && t.pinned) {
      events.push(newEvent('thought.pinned', { thoughtId, participantId: t.participantId, pinned: false }));
    }
    return events;
  },
  'thought:pin': (s, { thoughtId, pinned }) => {
    const t = findThought(s, thoughtId);
    if (!isThought(t)) return t;
    if (t.pinned === pinned && (t.status === 'approved' || !pinned)) return [];
    const events: NewEvent[] = [];
    // Pinning to the projector is a stronger approval.
    if (pinned && t.status !== 'approved') {
      events.push(newEvent('thought.moderated', { thoughtId, participantId: t.participantId, status: 'approved' }));
    }
    events.push(newEvent('thought.pinned', { thoughtId, participantId: t.participantId, pinned }));
    if (pinned || t.status === 'approved') events.push(republish(t, { pinned }));
    return events;
  },
};
