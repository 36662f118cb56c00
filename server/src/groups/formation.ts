import { groupNaming, type GroupFormation, type Participant, type SessionSetup } from '@aquarium/shared';

/** A group the lead asked the server to form, with its members. */
export interface PlannedGroup {
  name: string;
  memberIds: string[];
}

/**
 * Forms groups from who is present: one per stakeholder group, one per development theme picked on
 * joining (plus one for those who picked none), or `count` groups that mix the stakeholder groups
 * (each stakeholder group is dealt round the groups in turn). Empty groups are left out.
 */
export const planGroups = (
  setup: SessionSetup,
  people: readonly Participant[],
  by: GroupFormation,
  count = 1,
): PlannedGroup[] => {
  const naming = groupNaming[setup.language];
  const bucket = (keys: { id: string; name: string }[], keyOf: (p: Participant) => string | null | undefined) => {
    const known = new Set(keys.map((k) => k.id));
    const planned = [...keys, { id: '', name: naming.others }].map((k) => ({
      name: k.name,
      memberIds: people.filter((p) => (k.id === '' ? !known.has(keyOf(p) ?? '') : keyOf(p) === k.id)).map((p) => p.id),
    }));
    return planned.filter((g) => g.memberIds.length > 0);
  };
  switch (by) {
    case 'stakeholder':
      return bucket(setup.stakeholderGroups, (p) => p.stakeholderGroupId);
    case 'developmentTheme':
      return bucket(setup.developmentThemes ?? [], (p) => p.developmentThemeId);
    case 'mixed': {
      const n = Math.max(1, Math.min(count, people.length));
      const groups: PlannedGroup[] = Array.from({ length: n }, (_, i) => ({
        name: naming.numbered(i + 1),
        memberIds: [],
      }));
      const rank = new Map(setup.stakeholderGroups.map((g, i) => [g.id, i]));
      const dealt = [...people].sort(
        (a, b) => (rank.get(a.stakeholderGroupId) ?? 99) - (rank.get(b.stakeholderGroupId) ?? 99),
      );
      // Deal to the smallest group first, so sizes differ by at most one.
      dealt.forEach((p, i) => groups[i % n]!.memberIds.push(p.id));
      return groups.filter((g) => g.memberIds.length > 0);
    }
    default: {
      const unhandled: never = by;
      throw new Error(`unknown formation ${String(unhandled)}`);
    }
  }
};
