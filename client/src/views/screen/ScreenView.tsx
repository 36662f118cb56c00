// The staff views' strings (both languages) register with this chunk, before it renders; the phone never loads them.
import { useState } from 'react';
import { Countdown } from '../../components/Countdown';
import { FocusQuestions, PhaseIndicator } from '../../components/PhaseInfo';
import { SessionGate } from '../../components/SessionGate';
import { SpeakingLine } from '../../components/SpeakingLine';
import { JoinCode } from '../../components/JoinCode';
import { useT } from '../../i18n/useT';
import { takeStaffToken } from '../../net/storage';
import { usePhase, useStatus } from '../../state/selectors';
import { useStore } from '../../state/store';
import { InnerCircle } from './InnerCircle';
import { GroupsProjector } from './groups/GroupsProjector';
import { ScreenGroups } from './groups/ScreenGroups';
import { ScreenCapture } from './capture/ScreenCapture';
import { CurrentSpeaker } from '../../components/turns/CurrentSpeaker';
import { ScreenSummaryQr } from '../summary/ScreenSummaryQr';
import { pagePaths } from '../../app/route';

/** `/screen#<token>`: the read-only projector view, readable from the back of the room. */
const ScreenView = () => {
  const [token] = useState(() => takeStaffToken(pagePaths.screen));
  return (
    <SessionGate token={token}>
      <Projector />
    </SessionGate>
  );
};

const Projector = () => {
  const t = useT();
  const title = useStore((s) => s.session?.setup.title ?? '');
  const code = useStore((s) => s.session?.joinCode ?? '');
  const joiningOpen = useStore((s) => s.session?.joiningOpen ?? false);
  const status = useStatus();
  const phase = usePhase();
  const smallGroups = useStore((s) => s.session?.setup.method === 'smallGroups');
  const hasGroups = useStore((s) => (s.session?.groups.order.length ?? 0) > 0);

  if (status === 'ended') {
    return (
      <div className="screen screen--center">
        <p className="screen__title">{title}</p>
        <h1 className="screen__huge">{t('screen.ended')}</h1>
        <ScreenSummaryQr />
      </div>
    );
  }

  if (status !== 'running' || !phase) {
    return (
      <div className={`screen screen--center${smallGroups && hasGroups ? ' screen--lobby-groups' : ''}`}>
        <h1 className="screen__huge">{title}</h1>
        <p className="screen__lead">{t('screen.lobby')}</p>
        {joiningOpen ? <JoinCode code={code} className="join-code--screen" /> : null}
        {smallGroups ? <ScreenGroups /> : <InnerCircle />}
      </div>
    );
  }

  if (smallGroups) return <GroupsProjector />;

  return (
    <div className="screen screen--running">
      <div className="screen__main" aria-live="polite" aria-atomic="false">
        <PhaseIndicator className="screen__phase" />
        <h1 className="screen__phase-name" data-testid="phase-name">
          {phase.name}
        </h1>
        <SpeakingLine className="speaking-line--screen" testId="speaking-circle" />
        <CurrentSpeaker variant="screen" />
        <FocusQuestions className="focus--screen" />
      </div>
      <div className="screen__side">
        <Countdown className="countdown--screen" />
        {joiningOpen ? <JoinCode code={code} className="join-code--screen" /> : null}
        <InnerCircle />
      </div>
      <ScreenCapture />
    </div>
  );
};

export default ScreenView;
