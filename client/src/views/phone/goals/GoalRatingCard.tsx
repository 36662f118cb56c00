import { goalRatingScale, goalsOf, type GoalRatingValue } from '@aquarium/shared';
import { useState } from 'react';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { useStore } from '../../../state/store';
import './goals.css';

const scaleKey = (v: GoalRatingValue) => (v === 'cantSay' ? 'phone.rate.cantSay' : (`phone.rate.v${v}` as const));
const noGoals: never[] = [];

/**
 * "How well was each goal reached?" while the facilitator has the rating open: one choice per goal, anonymous.
 * The phone sees only its own ratings (the server sends no one else's).
 */
export const GoalRatingCard = () => {
  const t = useT();
  const open = useStore((s) => s.session?.goalRating.open ?? false);
  const goals = useStore((s) => (s.session ? goalsOf(s.session.setup) : noGoals));
  const stored = useStore((s) => Object.values(s.session?.goalRating.byParticipant ?? {})[0]);
  const [picked, setPicked] = useState<Record<string, GoalRatingValue>>({});
  if (!open || goals.length === 0) return null;
  const mine = { ...stored, ...picked };
  const done = goals.filter((g) => mine[g.id] !== undefined).length;
  const rate = (goalId: string, value: GoalRatingValue) => {
    setPicked((p) => ({ ...p, [goalId]: value }));
    void sendCommand('goal:rate', { goalId, value });
  };
  return (
    <section className="card goal-rating" aria-labelledby="goal-rating-title" data-testid="goal-rating">
      <h2 id="goal-rating-title">{t('phone.rate.title')}</h2>
      <p className="goal-rating__intro">{t('phone.rate.intro')}</p>
      {goals.map((goal, i) => (
        <fieldset key={goal.id} className="goal-rating__goal" data-testid="goal-rating-goal">
          <legend>{t('phone.rate.goal', { n: i + 1, name: goal.name })}</legend>
          <div className="goal-rating__scale">
            {goalRatingScale.map((value) => (
              <label key={value} className={`goal-rating__option goal-rating__option--${value}`}>
                <input
                  type="radio"
                  name={`rate-${goal.id}`}
                  value={value}
                  checked={mine[goal.id] === value}
                  onChange={() => rate(goal.id, value)}
                />
                <span>{t(scaleKey(value))}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <p className="goal-rating__progress" role="status">
        {done === goals.length ? t('phone.rate.thanks') : t('phone.rate.progress', { done, total: goals.length })}
      </p>
    </section>
  );
};
