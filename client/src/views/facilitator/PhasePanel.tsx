import { Countdown } from '../../components/Countdown';
import { FocusQuestions } from '../../components/PhaseInfo';
import { SpeakingLine } from '../../components/SpeakingLine';
import { TimerControls } from '../../components/TimerControls';
import { useT } from '../../state/useT';
import { sendCommand } from '../../net/socket';
import { usePhase, usePhaseCount, usePhaseIndex, useStatus } from '../../state/selectors';
import { useStore } from '../../state/store';
import { namesStep, stepKey } from '../../components/stepLabel';
import { EndSessionButton } from './EndSessionDialog';

/** The running phase and the controls that move the session along. */
export const PhasePanel = () => {
  const t = useT();
  const status = useStatus();
  const phase = usePhase();
  const index = usePhaseIndex();
  const total = usePhaseCount();
  const smallGroups = useStore((s) => s.session?.setup.method === 'smallGroups');
  // Sent with every move so that a second facilitator's press of the same button is refused as stale.
  const expectedIndex = index ?? -1;

  return (
    <section className="card phase-panel" aria-labelledby="phase-panel-title">
      <h2 id="phase-panel-title">{phase && status === 'running' ? phase.name : t('fac.phase')}</h2>
      {status === 'lobby' ? (
        <>
          <p>{smallGroups ? t('lead.lobby') : t('fac.lobby')}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void sendCommand('session:start', {})}
          >
            {t('fac.start')}
          </button>
        </>
      ) : null}
      {status === 'ended' ? <p className="status-text">{t('fac.ended')}</p> : null}
      {status === 'running' && phase ? (
        <>
          {/* In the small-group method everyone works in their group: the step's kind says what they do. */}
          {phase.step ? (
            namesStep(phase.name, t(stepKey[phase.step])) ? null : (
              <p className="phase-panel__step">{t(stepKey[phase.step])}</p>
            )
          ) : (
            <SpeakingLine />
          )}
          {phase.instructions ? (
            <p className="phase-panel__instructions">
              <span className="visually-hidden">{t('phase.instructions')}: </span>
              {phase.instructions}
            </p>
          ) : null}
          <FocusQuestions headingLevel={3} />
          <Countdown className="countdown--console" />
          <TimerControls />
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={index === 0}
              onClick={() => void sendCommand('phase:previous', { expectedIndex })}
            >
              <span aria-hidden="true">◀ </span>
              {t('fac.previous')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={index !== null && index >= total - 1}
              onClick={() => void sendCommand('phase:next', { expectedIndex })}
            >
              {t('fac.next')}
              <span aria-hidden="true"> ▶</span>
            </button>
            <EndSessionButton />
          </div>
        </>
      ) : null}
      {status === 'lobby' ? (
        <div className="button-row">
          <EndSessionButton />
        </div>
      ) : null}
    </section>
  );
};
