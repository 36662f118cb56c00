import type { Activity, Goal } from '@aquarium/shared';
import { useId } from 'react';
import { useT } from '../../state/useT';
import { canNest, newActivityId, updateActivity } from './planModel';

interface Props {
  goal: Goal;
  goalNumber: number;
  onChange: (activities: Activity[]) => void;
}

/** A goal's activities as a nested list: each has its text, an optional date, sub-activities and remove. */
export const ActivitiesEditor = ({ goal, goalNumber, onChange }: Props) => {
  const t = useT();
  const id = useId();
  const activities = goal.activities ?? [];
  const set = (activityId: string, change: (a: Activity) => Activity | null) =>
    onChange(updateActivity(activities, activityId, change));

  const list = (items: Activity[], depth: number, prefix: string) => (
    <ol className="plan-activities">
      {items.map((a, i) => {
        const label = `${prefix}${i + 1}`;
        return (
          <li key={a.id} className="plan-activity">
            <div className="plan-activity__row">
              <div className="field field--grow">
                <label htmlFor={`${id}-${a.id}`}>{t('plan.activity', { n: label })}</label>
                <input
                  id={`${id}-${a.id}`}
                  value={a.text}
                  maxLength={1000}
                  onChange={(e) => set(a.id, (x) => ({ ...x, text: e.target.value }))}
                />
              </div>
              <div className="field plan-activity__date">
                <label htmlFor={`${id}-${a.id}-date`}>{t('plan.activityDate')}</label>
                <input
                  id={`${id}-${a.id}-date`}
                  value={a.date ?? ''}
                  maxLength={40}
                  onChange={(e) => set(a.id, (x) => ({ ...x, date: e.target.value }))}
                />
              </div>
            </div>
            <div className="plan-activity__actions">
              {canNest(depth) ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() =>
                    set(a.id, (x) => ({
                      ...x,
                      children: [...(x.children ?? []), { id: newActivityId(goal), text: '' }],
                    }))
                  }
                >
                  {t('plan.addSubActivity', { n: label })}
                </button>
              ) : null}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => set(a.id, () => null)}
              >
                {t('plan.removeActivity', { n: label })}
              </button>
            </div>
            {a.children?.length ? list(a.children, depth + 1, `${label}.`) : null}
          </li>
        );
      })}
    </ol>
  );

  return (
    <div className="plan-activities-editor">
      <p className="plan-subheading">{t('plan.activities')}</p>
      {list(activities, 0, `${goalNumber}.`)}
      <button
        type="button"
        className="button button--secondary"
        disabled={activities.length >= 100}
        onClick={() => onChange([...activities, { id: newActivityId(goal), text: '' }])}
      >
        {t('plan.addActivity', { n: goalNumber })}
      </button>
    </div>
  );
};
