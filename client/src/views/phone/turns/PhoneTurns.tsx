import { useShallow } from 'zustand/react/shallow';
import { CurrentSpeaker } from '../../../components/turns/CurrentSpeaker';
import { useT } from '../../../i18n/useT';
import { sendCommand } from '../../../net/socket';
import { useStore } from '../../../state/store';
import { myTurnStatus } from './turnStatus';
import './phoneTurns.css';

/** Ask for a turn (or the empty chair), see my place and who speaks now. */
export const PhoneTurns = () => {
  const t = useT();
  const status = useStore(
    useShallow((s) => (s.session && s.participantId ? myTurnStatus(s.session, s.participantId) : null)),
  );
  if (!status?.canRequest) return null;
  const { speaking, queued, queuedForEmptyChair, invited, canAskEmptyChair } = status;
  const request = (emptyChair: boolean) => void sendCommand('turn:request', { emptyChair });

  return (
    <section className="phone-turns" aria-labelledby="phone-turns-title" data-testid="phone-turns">
      <h2 id="phone-turns-title" className="phone-turns__title">
        {t('turns.title')}
      </h2>
      <div aria-live="polite" aria-atomic="true">
        <CurrentSpeaker variant="phone" />
        {speaking ? (
          <p className="phone-turns__state phone-turns__state--mine" data-testid="my-turn">
            <span aria-hidden="true">▶ </span>
            {t('turns.phone.yourTurn')}
          </p>
        ) : queued ? (
          <p className="phone-turns__state" data-testid="turn-queued">
            {queuedForEmptyChair ? t('turns.phone.queuedEmptyChair') : t('turns.phone.queued')}
          </p>
        ) : invited ? (
          <p className="phone-turns__state phone-turns__state--invited" data-testid="turn-invited">
            <strong>{t('turns.phone.invited')}</strong> {t('turns.phone.invitedHint')}
          </p>
        ) : null}
      </div>
      {speaking ? null : queued ? (
        <button type="button" className="button button--wide" onClick={() => void sendCommand('turn:cancel', {})}>
          {t('turns.phone.cancel')}
        </button>
      ) : (
        <div className="phone-turns__actions">
          <button type="button" className="button button--primary button--wide" onClick={() => request(false)}>
            {t('turns.phone.ask')}
          </button>
          {canAskEmptyChair ? (
            <>
              <p id="empty-chair-hint" className="hint">
                {t('turns.phone.emptyChairHint')}
              </p>
              <button
                type="button"
                className="button button--wide"
                aria-describedby="empty-chair-hint"
                onClick={() => request(true)}
              >
                {t('turns.phone.askEmptyChair')}
              </button>
            </>
          ) : null}
        </div>
      )}
    </section>
  );
};
