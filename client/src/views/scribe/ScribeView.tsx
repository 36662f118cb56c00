// The staff views' strings (both languages) register with this chunk, before it renders; the phone never loads them.
import { ConnectionStatus } from '../../components/ConnectionStatus';
import { Countdown } from '../../components/Countdown';
import { FocusQuestions, PhaseIndicator } from '../../components/PhaseInfo';
import { SessionGate } from '../../components/SessionGate';
import { SpeakingLine } from '../../components/SpeakingLine';
import { TimerControls } from '../../components/TimerControls';
import { useT } from '../../state/useT';
import { usePhase, useStatus } from '../../state/selectors';
import { useStore } from '../../state/store';
import { pagePaths } from '../../routing/route';
import { ScribeNotes } from './ScribeNotes';
import { useStaffToken } from '../home/useStaffToken';

/** `/scribe#<token>`: the scribe keeps time. */
const ScribeView = () => {
  const token = useStaffToken(pagePaths.scribe, 'scribe');
  return (
    <SessionGate token={token}>
      <ScribeConsole />
    </SessionGate>
  );
};

const ScribeConsole = () => {
  const t = useT();
  const title = useStore((s) => s.session?.setup.title ?? '');
  const status = useStatus();
  const phase = usePhase();
  return (
    <div className="page page--wide console">
      <div className="console__head">
        <div>
          <p className="console__role">{t('scribe.title')}</p>
          <h1>{title}</h1>
        </div>
        <PhaseIndicator className="console__phase" />
        <ConnectionStatus />
      </div>
      <div className="console__grid">
        <div className="console__main">
          <ScribeNotes />
        </div>
        <div className="console__side">
          <section className="card scribe" aria-labelledby="scribe-time">
            <h2 id="scribe-time">{phase && status === 'running' ? phase.name : t('scribe.timekeeping')}</h2>
            {status === 'lobby' ? <p>{t('screen.lobby')}</p> : null}
            {status === 'ended' ? <p className="status-text">{t('fac.ended')}</p> : null}
            {status === 'running' ? (
              <>
                <SpeakingLine />
                <Countdown className="countdown--big" />
                <TimerControls allowShorten />
                <FocusQuestions headingLevel={3} />
              </>
            ) : null}
          </section>
        </div>
      </div>
    </div>
  );
};

export default ScribeView;
