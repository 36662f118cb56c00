import { lazy, Suspense, useId } from 'react';
import { CurrentSpeaker } from '../../../components/turns/CurrentSpeaker';
import type { MessageKey } from '../../../i18n/t';
import { useT } from '../../../state/useT';
import { useFocusQuestions } from '../../../state/selectors';
import { useStore } from '../../../state/store';
import { PhoneSummary } from '../../summary/PhoneSummary';
import { PhoneTurns } from '../turns/PhoneTurns';
import { nowKind, type NowKind } from './nowModel';
import { ReadAloud } from './ReadAloud';
import { useAnnounceChange } from './useAnnounceChange';
import './now.css';

// The dot vote is needed only once the facilitator opens one: a chunk loaded then.
const PhoneVote = lazy(() => import('../capture/PhoneVote'));

const titleKey: Record<NowKind, MessageKey> = {
  myTurn: 'turns.phone.yourTurn',
  invited: 'turns.phone.invited',
  vote: 'now.vote',
  speaks: 'phone.speaks',
  everyone: 'phone.everyone',
  listens: 'phone.listens',
  write: 'now.write',
  lobby: 'phone.waiting',
  ended: 'phone.ended',
};

/** Moves to the thought box below (the listener's and the unseated person's action). */
const focusThoughtBox = () => {
  const box = document.querySelector<HTMLTextAreaElement>('[data-testid="thought-input"]');
  box?.focus();
};

/** The top of the phone: the one thing to do now, changing with the moment; a change is announced. */
const NowCard = () => {
  const t = useT();
  const id = useId();
  const kind = useStore((s) => (s.session && s.participantId ? nowKind(s.session, s.participantId) : 'lobby'));
  const announcement = useAnnounceChange(kind);
  const circleLine = kind === 'speaks' || kind === 'listens' || kind === 'everyone';
  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="now-announcement">
        {announcement}
      </p>
      <section
        className={`now now--${kind}`}
        aria-labelledby={`${id}-title`}
        data-testid="now-card"
        data-kind={kind}
        id="now-card"
      >
        <h2
          id={`${id}-title`}
          className="now__title"
          data-testid={
            circleLine
              ? 'circle-activity'
              : kind === 'myTurn'
                ? 'my-turn'
                : kind === 'invited'
                  ? 'turn-invited'
                  : undefined
          }
        >
          {kind === 'myTurn' ? <span aria-hidden="true">▶ </span> : null}
          {t(titleKey[kind])}
        </h2>
        <NowBody kind={kind} />
        <ReadAloud targetId="now-card" />
      </section>
    </>
  );
};

const NowBody = ({ kind }: { kind: NowKind }) => {
  const t = useT();
  switch (kind) {
    case 'myTurn':
      return (
        <>
          <p className="now__text">{t('now.myTurnHint')}</p>
          <FocusLine />
        </>
      );
    case 'invited':
      return (
        <>
          <PhoneTurns />
          <p className="now__text">{t('turns.phone.invitedHint')}</p>
        </>
      );
    case 'vote':
      return (
        <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
          <PhoneVote variant="now" />
        </Suspense>
      );
    case 'speaks':
    case 'everyone':
      return (
        <>
          <PhoneTurns />
          <FocusLine />
          <CurrentSpeaker variant="phone" />
        </>
      );
    case 'listens':
      return (
        <>
          <button type="button" className="button button--primary button--wide" onClick={focusThoughtBox}>
            {t('now.writeForNext')}
          </button>
          <p className="now__text">{t('now.listensHint')}</p>
          <PhoneTurns />
          <FocusLine />
          <CurrentSpeaker variant="phone" />
        </>
      );
    case 'write':
      return (
        <>
          <button type="button" className="button button--primary button--wide" onClick={focusThoughtBox}>
            {t('now.writeForNext')}
          </button>
          <p className="now__text">{t('now.writeHint')}</p>
        </>
      );
    case 'lobby':
      return <p className="now__text">{t('now.lobbyHint')}</p>;
    case 'ended':
      return <PhoneSummary />;
    default: {
      const unhandled: never = kind;
      throw new Error(`unknown activity ${String(unhandled)}`);
    }
  }
};

/** The question in focus, one line each, so the card stays short. */
const FocusLine = () => {
  const t = useT();
  const questions = useFocusQuestions();
  if (questions.length === 0) return null;
  return (
    <div className="now__focus">
      <p className="now__focus-label">{t('phone.questions')}</p>
      <ul className="now__focus-list">
        {questions.map((q) => (
          <li key={q.id} data-testid="focus-question">
            {q.text}
          </li>
        ))}
      </ul>
    </div>
  );
};

export default NowCard;
