import { circleActivity, currentPhase, type Circle, type SessionState } from '@aquarium/shared';
import { Suspense } from 'react';
import { lazyView } from '../../app/lazyView';
import { ConnectionStatus, ServerTrouble } from '../../components/ConnectionStatus';
import { Countdown } from '../../components/Countdown';
import { FocusQuestions, PhaseIndicator } from '../../components/PhaseInfo';
import { SessionGate } from '../../components/SessionGate';
import { useT } from '../../i18n/useT';
import { useMyCircle, usePhase } from '../../state/selectors';
import { groupsCatalog } from '../../i18n/groupsCatalog';
import { useStore } from '../../state/store';
import { PhoneCapture } from './capture/PhoneCapture';
import { PhoneSummary } from '../summary/PhoneSummary';
import { PhoneTurns } from './turns/PhoneTurns';

// The small-group method's phone is a chunk of its own, loaded only in such sessions: the aquarium phone stays small.
// Its strings in the language shown come beside it, and it renders once both are here.
const PhoneGroups = lazyView(() => import('./groups/PhoneGroups'), groupsCatalog);

interface Props {
  token: string;
  onForget: () => void;
}

/** The participant's phone once joined. */
export const ParticipantView = ({ token, onForget }: Props) => {
  const t = useT();
  return (
    <SessionGate
      token={token}
      onRefused={
        <button type="button" className="button button--primary button--wide" onClick={onForget}>
          {t('phone.joinAgain')}
        </button>
      }
    >
      <ParticipantScreen />
    </SessionGate>
  );
};

type Activity = 'everyone' | 'speaks' | 'listens' | null;

/** What my circle does now; `everyone` also covers a participant who is not seated yet. */
const myActivity = (s: SessionState, circle: Circle | null): Activity => {
  const phase = currentPhase(s);
  if (s.status !== 'running' || !phase) return null;
  if (phase.speaking === 'everyone') return 'everyone';
  if (!circle) return null;
  const activity = circleActivity(s, circle);
  return activity === 'idle' ? null : activity;
};

const activityKey = { everyone: 'phone.everyone', speaks: 'phone.speaks', listens: 'phone.listens' } as const;

const ParticipantScreen = () => {
  const t = useT();
  const title = useStore((s) => s.session?.setup.title ?? '');
  const status = useStore((s) => s.session?.status ?? 'lobby');
  const circle = useMyCircle() ?? null;
  const activity = useStore((s) => (s.session ? myActivity(s.session, circle) : null));
  const phase = usePhase();
  const speaking = activity === 'speaks' || activity === 'everyone';
  const groups = useStore((s) => s.session?.setup.method === 'smallGroups');

  if (groups) {
    return (
      <div className="page page--narrow phone">
        <h1 className="phone__title">{title}</h1>
        <ServerTrouble />
        <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
          <PhoneGroups />
        </Suspense>
        <ConnectionStatus trouble={false} />
      </div>
    );
  }

  return (
    <div className="page page--narrow phone">
      <h1 className="phone__title">{title}</h1>
      <ServerTrouble />
      <div className="phone__now" aria-live="polite" aria-atomic="true">
        {status === 'ended' ? (
          <p className="phone__ended">{t('phone.ended')}</p>
        ) : (
          <>
            <p className="phone__circle" data-testid="my-circle">
              {circle === 'inner' ? t('phone.inner') : circle === 'outer' ? t('phone.outer') : t('phone.unseated')}
            </p>
            {status === 'lobby' ? <p className="phone__waiting">{t('phone.waiting')}</p> : null}
            {activity ? (
              <p
                className={`phone__activity ${speaking ? 'is-speaking' : 'is-listening'}`}
                data-testid="circle-activity"
              >
                {t(activityKey[activity])}
              </p>
            ) : null}
            {phase && status === 'running' ? (
              <div className="phone__phase">
                <PhaseIndicator />
                <p className="phone__phase-name" data-testid="phase-name">
                  {phase.name}
                </p>
              </div>
            ) : null}
          </>
        )}
      </div>
      <PhoneSummary />
      <PhoneTurns />
      {status === 'running' ? (
        <>
          <FocusQuestions title={t('phone.questions')} />
          <Countdown className="countdown--phone" />
        </>
      ) : null}
      <PhoneCapture />
      <ConnectionStatus trouble={false} />
    </div>
  );
};
