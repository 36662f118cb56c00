import { emptyGroups, groupProgress, groupStepNow, type GroupStep } from '@aquarium/shared';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../state/useT';
import { useStore } from '../../../state/store';
import { GroupProgressLine } from '../../facilitator/groups/GroupProgressLine';
import { currentQuestionId, groupsInOrder } from '../../facilitator/groups/groupsModel';
import './screen-groups.css';

/** More groups than this get a denser grid, so that all still fit a 1080p screen nobody scrolls. */
const ROOMY = 8;
/** A name with a word this long shrinks to its card instead of breaking mid-word. */
const LONG_WORD = 13;

const longestWord = (name: string) => Math.max(...name.split(/\s+/).map((w) => w.length));

/**
 * The groups on the projector: before the start who is in which group (names only of those who gave
 * one), while a step runs each group's progress on its question. Never what anyone wrote.
 */
export const ScreenGroups = () => {
  const t = useT();
  const groups = useStore((s) => s.session?.groups ?? emptyGroups);
  const questionId = useStore((s) => (s.session ? currentQuestionId(s.session) : null));
  // Each group's own step: groups move at their own pace inside the lead's step.
  const steps = useStore(
    useShallow((s) => {
      const out: Record<string, GroupStep> = {};
      for (const id of s.session?.groups.order ?? []) {
        const now = s.session ? groupStepNow(s.session, id) : null;
        if (now) out[id] = now.step;
      }
      return out;
    }),
  );
  const all = groupsInOrder(groups);
  if (all.length === 0) {
    return (
      <p className="screen-groups__none" data-testid="screen-groups">
        {t('screen.noGroups')}
      </p>
    );
  }
  return (
    <section
      className={`screen-groups${all.length > ROOMY ? ' screen-groups--many' : ''}`}
      aria-labelledby="screen-groups-title"
      data-testid="screen-groups"
    >
      <h2 id="screen-groups-title" className="visually-hidden">
        {t('screen.groups')}
      </h2>
      <ul className="screen-groups__grid">
        {all.map((group) => {
          const named = group.members.flatMap((m) => (m.name ? [m.name] : []));
          const anonymous = group.members.length - named.length;
          return (
            <li key={group.id} className="screen-group" data-testid="screen-group">
              <h3
                className={`screen-group__name${longestWord(group.name) >= LONG_WORD ? ' screen-group__name--long' : ''}`}
              >
                {group.name}
              </h3>
              {questionId ? (
                <GroupProgressLine
                  progress={groupProgress(groups, group, questionId)}
                  step={steps[group.id] ? { step: steps[group.id]!, ahead: false } : null}
                  variant="screen"
                />
              ) : (
                <>
                  <p className="screen-group__count" data-testid="progress-members">
                    {group.members.length === 1
                      ? t('screen.groupMembersOne')
                      : t('screen.groupMembers', { n: group.members.length })}
                  </p>
                  {named.length > 0 ? <p className="screen-group__names">{named.join(', ')}</p> : null}
                  {anonymous > 0 && named.length > 0 ? (
                    <p className="screen-group__names">{t('screen.anonymousCount', { n: anonymous })}</p>
                  ) : null}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
};
