import type { Thought } from '@aquarium/shared';
import { useMemo } from 'react';
import { focusWhenReady } from '../cockpit/focus';
import { useT } from '../../../state/useT';
import { useStore } from '../../../state/store';
import { SettingToggle } from '../../capture/SettingToggle';
import { ThoughtCard } from './ThoughtCard';

const noThoughts: Record<string, Thought> = {};

/** The moderation inbox: pending thoughts first, newest on top (what just came in), then the rest, newest first. */
const moderationOrder = (thoughts: Record<string, Thought>): Thought[] => {
  const all = Object.values(thoughts).filter((th) => th.status !== 'withdrawn');
  const pending = all.filter((th) => th.status === 'pending').sort((a, b) => b.submittedAt - a.submittedAt);
  const rest = all.filter((th) => th.status !== 'pending').sort((a, b) => b.submittedAt - a.submittedAt);
  return [...pending, ...rest];
};

/** Participants' thoughts as they come in: approve, hide, pin to the projector, put under a theme. */
export const ThoughtsPanel = () => {
  const t = useT();
  const thoughts = useStore((s) => s.session?.thoughts ?? noThoughts);
  const ordered = useMemo(() => moderationOrder(thoughts), [thoughts]);
  const pending = ordered.filter((th) => th.status === 'pending').length;
  /** After approving or hiding, focus goes to the next pending thought (the moderated one moves down the list). */
  const focusNext = (from: Thought[], index: number) => {
    const done = from[index]!;
    const next =
      from.slice(index + 1).find((th) => th.status === 'pending') ??
      from.find((th, i) => i !== index && th.status === 'pending');
    // Once the moderated thought has left the pending ones (the list has moved), so focus is not lost in the move.
    const settled = () => !document.querySelector(`[data-thought="${done.id}"].thought-card--pending`);
    focusWhenReady(next ? `[data-thought="${next.id}"] button` : '#thoughts-title', settled);
  };
  return (
    <section className="card capture-panel" aria-labelledby="thoughts-title" data-testid="thoughts-panel">
      <div className="capture-head">
        <h2 id="thoughts-title">{t('capture.thoughts.title')}</h2>
        <p className="status-text" aria-live="polite">
          {t('capture.thoughts.pendingCount', { n: pending })}
        </p>
      </div>
      <SettingToggle setting="thoughtsNeedApproval" label={t('capture.thoughts.needApproval')} />
      <p className="hint">{t('cockpit.thoughts.keys')}</p>
      {ordered.length === 0 ? (
        <p className="hint">{t('capture.thoughts.none')}</p>
      ) : (
        <ul className="thought-list">
          {ordered.map((th, i) => (
            <ThoughtCard key={th.id} thought={th} onModerated={() => focusNext(ordered, i)} />
          ))}
        </ul>
      )}
    </section>
  );
};
