import type { Vote } from '@aquarium/shared';
import { sendCommand } from '../../../net/socket';
import { useT } from '../../../state/useT';

/** A vote's next press: close it while it is open, then show its results to everyone; nothing once they are shown. */
export const VoteNextButton = ({ vote }: { vote: Vote }) => {
  const t = useT();
  if (vote.status === 'open')
    return (
      <button type="button" className="button" onClick={() => void sendCommand('vote:close', { voteId: vote.id })}>
        {t('capture.vote.close')}
      </button>
    );
  if (vote.revealed) return null;
  return (
    <button
      type="button"
      className="button button--primary"
      onClick={() => void sendCommand('vote:reveal', { voteId: vote.id })}
    >
      {t('capture.vote.reveal')}
    </button>
  );
};
