import { limits, type GroupPoint, type GroupVote, type SmallGroup } from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n/useT';
import { ConfirmButton } from '../../capture/ConfirmButton';
import { FormButtons } from '../../capture/FormButtons';
import { GroupIdeas } from './GroupIdeas';
import { changeDots, dotsLeft, moveInOrder, orderByTotals, sameOrder, type Allocation } from './groupModel';
import { sendGroup, useGroupQuestion, useMe, usePoints } from './groupState';

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
      <GroupIdeas group={group} questionId={questionId} points={points} canRaise={isChair} />
    </>
  );
};

interface PointsProps {
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
                <DotControls
                  text={p.text}
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

const DotControls = ({
  text,
  n,
  canAdd,
  onChange,
}: {
  text: string;
  n: number;
  canAdd: boolean;
  onChange: (delta: 1 | -1) => void;
}) => {
  const t = useT();
  return (
    <div className="dot-target__controls point__dots">
      <button
        type="button"
        className="button dot-button"
        aria-label={t('capture.vote.remove', { name: text })}
        disabled={n === 0}
        onClick={() => onChange(-1)}
      >
        −
      </button>
      <span className="dot-target__count" data-testid="my-dots">
        {t('capture.vote.mine', { n })}
      </span>
      <button
        type="button"
        className="button dot-button"
        aria-label={t('capture.vote.add', { name: text })}
        disabled={!canAdd}
        onClick={() => onChange(1)}
      >
        +
      </button>
    </div>
  );
};

type Mode = 'view' | 'edit' | 'merge';

/** The chair's tools for one point: move, edit (or delete), merge into another. */
const PointControls = ({
  point,
  textId,
  others,
  onMove,
  first,
  last,
}: {
  point: GroupPoint;
  textId: string;
  others: GroupPoint[];
  onMove: (delta: 1 | -1) => void;
  first: boolean;
  last: boolean;
}) => {
  const t = useT();
  const id = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [text, setText] = useState(point.text);
  const [target, setTarget] = useState('');

  if (mode === 'edit') {
    const save = (e: FormEvent) => {
      e.preventDefault();
      const next = text.trim();
      if (!next) return;
      setMode('view');
      if (next !== point.text) void sendGroup('point:edit', { pointId: point.id, text: next });
    };
    return (
      <form className="point__form" onSubmit={save}>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('groups.points.editLabel')}</label>
          <textarea
            id={`${id}-text`}
            rows={3}
            value={text}
            maxLength={limits.thoughtLength}
            required
            autoFocus
            onChange={(e) => setText(e.target.value)}
            data-testid="point-edit-input"
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button--small button--primary">
            {t('groups.points.save')}
          </button>
          <button type="button" className="button button--small" onClick={() => setMode('view')}>
            {t('common.cancel')}
          </button>
          <ConfirmButton
            label={t('groups.points.delete')}
            title={t('groups.points.deleteTitle')}
            body={point.text}
            confirm={t('groups.points.deleteConfirm')}
            className="button--secondary point__delete"
            onConfirm={() => void sendGroup('point:delete', { pointId: point.id })}
          />
        </div>
      </form>
    );
  }

  if (mode === 'merge') {
    const merge = (e: FormEvent) => {
      e.preventDefault();
      const targetId = target || others[0]?.id;
      if (!targetId) return;
      setMode('view');
      void sendGroup('point:merge', { sourceId: point.id, targetId });
    };
    return (
      <form className="point__form" onSubmit={merge}>
        <div className="field">
          <label htmlFor={`${id}-target`}>{t('groups.points.mergeLabel')}</label>
          <p id={`${id}-hint`} className="hint">
            {t('groups.points.mergeHint')}
          </p>
          <select
            id={`${id}-target`}
            value={target || others[0]?.id}
            aria-describedby={`${id}-hint`}
            autoFocus
            onChange={(e) => setTarget(e.target.value)}
            data-testid="point-merge-target"
          >
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.text}
              </option>
            ))}
          </select>
        </div>
        <FormButtons submitLabel={t('groups.points.merge')} onCancel={() => setMode('view')} />
      </form>
    );
  }

  return (
    <div className="button-row point__tools">
      <button
        type="button"
        className="button button--small point__move"
        aria-label={t('groups.points.up')}
        aria-describedby={textId}
        disabled={first}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button--small point__move"
        aria-label={t('groups.points.down')}
        aria-describedby={textId}
        disabled={last}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="button button--small"
        aria-describedby={textId}
        onClick={() => {
          setText(point.text);
          setMode('edit');
        }}
      >
        {t('groups.points.edit')}
      </button>
      {others.length > 0 ? (
        <button
          type="button"
          className="button button--small"
          aria-describedby={textId}
          onClick={() => {
            setTarget('');
            setMode('merge');
          }}
        >
          {t('groups.points.merge')}
        </button>
      ) : null}
    </div>
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
    void sendGroup('point:add', { pointId: nanoid(), questionId, text: next, ideaIds: [] }).then((res) => {
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

/** The chair asks the group for a dot vote on the points, and ends it. */
const VoteControls = ({ questionId, points, vote }: Omit<PointsProps, 'isChair'>) => {
  const t = useT();
  const id = useId();
  const [dots, setDots] = useState('3');
  const open = vote?.status === 'open';
  const enough = points.length >= 2;

  const start = (e: FormEvent) => {
    e.preventDefault();
    if (!enough) return;
    const n = Math.round(Number(dots)) || 3;
    void sendGroup('groupVote:open', { questionId, dots: Math.min(limits.maxDots, Math.max(1, n)) });
  };

  return (
    <section className="card group-vote" aria-labelledby={`${id}-title`} data-testid="group-vote">
      <h2 id={`${id}-title`}>{t('groups.vote.title')}</h2>
      {open ? (
        <button
          type="button"
          className="button button--primary button--wide"
          onClick={() => void sendGroup('groupVote:close', { questionId })}
        >
          {t('groups.vote.close')}
        </button>
      ) : (
        <form onSubmit={start}>
          <p className="hint">{t('groups.vote.intro')}</p>
          <div className="field">
            <label htmlFor={`${id}-dots`}>{t('groups.vote.dots')}</label>
            <input
              id={`${id}-dots`}
              type="number"
              inputMode="numeric"
              min={1}
              max={limits.maxDots}
              value={dots}
              className="group-vote__dots"
              onChange={(e) => setDots(e.target.value)}
              data-testid="vote-dots-input"
            />
          </div>
          {enough ? null : <p className="hint">{t('groups.vote.needTwo')}</p>}
          <button type="submit" className="button button--primary button--wide" disabled={!enough}>
            {t('groups.vote.open')}
          </button>
        </form>
      )}
    </section>
  );
};
