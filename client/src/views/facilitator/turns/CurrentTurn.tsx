import { turnMs } from '@aquarium/shared';
import { formatLimit, formatTalkTime, isOverLimit } from '../../../components/turns/talkTime';
import { useNow } from '../../../components/useNow';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { useStore } from '../../../state/store';
import { circleKey, useGroupName, usePersonLabels } from './labels';

/** The running turn: who, a live talk-time counter on the server's clock, the soft limit, and "End turn". */
export const CurrentTurn = () => {
  const t = useT();
  const turn = useStore((s) => s.session?.turns.current ?? null);
  const limit = useStore((s) => s.session?.turnSoftLimitSeconds ?? null);
  const offset = useStore((s) => s.clockOffset);
  const labels = usePersonLabels();
  const groupName = useGroupName();
  const now = useNow(500, turn !== null);
  if (!turn) return <p className="current-turn current-turn--none">{t('turns.none')}</p>;

  const ms = turnMs(turn, now + offset);
  const person = turn.participantId ? labels[turn.participantId] : undefined;
  const who = person?.label ?? t('turns.groupMember', { group: groupName(turn.stakeholderGroupId) });
  return (
    <div className="current-turn" data-testid="current-turn">
      <p className="current-turn__who">
        <span className="current-turn__label">{t('turns.current')}</span>{' '}
        <strong className={person?.anonymous ? 'is-anonymous' : undefined}>{who}</strong>
      </p>
      <p className="current-turn__meta">
        {[
          groupName(turn.stakeholderGroupId),
          t(circleKey(turn.circle)),
          turn.emptyChair ? t('turns.emptyChairFlag') : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p className="current-turn__time">
        <span className="current-turn__label">{t('turns.talkTime')}</span>{' '}
        <span className="current-turn__clock" role="timer" aria-live="off" data-testid="talk-time">
          {formatTalkTime(ms)}
        </span>
      </p>
      {limit !== null && isOverLimit(ms, limit) ? (
        <p className="current-turn__limit" role="status" data-testid="turn-over-limit">
          <span aria-hidden="true">◷ </span>
          {t('turns.overLimit', { limit: formatLimit(limit) })}
        </p>
      ) : null}
      <button type="button" className="button" onClick={() => void sendCommand('turn:end', {})}>
        {t('turns.end')}
      </button>
    </div>
  );
};
