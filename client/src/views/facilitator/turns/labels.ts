import type { Circle, Participant, StakeholderGroup } from '@aquarium/shared';
import { useMemo } from 'react';
import { useT, type T } from '../../../state/useT';
import { useStore } from '../../../state/store';

export interface PersonLabel {
  /** The display name, or "Participant 3" (join order) like the seating list. */
  label: string;
  anonymous: boolean;
  group: string;
  circle: Circle | null;
}

/** How the facilitator's console names each participant, by id. */
export const personLabels = (
  participants: Record<string, Participant>,
  order: string[],
  groups: StakeholderGroup[],
  t: T,
): Record<string, PersonLabel> => {
  const groupNames = new Map(groups.map((g) => [g.id, g.name]));
  const labels: Record<string, PersonLabel> = {};
  order.forEach((id, i) => {
    const p = participants[id];
    if (!p) return;
    labels[id] = {
      label: p.displayName ?? t('fac.anonymous', { n: i + 1 }),
      anonymous: p.displayName === null,
      group: groupNames.get(p.stakeholderGroupId) ?? '',
      circle: p.circle,
    };
  });
  return labels;
};

const none: never[] = [];
const noParticipants: Record<string, Participant> = {};

export const usePersonLabels = (): Record<string, PersonLabel> => {
  const t = useT();
  const participants = useStore((s) => s.session?.participants ?? noParticipants);
  const order = useStore((s) => s.session?.participantOrder ?? none);
  const groups = useStore((s) => s.session?.setup.stakeholderGroups ?? none);
  return useMemo(() => personLabels(participants, order, groups, t), [participants, order, groups, t]);
};

export const useGroupName = () => {
  const groups = useStore((s) => s.session?.setup.stakeholderGroups ?? none);
  return (id: string | null) => groups.find((g) => g.id === id)?.name ?? '';
};

export const circleKey = (c: Circle | null) =>
  c === 'inner' ? 'circle.inner' : c === 'outer' ? 'circle.outer' : 'turns.noCircle';
