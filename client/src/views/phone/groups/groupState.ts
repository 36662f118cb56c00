import {
  emptyGroupQuestion,
  groupStepNow,
  type ChairAway,
  type GroupStep,
  groupOf,
  groupQuestion,
  soloThoughtsOf,
  pointsOf,
  type CommandAck,
  type CommandName,
  type CommandPayload,
  type ErrorCode,
  type GroupPoint,
  type GroupQuestionState,
  type SoloThought,
  type SmallGroup,
} from '@aquarium/shared';
import { useShallow } from 'zustand/react/shallow';
import type { MessageKey } from '../../../i18n/t';
import type { SendOptions } from '../../../net/commandQueue';
import { errorKey, sendCommand } from '../../../net/socket';
import { useStore } from '../../../state/store';

/** The group this phone's participant is in, if any (a phone's state holds only its own group). */
export const useMyGroup = (): SmallGroup | null =>
  useStore((s) => (s.session ? groupOf(s.session.groups, s.participantId) : null));

export const useMe = (): string => useStore((s) => s.participantId ?? '');

/** Who presented, the vote and the record of my group on one question. */
export const useGroupQuestion = (smallGroupId: string, questionId: string): GroupQuestionState =>
  useStore((s) => (s.session ? groupQuestion(s.session.groups, smallGroupId, questionId) : emptyGroupQuestion));

/** My group's points on one question, in the chair's order. */
export const usePoints = (smallGroupId: string, questionId: string): GroupPoint[] =>
  useStore(useShallow((s) => (s.session ? pointsOf(s.session.groups, smallGroupId, questionId) : [])));

/** One member's solo thoughts on a question that this phone may see (its own, or a presenter's). */
export const useSoloThoughts = (participantId: string, questionId: string): SoloThought[] =>
  useStore(useShallow((s) => (s.session ? soloThoughtsOf(s.session.groups, participantId, questionId) : [])));

// The generic messages speak of sessions and phases; in a group these say what happened.
const groupMessages: Partial<Record<ErrorCode, MessageKey>> = {
  FORBIDDEN: 'groups.error.notChair',
  NOT_FOUND: 'groups.error.gone',
  STALE: 'groups.error.stale',
};

/** `sendCommand` with the group's own words for a refusal. */
export const sendGroup = async <K extends CommandName>(
  name: K,
  payload: Omit<CommandPayload<K>, 'commandId'>,
  options?: SendOptions,
): Promise<CommandAck> => {
  const res = await sendCommand(name, payload, options);
  const better = res.ok ? undefined : groupMessages[res.error.code];
  if (!res.ok && better) {
    const { withdrawNotice, notify } = useStore.getState();
    withdrawNotice(errorKey(res.error.code));
    notify(better);
  }
  return res;
};

/** Where my group is now: the lead's question, and the lead's step or the later one our chair moved to. */
export const useGroupStep = (smallGroupId: string | null): { questionId: string; step: GroupStep } | null =>
  useStore(useShallow((s) => (s.session && smallGroupId ? groupStepNow(s.session, smallGroupId) : null)));

/** My group's chair whose connection dropped, if so. */
export const useChairAway = (smallGroupId: string): ChairAway | null =>
  useStore((s) => s.session?.groups.chairAway[smallGroupId] ?? null);
