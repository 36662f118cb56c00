// The staff views' strings (both languages) register with this chunk, before it renders; the phone never loads them.
import { Countdown } from '../../components/Countdown';
import { FocusQuestions, PhaseIndicator } from '../../components/PhaseInfo';
import { SessionGate } from '../../components/SessionGate';
import { SpeakingLine } from '../../components/SpeakingLine';
import { JoinCode } from '../../components/JoinCode';
import { useT } from '../../state/useT';
import { usePhase, useStatus } from '../../state/selectors';
import { useStore } from '../../state/store';
import { useStaffToken } from '../home/useStaffToken';
import { InnerCircle } from './InnerCircle';
import { GroupsProjector } from './groups/GroupsProjector';
import { ScreenGroups } from './groups/ScreenGroups';
import { ScreenCapture } from './capture/ScreenCapture';
import { CurrentSpeaker } from '../../components/turns/CurrentSpeaker';
import { ScreenSummaryQr } from '../summary/ScreenSummaryQr';
import { pagePaths } from '../../routing/route';
import { FitScale } from './modes/FitScale';
import { BlankScreen, JoinScreen, SummaryQrScreen } from './modes/ProjectorScreens';
import { ThoughtsScreen } from './modes/ThoughtsScreen';
import { ResultsScreen, VoteScreen } from './modes/VoteScreens';
import './modes/modes.css';

/** `/screen#<token>`: the read-only projector view, readable from the back of the room. */
const ScreenView = () => {
  const token = useStaffToken(pagePaths.screen, 'screen');
  return (
    <SessionGate token={token}>
      <Projector />
    </SessionGate>
  );
};

/** One mode at a time, as the facilitators chose it; the phase view is the default. */
const Projector = () => {
  const mode = useStore((s) => s.session?.projector.mode ?? 'phase');
  switch (mode) {
    case 'blank':
      return <BlankScreen />;
    case 'joinCode':
      return <JoinScreen />;
    case 'summaryQr':
      return <SummaryQrScreen />;
    case 'thoughts':
      return <ThoughtsScreen />;
    case 'vote':
      return <VoteScreen />;
    case 'results':
      return <ResultsScreen />;
    case 'phase':
      return <PhaseScreen />;
    default: {
      const unhandled: never = mode;
      throw new Error(`unknown projector mode ${String(unhandled)}`);
    }
  }
};

const PhaseScreen = () => {
  const t = useT();
  const title = useStore((s) => s.session?.setup.title ?? '');
  const code = useStore((s) => s.session?.joinCode ?? '');
  const joiningOpen = useStore((s) => s.session?.joiningOpen ?? false);
  const status = useStatus();
  const phase = usePhase();
  const smallGroups = useStore((s) => s.session?.setup.method === 'smallGroups');
  const hasGroups = useStore((s) => (s.session?.groups.order.length ?? 0) > 0);
  const speaker = useStore((s) => s.session?.turns.publicCurrent?.id ?? '');
  const inner = useStore((s) =>
    s.session
      ? `${Object.values(s.session.participants).filter((p) => p.circle === 'inner').length}|${s.session.projector.showNames}`
      : '',
  );

  if (status === 'ended') {
    return (
      <div className="screen screen--center">
        <FitScale className="screen__fit" watch={title}>
          <p className="screen__title">{title}</p>
          <h1 className="screen__huge">{t('screen.ended')}</h1>
          <ScreenSummaryQr />
        </FitScale>
      </div>
    );
  }

  if (status !== 'running' || !phase) {
    return (
      <div className={`screen screen--center${smallGroups && hasGroups ? ' screen--lobby-groups' : ''}`}>
        <FitScale className="screen__fit" watch={`${title}|${joiningOpen}|${inner}|${hasGroups}`}>
          <h1 className="screen__huge">{title}</h1>
          <p className="screen__lead">{t('screen.lobby')}</p>
          {joiningOpen ? <JoinCode code={code} className="join-code--screen" /> : null}
          {smallGroups ? <ScreenGroups /> : <InnerCircle />}
        </FitScale>
      </div>
    );
  }

  if (smallGroups) return <GroupsProjector />;

  return (
    <div className="screen screen--running">
      <FitScale className="screen__main" watch={`${phase.id}|${speaker}`}>
        <div aria-live="polite" aria-atomic="false">
          <PhaseIndicator className="screen__phase" />
          <h1 className="screen__phase-name" data-testid="phase-name">
            {phase.name}
          </h1>
          <SpeakingLine className="speaking-line--screen" testId="speaking-circle" />
          <CurrentSpeaker variant="screen" />
          <FocusQuestions className="focus--screen" />
        </div>
      </FitScale>
      <FitScale className="screen__side" watch={`${joiningOpen}|${inner}`}>
        <Countdown className="countdown--screen" />
        {joiningOpen ? <JoinCode code={code} className="join-code--screen" /> : null}
        <InnerCircle />
      </FitScale>
      <ScreenCapture />
    </div>
  );
};

export default ScreenView;
