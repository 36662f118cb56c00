import type { Vote } from '@aquarium/shared';
import { useState } from 'react';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { useStore } from '../../../state/store';
import { questionLabel, useQuestions } from '../../capture/captureSelectors';
import { latestVote, voteRows, voteTargets } from '../../capture/voteModel';
import { DotStepper } from '../../capture/DotStepper';
import { VoteResults } from '../../capture/VoteResults';

/**
 * The latest dot vote on the phone: place dots while it is open (`now`: inside the top card, the buttons first and
 * the question after them, so they are in view), see the results once revealed. A lazy chunk.
 */
const PhoneVote = ({ variant = 'page' }: { variant?: 'now' | 'page' }) => {
  const t = useT();
  const session = useStore((s) => s.session);
  const questions = useQuestions();
  const vote = session ? latestVote(session) : null;
  if (!session || !vote) return null;
  const question = session.setup.questions.find((q) => q.id === vote.questionId);
  if (variant === 'now') {
    if (vote.status !== 'open') return null;
    return (
      <div className="phone-vote phone-vote--now" data-testid="phone-vote">
        <DotPicker key={vote.id} vote={vote} />
        <p className="phone-vote__question">
          <strong>{questionLabel(t, questions, vote.questionId)}:</strong> {question?.text}
        </p>
      </div>
    );
  }
  if (vote.status === 'open') return null;
  // Results not shown by the end are not coming: the card would promise them.
  if (!vote.revealed && session.status === 'ended') return null;
  return (
    <section className="card phone-vote" aria-labelledby="phone-vote-title" data-testid="phone-vote">
      <h2 id="phone-vote-title">{vote.revealed ? t('capture.vote.results') : t('capture.vote.title')}</h2>
      <p className="phone-vote__question">
        <strong>{questionLabel(t, questions, vote.questionId)}:</strong> {question?.text}
      </p>
      {vote.revealed ? (
        <VoteResults rows={voteRows(session, vote, vote.revealed)} />
      ) : (
        <p className="status-text">{t('capture.vote.closedWait')}</p>
      )}
    </section>
  );
};

const DotPicker = ({ vote }: { vote: Vote }) => {
  const t = useT();
  const session = useStore((s) => s.session);
  const me = useStore((s) => s.participantId ?? '');
  const [draft, setDraft] = useState<Record<string, number> | null>(null);
  const mine = draft ?? vote.allocations[me] ?? {};
  const used = Object.values(mine).reduce((a, b) => a + b, 0);
  const left = vote.dots - used;
  const targets = session ? voteTargets(session, vote) : [];

  const change = (targetId: string, delta: number) => {
    const next = { ...mine, [targetId]: Math.max(0, (mine[targetId] ?? 0) + delta) };
    setDraft(next);
    void sendCommand('vote:allocate', { voteId: vote.id, allocation: next }).then((res) => {
      if (!res.ok) setDraft(null);
    });
  };

  return (
    <>
      <p className="dots-left" aria-live="polite" data-testid="dots-left">
        {t('capture.vote.left', { left, total: vote.dots })}
      </p>
      <ul className="dot-list">
        {targets.map((target) => {
          const n = mine[target.id] ?? 0;
          return (
            <li key={target.id} className="dot-target" data-testid="vote-target">
              <span className="dot-target__name">{target.name}</span>
              <DotStepper name={target.name} n={n} canAdd={left > 0} onChange={(delta) => change(target.id, delta)} />
            </li>
          );
        })}
      </ul>
      <p className="phone-vote__intro">{t('capture.vote.intro')}</p>
    </>
  );
};

export default PhoneVote;
