import type { ReactNode } from 'react';
import { Countdown } from '../../../components/Countdown';
import { SpeakingLine } from '../../../components/SpeakingLine';
import { TimerControls } from '../../../components/TimerControls';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { usePhase, usePhaseCount, usePhaseIndex, useStatus } from '../../../state/selectors';
import { useStore } from '../../../state/store';
import { EndSessionButton } from '../EndSessionDialog';
import { focusWhenReady } from './focus';
import { usePhaseGuard } from './usePhaseGuard';

/**
 * The part of the console that never scrolls away: where the session stands (phase n/5, its name, who speaks),
 * the countdown with pause and extend, and the buttons that move the session along.
 */
export const CockpitHeader = ({ presence }: { presence: ReactNode }) => {
  const t = useT();
  const status = useStatus();
  const phase = usePhase();
  const index = usePhaseIndex();
  const total = usePhaseCount();
  const title = useStore((s) => s.session?.setup.title ?? '');
  const guard = usePhaseGuard();

  const where =
    status === 'running' && index !== null
      ? t('phase.indicator', { n: index + 1, total })
      : status === 'ended'
        ? t('cockpit.ended')
        : t('cockpit.lobby');

  return (
    <header className="cockpit-head" data-testid="cockpit-head">
      <p className="cockpit-head__role">
        {t('fac.title')} · <span className="cockpit-head__title">{title}</span>
      </p>
      <div className="cockpit-head__presence">{presence}</div>
      <div className="cockpit-head__where">
        <h1 className="cockpit-head__phase">
          <span data-testid="phase-indicator">{where}</span>
          {status === 'running' && phase ? <span className="cockpit-head__name"> · {phase.name}</span> : null}
        </h1>
        {status === 'running' && phase && !phase.step ? <SpeakingLine className="cockpit-head__speaking" /> : null}
      </div>
      {status === 'running' ? (
        <div className="cockpit-head__time" data-testid="cockpit-countdown">
          <Countdown className="countdown--cockpit" />
          <TimerControls />
        </div>
      ) : null}
      <div className="cockpit-head__moves button-row">
        {status === 'lobby' ? (
          <button
            type="button"
            className="button button--primary"
            data-next-action
            onClick={() => {
              void sendCommand('session:start', {});
              focusWhenReady('[data-next-action="phase"]');
            }}
          >
            {t('fac.start')}
          </button>
        ) : null}
        {status === 'running' ? (
          <>
            <button
              type="button"
              className="button"
              disabled={index === 0}
              aria-disabled={guard.cooling || undefined}
              onClick={() =>
                void guard.move('previous').then(() => {
                  if (useStore.getState().session?.currentPhase === 0) focusWhenReady('[data-next-action="phase"]');
                })
              }
            >
              <span aria-hidden="true">◀ </span>
              {t('fac.previous')}
            </button>
            <button
              type="button"
              className="button button--primary"
              data-next-action="phase"
              disabled={index !== null && index >= total - 1}
              aria-disabled={guard.cooling || undefined}
              onClick={() =>
                void guard.move('next').then(() => {
                  // On the last phase "next" is off: the next action is ending the session.
                  if ((useStore.getState().session?.currentPhase ?? 0) >= total - 1) {
                    focusWhenReady('.cockpit-head__moves .button--danger');
                  }
                })
              }
            >
              {t('fac.next')}
              <span aria-hidden="true"> ▶</span>
            </button>
          </>
        ) : null}
        {status === 'ended' ? null : <EndSessionButton />}
      </div>
      <p className="cockpit-head__moved" role="status" data-testid="phase-moved">
        {guard.movedTo !== null ? (
          <>
            <strong>{t('cockpit.movedByOther', { n: guard.movedTo + 1, total })}</strong>{' '}
            {guard.cooling ? t('cockpit.movedWait') : null}
          </>
        ) : null}
      </p>
    </header>
  );
};
