import { writtenKey } from '../groups.js';
import { onQuestion, touch, withGroups } from './groups.js';
import { without, type Fold } from './types.js';

export const ideaCounted: Fold<'idea.counted'> = (s, e) =>
  withGroups(s, (g) =>
    touch(
      { ...g, written: { ...g.written, [writtenKey(e.data.participantId, e.data.questionId)]: e.data.written } },
      e.data.groupId,
      e.at,
    ),
  );

export const groupStepSet: Fold<'group.stepSet'> = (s, e) =>
  withGroups(s, (g) =>
    touch(
      onQuestion(g, e.data.groupId, e.data.questionId, (q) => ({ ...q, step: e.data.step })),
      e.data.groupId,
      e.at,
    ),
  );

export const groupTimeGiven: Fold<'group.timeGiven'> = (s, e) =>
  withGroups(s, (g) =>
    onQuestion(g, e.data.groupId, e.data.questionId, (q) => ({ ...q, extraMinutes: e.data.extraMinutes })),
  );

export const groupChairAway: Fold<'group.chairAway'> = (s, e) =>
  withGroups(s, (g) => ({
    ...g,
    chairAway: e.data.away
      ? {
          ...g.chairAway,
          [e.data.groupId]: { participantId: e.data.participantId, since: e.at, offeredTo: e.data.offeredTo },
        }
      : without(g.chairAway, e.data.groupId),
  }));

export const groupShown: Fold<'group.shown'> = (s, e) =>
  withGroups(s, (g) => ({
    ...g,
    shown:
      e.data.groupId && e.data.questionId && e.data.text !== null
        ? { groupId: e.data.groupId, questionId: e.data.questionId, text: e.data.text }
        : null,
  }));
