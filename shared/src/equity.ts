import type { Circle } from './setup.js';
import type { SessionState } from './state.js';
import { turnMs, type Turn } from './turns.js';

export interface ParticipationRow {
  key: string;
  present: number;
  turns: number;
  talkMs: number;
  thoughts: number;
}

const allTurns = (s: SessionState): Turn[] =>
  s.turns.current ? [...s.turns.history, s.turns.current] : s.turns.history;

/**
 * Turns, talk time and thoughts by stakeholder group: the equity panel and the summary's appendix.
 * Counts people and turns, never names.
 */
export const participationByGroup = (s: SessionState, now: number): ParticipationRow[] =>
  s.setup.stakeholderGroups.map((g) => {
    const turns = allTurns(s).filter((t) => t.stakeholderGroupId === g.id);
    return {
      key: g.id,
      present: Object.values(s.participants).filter((p) => p.stakeholderGroupId === g.id).length,
      turns: turns.length,
      talkMs: turns.reduce((sum, t) => sum + turnMs(t, now), 0),
      thoughts: Object.values(s.thoughts).filter((t) => t.stakeholderGroupId === g.id && t.status !== 'withdrawn')
        .length,
    };
  });

/** Turns and talk time by circle (empty-chair turns count for the circle the speaker sat in). */
export const participationByCircle = (
  s: SessionState,
  now: number,
): Record<Circle, { turns: number; talkMs: number }> => {
  const rows = { inner: { turns: 0, talkMs: 0 }, outer: { turns: 0, talkMs: 0 } };
  for (const t of allTurns(s)) {
    if (!t.circle) continue;
    rows[t.circle].turns++;
    rows[t.circle].talkMs += turnMs(t, now);
  }
  return rows;
};

/** Participants with no turn yet, in join order. */
export const notYetSpoken = (s: SessionState): string[] => {
  const spoke = new Set(allTurns(s).map((t) => t.participantId));
  return s.participantOrder.filter((id) => !spoke.has(id));
};
