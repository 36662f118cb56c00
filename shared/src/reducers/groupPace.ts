import { writtenKey } from '../groups.js';
import { onQuestion, touch, withGroups } from './groups.js';
import { without, type Fold } from './types.js';

export const soloThoughtCounted: Fold<'soloThought.counted'> = (s, e) =>
  withGroups(s, (g) =>
    touch(
      { ...g, written: { ...g.written, [writtenKey(e.data.participantId, e.data.questionId)]: e.data.written } },
      e.data.smallGroupId,
      e.at,
    ),
  );

export const groupStepSet: Fold<'group.stepSet'> = (s, e) =>
  withGroups(s, (g) =>
    touch(
      onQuestion(g, e.data.smallGroupId, e.data.questionId, (q) => ({ ...q, step: e.data.step })),
      e.data.smallGroupId,
      e.at,
    ),
  );

export const groupTimeGiven: Fold<'group.timeGiven'> = (s, e) =>
  withGroups(s, (g) =>
    onQuestion(g, e.data.smallGroupId, e.data.questionId, (q) => ({ ...q, extraMinutes: e.data.extraMinutes })),
  );

export const groupChairAway: Fold<'group.chairAway'> = (s, e) =>
  withGroups(s, (g) => ({
    ...g,
    chairAway: e.data.away
      ? {
          ...g.chairAway,
          [e.data.smallGroupId]: { participantId: e.data.participantId, since: e.at, offeredTo: e.data.offeredTo },
        }
      : without(g.chairAway, e.data.smallGroupId),
  }));

export const groupShown: Fold<'group.shown'> = (s, e) =>
  withGroups(s, (g) => ({
    ...g,
    shown:
      e.data.smallGroupId && e.data.questionId && e.data.text !== null
        ? { smallGroupId: e.data.smallGroupId, questionId: e.data.questionId, text: e.data.text }
        : null,
  }));
