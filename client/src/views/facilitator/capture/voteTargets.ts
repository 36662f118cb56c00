import type { SessionState } from '@aquarium/shared';

type Counted = SessionState['themes'] | SessionState['thoughts'];

/** Per collection object: how many of its items each question has. */
const counts = new WeakMap<Counted, Map<string, number>>();

const countBy = (items: Counted, keep: (item: Counted[string]) => boolean): Map<string, number> => {
  let byQuestion = counts.get(items);
  if (!byQuestion) {
    byQuestion = new Map();
    for (const item of Object.values(items))
      if (keep(item)) byQuestion.set(item.questionId, (byQuestion.get(item.questionId) ?? 0) + 1);
    counts.set(items, byQuestion);
  }
  return byQuestion;
};

const approved = (item: Counted[string]) => !('status' in item) || item.status === 'approved';

/**
 * How many things a new vote on `questionId` would list: the question's themes, or its approved thoughts. The
 * reducer replaces a collection only when it changes, so the count is made once per change of the themes or the
 * thoughts, not on every message the console receives (a presence update, a note) with 20,000 thoughts held.
 */
export const voteTargetCount = (session: SessionState, questionId: string, kind: 'theme' | 'thought'): number =>
  (kind === 'theme' ? countBy(session.themes, () => true) : countBy(session.thoughts, approved)).get(questionId) ?? 0;
