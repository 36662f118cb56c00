import { Countdown } from '../../components/Countdown';
import { FocusQuestions, PhaseIndicator } from '../../components/PhaseInfo';
import { useT } from '../../state/useT';
import { useMyCircle, usePhase } from '../../state/selectors';
import { useStore } from '../../state/store';
import { PhoneSummary } from '../summary/PhoneSummary';
import { PhoneCapture } from './capture/PhoneCapture';
import { Suspense } from 'react';
import { lazyView } from '../../routing/lazyView';
import { nowCatalog } from '../../i18n/nowCatalog';
import { cardShowsFocus, nowKind } from './now/nowModel';

// The top card is the aquarium's own (a small-group phone never needs it): a chunk beside the entry, fetched at once.
export const loadNowCard = () => import('./now/NowCard');
const NowCard = lazyView(loadNowCard, nowCatalog);

/**
 * The aquarium's phone: the top card with the one thing to do now, then my circle and the phase, the questions
 * (when the card does not show them), writing thoughts and my own, the summary. In the entry; its strings and the top
 * card are fetched (`ParticipantView`).
 */
const AquariumPhone = () => {
  const t = useT();
  const status = useStore((s) => s.session?.status ?? 'lobby');
  const circle = useMyCircle() ?? null;
  const kind = useStore((s) => (s.session && s.participantId ? nowKind(s.session, s.participantId) : 'lobby'));
  const phase = usePhase();
  return (
    <>
      <Suspense fallback={<p className="now loading">{t('common.loading')}</p>}>
        <NowCard />
      </Suspense>
      {status === 'ended' ? null : (
        <div className="phone__state">
          <p className="phone__circle" data-testid="my-circle">
            {circle === 'inner' ? t('phone.inner') : circle === 'outer' ? t('phone.outer') : t('phone.unseated')}
          </p>
          {phase && status === 'running' ? (
            <div className="phone__phase">
              <PhaseIndicator />
              <p className="phone__phase-name" data-testid="phase-name">
                {phase.name}
              </p>
              <Countdown className="countdown--phone" />
            </div>
          ) : null}
        </div>
      )}
      {status === 'running' && !cardShowsFocus(kind) ? <FocusQuestions title={t('phone.questions')} /> : null}
      <PhoneCapture />
      {status === 'ended' ? null : <PhoneSummary />}
    </>
  );
};

export default AquariumPhone;
