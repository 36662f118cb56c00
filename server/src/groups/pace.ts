import {
  ErrorCode,
  groupStepNow,
  groupSteps,
  leadFrame,
  newEvent,
  type AppError,
  type SessionState,
  type SmallGroup,
} from '@aquarium/shared';
import type { Actor, HandlerGroup } from '../engine/handlerTypes.js';
import { chairedGroup, hasQuestion, ids, isError, notOpen, refuse } from './rules.js';

/** The group a step command moves: the chair's own, or the one the lead names. */
const steppedGroup = (s: SessionState, actor: Actor, smallGroupId: string | undefined): SmallGroup | AppError => {
  if (actor.role !== 'facilitator') {
    const group = chairedGroup(s, actor);
    if (isError(group)) return group;
    return smallGroupId && smallGroupId !== group.id
      ? refuse(ErrorCode.Forbidden, 'a chair moves only their own group')
      : group;
  }
  const closed = notOpen(s);
  if (closed) return closed;
  if (!smallGroupId) return refuse(ErrorCode.InvalidPayload, 'name the group to move');
  return s.groups.groups[smallGroupId] ?? refuse(ErrorCode.NotFound, 'no such group');
};

type PaceCommands = 'group:setStep' | 'group:giveTime' | 'groups:show';

/** Each group's pace inside the lead's frame, more time for one group, and what the projector shows. */
export const paceHandlers: HandlerGroup<PaceCommands> = {
  'group:setStep': (s, { smallGroupId, questionId, step }, { actor }) => {
    const group = steppedGroup(s, actor, smallGroupId);
    if (isError(group)) return group;
    const frame = leadFrame(s);
    if (!frame || frame.questionId !== questionId) {
      return refuse(ErrorCode.InvalidState, 'the groups are not working on this question now');
    }
    if (groupSteps.indexOf(step) < groupSteps.indexOf(frame.step)) {
      return refuse(ErrorCode.InvalidState, 'the lead has moved every group past this step');
    }
    if (groupStepNow(s, group.id)?.step === step) return [];
    return [newEvent('group.stepSet', { smallGroupId: group.id, questionId, step, to: ids(group) })];
  },
  'group:giveTime': (s, { smallGroupId, questionId, extraMinutes }) => {
    const closed = notOpen(s);
    if (closed) return closed;
    const group = s.groups.groups[smallGroupId];
    if (!group) return refuse(ErrorCode.NotFound, 'no such group');
    if (!hasQuestion(s, questionId)) return refuse(ErrorCode.NotFound, 'no such question');
    const q = s.groups.byQuestion[`${smallGroupId}:${questionId}`];
    if ((q?.extraMinutes ?? 0) === extraMinutes) return [];
    return [newEvent('group.timeGiven', { smallGroupId, questionId, extraMinutes, to: ids(group) })];
  },
  'groups:show': (s, { smallGroupId, questionId }) => {
    if (s.setup.method !== 'smallGroups')
      return refuse(ErrorCode.InvalidState, 'this session does not use small groups');
    if (smallGroupId === null || questionId === null) {
      return s.groups.shown ? [newEvent('group.shown', { smallGroupId: null, questionId: null, text: null })] : [];
    }
    if (!s.groups.groups[smallGroupId]) return refuse(ErrorCode.NotFound, 'no such group');
    if (!hasQuestion(s, questionId)) return refuse(ErrorCode.NotFound, 'no such question');
    const text = s.groups.byQuestion[`${smallGroupId}:${questionId}`]?.record.returned ?? null;
    if (text === null) return refuse(ErrorCode.InvalidState, 'this group has not returned a record on this question');
    const shown = s.groups.shown;
    if (shown?.smallGroupId === smallGroupId && shown.questionId === questionId && shown.text === text) return [];
    return [newEvent('group.shown', { smallGroupId, questionId, text })];
  },
};
