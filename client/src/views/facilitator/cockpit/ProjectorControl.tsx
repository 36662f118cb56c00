import { projectorModes, voteTotals, type ProjectorMode, type Vote } from '@aquarium/shared';
import { useId, useState } from 'react';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { useStore } from '../../../state/store';
import { latestVote } from '../../capture/voteModel';
import { VoteNextButton } from '../capture/VoteNextButton';

/** Whether the projector can show a mode now (the server refuses the same cases with a reason). */
const available = (mode: ProjectorMode, s: { votes: Record<string, Vote>; published: boolean }) => {
  const votes = Object.values(s.votes);
  if (mode === 'vote') return votes.length > 0;
  if (mode === 'results') return votes.some((v) => v.revealed);
  if (mode === 'summaryQr') return s.published;
  return true;
};

const none: Record<string, Vote> = {};

/** What the room sees: the projector's mode (one press each), the names setting, and an open vote's count. */
export const ProjectorControl = () => {
  const t = useT();
  const id = useId();
  const projector = useStore((s) => s.session?.projector);
  const votes = useStore((s) => s.session?.votes ?? none);
  const published = useStore((s) => (s.session?.summary.versions.length ?? 0) > 0);
  const screens = useStore((s) => s.presence?.screens ?? 0);
  // The box flips at once; the server's answer settles it (as the capture settings do).
  const [askedNames, setAskedNames] = useState<boolean | null>(null);
  if (!projector) return null;
  const show = (mode: ProjectorMode) => void sendCommand('screen:show', { mode });
  return (
    <section className="card cockpit-projector" aria-labelledby={`${id}-title`} data-testid="projector-control">
      <h2 id={`${id}-title`}>{t('projector.title')}</h2>
      <p className="status-text" data-testid="projector-showing" aria-live="polite">
        {t('projector.showing', { mode: t(`projector.mode.${projector.mode}`) })}
      </p>
      {screens === 0 ? <p className="hint">{t('projector.screensOffline')}</p> : null}
      <div className="cockpit-projector__modes" role="group" aria-label={t('projector.modes')}>
        {projectorModes.map((mode) => (
          <button
            key={mode}
            type="button"
            className="button button--small"
            aria-pressed={projector.mode === mode}
            disabled={!available(mode, { votes, published }) && projector.mode !== mode}
            data-projector-mode={mode}
            onClick={() => show(mode)}
          >
            {t(`projector.mode.${mode}`)}
          </button>
        ))}
      </div>
      {projector.mode === 'results' ? (
        <button
          type="button"
          className="button"
          data-testid="take-down"
          onClick={() => {
            show('phase');
            requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-projector-mode="phase"]')?.focus());
          }}
        >
          {t('projector.takeDown')}
        </button>
      ) : null}
      <div className="setting-toggle">
        <input
          id={`${id}-names`}
          type="checkbox"
          checked={askedNames ?? projector.showNames}
          aria-describedby={`${id}-names-hint`}
          onChange={(e) => {
            setAskedNames(e.target.checked);
            void sendCommand('screen:show', { mode: projector.mode, showNames: e.target.checked }).finally(() =>
              setAskedNames(null),
            );
          }}
        />
        <label htmlFor={`${id}-names`}>{t('projector.names')}</label>
      </div>
      <p id={`${id}-names-hint`} className="hint">
        {t('projector.namesHint')}
      </p>
      <CurrentVote />
    </section>
  );
};

/**
 * The newest vote while it is the moment's business: open, its live count (how many of those who joined have placed
 * their dots) and the press that closes it; closed, the press that shows the results to everyone. At the top of the
 * column, so the next press of a vote is in view however long the column below it is.
 */
const CurrentVote = () => {
  const t = useT();
  const vote = useStore((s) => (s.session ? latestVote(s.session) : null));
  const joined = useStore((s) => s.session?.participantOrder.length ?? 0);
  if (!vote || vote.revealed) return <p className="hint">{t('projector.noVote')}</p>;
  if (vote.status === 'closed') {
    return (
      <div className="cockpit-projector__vote">
        <p className="status-text">{t('capture.vote.state.closed')}</p>
        <VoteNextButton vote={vote} />
      </div>
    );
  }
  const voters = Object.keys(vote.allocations).length;
  const dots = Object.values(voteTotals(vote)).reduce((a, b) => a + b, 0);
  return (
    <div className="cockpit-projector__vote">
      <p data-testid="open-vote-count" aria-live="polite">
        <strong>{t('projector.voteOpen', { voters, joined })}</strong> · {t('capture.vote.points', { n: dots })}
      </p>
      <VoteNextButton vote={vote} />
    </div>
  );
};
