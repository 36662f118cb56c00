import { goalsOf, goalTagKey, type GoalTagKind } from '@aquarium/shared';
import { useId, type KeyboardEvent } from 'react';
import { useT } from '../../state/useT';
import { sendCommand } from '../../net/socket';
import { useStore } from '../../state/store';
import { isTyping } from '../facilitator/cockpit/focus';

const none: never[] = [];

/** The plan's goals, or none (every tagging control hides itself then). */
export const useGoals = () => useStore((s) => (s.session ? goalsOf(s.session.setup) : none));

const useTag = (kind: GoalTagKind, itemId: string) =>
  useStore((s) => s.session?.goalTags[goalTagKey(kind, itemId)] ?? null);

const tag = (kind: GoalTagKind, itemId: string, goalId: string | null) =>
  void sendCommand('goal:tag', { kind, itemId, goalId });

/**
 * The one-key way to tag the focused note, thought or theme: digits 1–9 tie it to that goal, 0 unties it.
 * Returns a key handler for the item's element; it ignores keys typed into a field inside it.
 */
export const useGoalKeys = (kind: GoalTagKind, itemId: string) => {
  const goals = useGoals();
  return (e: KeyboardEvent<HTMLElement>) => {
    if (goals.length === 0 || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
    if (!/^[0-9]$/.test(e.key)) return;
    const n = Number(e.key);
    if (n === 0) tag(kind, itemId, null);
    else if (goals[n - 1]) tag(kind, itemId, goals[n - 1]!.id);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
};

/** The visible control: which goal the item is tied to (the digits do the same from the keyboard). */
export const GoalSelect = ({ kind, itemId }: { kind: GoalTagKind; itemId: string }) => {
  const t = useT();
  const id = useId();
  const goals = useGoals();
  const value = useTag(kind, itemId);
  if (goals.length === 0) return null;
  return (
    <span className="goal-select">
      <label htmlFor={id}>{t('goalTag.label')}</label>
      <select
        id={id}
        value={value ?? ''}
        title={t('goalTag.keysHint')}
        data-testid="goal-select"
        onChange={(e) => tag(kind, itemId, e.target.value || null)}
      >
        <option value="">{t('goalTag.none')}</option>
        {goals.map((g, i) => (
          <option key={g.id} value={g.id}>
            {t('goalTag.option', { n: i + 1, name: g.name.length > 40 ? `${g.name.slice(0, 39)}…` : g.name })}
          </option>
        ))}
      </select>
    </span>
  );
};
