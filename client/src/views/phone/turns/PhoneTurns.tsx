import { queueAtPhaseChange, queuePlace } from '@aquarium/shared';
import { useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { useStore } from '../../../state/store';
import { turnOffer } from '../now/nowModel';
import { myTurnStatus } from './turnStatus';
import './phoneTurns.css';

/**
 * The turn part of the top card: ask for a turn (speaking circle, everyone, or invited), or for the empty chair
 * (a listener in an open aquarium); once queued, my place ("3rd in the queue"), what a phase change does to the
 * request, and cancel. A double tap sends once; a request made offline says it leaves when the connection returns.
 */
export const PhoneTurns = () => {
  const t = useT();
  const status = useStore(
    useShallow((s) => (s.session && s.participantId ? myTurnStatus(s.session, s.participantId) : null)),
  );
  const offer = useStore(
    useShallow((s) => (s.session && s.participantId ? turnOffer(s.session, s.participantId) : null)),
  );
  const place = useStore((s) => (s.session && s.participantId ? queuePlace(s.session.turns, s.participantId) : null));
  const keep = useStore((s) => (s.session ? queueAtPhaseChange(s.session.settings) === 'keep' : false));
  const cleared = useStore((s) => s.session?.turns.clearedByPhase === true);
  const online = useStore((s) => s.connection === 'connected');
  const busy = useRef(false);
  const [sending, setSending] = useState(false);
  if (!status?.canRequest || !offer || status.speaking) return null;

  const send = (run: () => Promise<unknown>) => {
    if (busy.current) return; // a double tap sends once
    busy.current = true;
    setSending(true);
    void run().finally(() => {
      busy.current = false;
      setSending(false);
    });
  };
  const request = (emptyChair: boolean) => send(() => sendCommand('turn:request', { emptyChair }));

  if (status.queued) {
    return (
      <div className="phone-turns" data-testid="phone-turns">
        <p className="phone-turns__state" data-testid="turn-queued">
          {place
            ? t(status.queuedForEmptyChair ? 'turns.phone.placeEmptyChair' : 'turns.phone.place', { n: place })
            : status.queuedForEmptyChair
              ? t('turns.phone.queuedEmptyChair')
              : t('turns.phone.queued')}
        </p>
        <p className="hint" data-testid="queue-rule">
          {keep ? t('turns.phone.keptAtPhase') : t('turns.phone.clearedAtPhase')}
        </p>
        <button
          type="button"
          className="button button--wide"
          aria-disabled={sending}
          onClick={() => send(() => sendCommand('turn:cancel', {}))}
        >
          {t('turns.phone.cancel')}
        </button>
      </div>
    );
  }

  return (
    <div className="phone-turns" data-testid="phone-turns">
      {cleared ? (
        <p className="phone-turns__note" data-testid="turn-cleared">
          {t('turns.phone.clearedByPhase')}
        </p>
      ) : null}
      {offer.ask ? (
        <button
          type="button"
          className="button button--primary button--wide"
          aria-disabled={sending}
          onClick={() => request(false)}
        >
          {t('turns.phone.ask')}
        </button>
      ) : null}
      {offer.emptyChair ? (
        <>
          <p id="empty-chair-hint" className="hint">
            {t('turns.phone.emptyChairHint')}
          </p>
          <button
            type="button"
            className="button button--wide"
            aria-describedby="empty-chair-hint"
            aria-disabled={sending}
            onClick={() => request(true)}
          >
            {t('turns.phone.askEmptyChair')}
          </button>
        </>
      ) : null}
      {sending && !online ? (
        <p className="phone-turns__note" role="status" data-testid="turn-offline">
          {t('turns.phone.offline')}
        </p>
      ) : null}
    </div>
  );
};
