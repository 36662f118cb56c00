/** The rules every small-group command shares: who is in which group, who chairs, what is open. */
import { ErrorCode, groupOf, groupQuestion, type AppError, type SessionState, type SmallGroup } from '@aquarium/shared';
import type { Actor } from '../engine/handlerTypes.js';

export const refuse = (code: AppError['code'], message: string): AppError => ({ code, message });
export const isError = <T extends object>(x: T | AppError): x is AppError =>
  'code' in x && 'message' in x && !('id' in x);

export const ids = (group: SmallGroup) => group.members.map((m) => m.id);

/** Refuses what only makes sense in a running small-group session. */
export const notOpen = (s: SessionState): AppError | null => {
  if (s.setup.method !== 'smallGroups') return refuse(ErrorCode.InvalidState, 'this session does not use small groups');
  if (s.status === 'ended') return refuse(ErrorCode.InvalidState, 'the session has ended');
  return null;
};

export const hasQuestion = (s: SessionState, questionId: string) => s.setup.questions.some((q) => q.id === questionId);

/** The sender's group, when they are in one. */
export const memberGroup = (s: SessionState, actor: Actor): SmallGroup | AppError => {
  const group = groupOf(s.groups, actor.participantId);
  return group ?? refuse(ErrorCode.InvalidState, 'you are not in a group yet');
};

/** The sender's group, when they chair it. */
export const chairedGroup = (s: SessionState, actor: Actor): SmallGroup | AppError => {
  const closed = notOpen(s);
  if (closed) return closed;
  const group = memberGroup(s, actor);
  if (isError(group)) return group;
  if (group.chairId !== actor.participantId)
    return refuse(ErrorCode.Forbidden, 'only the chair of the group can do this');
  return group;
};

/** Whether a member has presented a question in their group, which makes their solo thoughts on it visible. */
export const presented = (s: SessionState, group: SmallGroup, participantId: string, questionId: string) =>
  groupQuestion(s.groups, group.id, questionId).presented.includes(participantId);
