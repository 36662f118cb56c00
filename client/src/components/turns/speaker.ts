import type { PublicTurn, StakeholderGroup } from '@aquarium/shared';
import type { T } from '../../state/useT';

/** Who speaks, for everyone: the name the speaker chose to show, else "a participant of group X". */
export const speakerName = (
  t: T,
  turn: Pick<PublicTurn, 'displayName' | 'stakeholderGroupId'>,
  groups: StakeholderGroup[],
) =>
  turn.displayName ??
  t('turns.groupMember', { group: groups.find((g) => g.id === turn.stakeholderGroupId)?.name ?? '' });
