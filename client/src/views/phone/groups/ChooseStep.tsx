import { limits, type GroupPoint, type GroupVote, type SmallGroup } from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../state/useT';
import { GroupSoloThoughts } from './GroupSoloThoughts';
import { CallList } from './PresentStep';
import { changeDots, dotsLeft, moveInOrder, orderByTotals, sameOrder, type Allocation } from './groupModel';
import { sendGroup, useGroupQuestion, useMe, usePoints } from './groupState';
import { PointControls } from './PointControls';
import { VoteControls } from './VoteControls';
import { DotStepper } from '../../capture/DotStepper';

interface Props {
  group: SmallGroup;
  questionId: string;
  isChair: boolean;
}

/**
 * Choose together: the group's points in the chair's order. The chair makes points of presented thoughts or
 * in their own words, edits, merges, orders and deletes them, and can ask for a dot vote; everyone places
 * their dots while it is open and sees the totals once it closes.
 */
export const ChooseStep = ({ group, questionId, isChair }: Props) => {
  const points = usePoints(group.id, questionId);
  const { vote } = useGroupQuestion(group.id, questionId);
  return (
    <>
      <PointsCard questionId={questionId} points={points} vote={vote} isChair={isChair} />
      {isChair ? <VoteControls questionId={questionId} points={points} vote={vote} /> : null}
      {isChair ? <CallList group={group} questionId={questionId} isChair late /> : null}
      <GroupSoloThoughts group={group} questionId={questionId} points={points} canRaise={isChair} />
    </>
  );
};

export interface PointsProps {
  questionId: string;
  points: GroupPoint[];
  vote: GroupVote | null;
  isChair: boolean;
}

/** The points list, with the dots of an open vote or the totals of a closed one. */
export const PointsCard = ({
  questionId,
  points,
  vote,
  isChair,
  readOnly = false,
}: PointsProps & { readOnly?: boolean }) => {
  const t = useT();
  const id = useId();
  const me = useMe();
  const open = vote?.status === 'open';
  const totals = vote?.status === 'closed' ? vote.totals : null;
  // My dots as I place them, ahead of the server's answer; forgotten when the vote ends or a change is refused.
  const [draft, setDraft] = useState<Allocation | null>(null);
  const [wasOpen, setWasOpen] = useState(open);
  if (wasOpen !== open) {
    setWasOpen(open);
    setDraft(null);
  }
  const mine = draft ?? vote?.allocations[me] ?? {};
  const left = vote ? dotsLeft(vote.dots, mine) : 0;
  const editable = isChair && !open && !readOnly;
  const ids = points.map((p) => p.id);

  const placeDot = (pointId: string, delta: 1 | -1) => {
    if (!vote) return;
    const next = changeDots(mine, pointId, delta, vote.dots);
    if (!next) return;
    setDraft(next);
    void sendGroup('groupVote:allocate', { questionId, allocation: next }).then((res) => {
      if (!res.ok) setDraft(null);
    });
  };

  const sorted = totals ? orderByTotals(points, totals) : null;

  return (
    <section className="card points" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('groups.points.title')}</h2>
      {open && !readOnly ? (
        <>
          <p className="points__vote-note" data-testid="group-vote-open">
            {t('groups.vote.running')}
          </p>
          <p className="dots-left" aria-live="polite" data-testid="dots-left">
            {t('capture.vote.left', { left, total: vote.dots })}
          </p>
        </>
      ) : vote?.status === 'closed' && !readOnly ? (
        <p className="hint" data-testid="group-vote-closed">
          {t('groups.vote.closed')}
        </p>
      ) : null}
      {points.length === 0 ? (
        <p className="hint">{isChair && !readOnly ? t('groups.points.noneChair') : t('groups.points.none')}</p>
      ) : (
        <ol className="point-list" data-testid="points-list">
          {points.map((p, i) => (
            <li key={p.id} className="point" data-testid="point">
              <div className="point__head">
                <span className="point__n">{i + 1}.</span>
                <p className="point__text" id={`${id}-${p.id}`} data-testid="point-text">
                  {p.text}
                </p>
              </div>
              {totals ? (
                <p className="point__total" data-testid="point-total">
                  {(totals[p.id] ?? 0) === 1
                    ? t('groups.points.totalOne')
                    : t('groups.points.total', { n: totals[p.id] ?? 0 })}
                </p>
              ) : null}
              {open && !readOnly ? (
                <DotStepper
                  className="point__dots"
                  name={p.text}
                  n={mine[p.id] ?? 0}
                  canAdd={left > 0}
                  onChange={(delta) => placeDot(p.id, delta)}
                />
              ) : null}
              {editable ? (
                <PointControls
                  point={p}
                  textId={`${id}-${p.id}`}
                  others={points.filter((o) => o.id !== p.id)}
                  onMove={(delta) => {
                    const order = moveInOrder(ids, p.id, delta);
                    if (order) void sendGroup('point:order', { questionId, pointIds: order });
                  }}
                  first={i === 0}
                  last={i === points.length - 1}
                />
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {editable && sorted && !sameOrder(sorted, ids) ? (
        <button
          type="button"
          className="button button--wide"
          onClick={() => void sendGroup('point:order', { questionId, pointIds: sorted })}
        >
          {t('groups.points.sort')}
        </button>
      ) : null}
      {editable ? <NewPointForm questionId={questionId} /> : null}
    </section>
  );
};

/** A point in the chair's own words. */
const NewPointForm = ({ questionId }: { questionId: string }) => {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const add = (e: FormEvent) => {
    e.preventDefault();
    const next = text.trim();
    if (!next) return;
    setText('');
    void sendGroup('point:add', { pointId: nanoid(), questionId, text: next, soloThoughtIds: [] }).then((res) => {
      if (!res.ok) setText(next);
    });
  };
  return (
    <form className="new-point" onSubmit={add}>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('groups.points.newLabel')}</label>
        <textarea
          id={`${id}-text`}
          rows={2}
          value={text}
          maxLength={limits.thoughtLength}
          onChange={(e) => setText(e.target.value)}
          data-testid="new-point-input"
        />
      </div>
      <button type="submit" className="button button--primary button--wide">
        {t('groups.points.add')}
      </button>
    </form>
  );
};
