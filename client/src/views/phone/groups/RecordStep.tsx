import { limits, type SmallGroup } from '@aquarium/shared';
import { useEffect, useId, useRef, useState } from 'react';
import type { MessageKey } from '../../../i18n/t';
import { useT } from '../../../state/useT';
import { useOutbox } from '../../../net/outboxStore';
import { useStore } from '../../../state/store';
import { useForgetDraft, usePersistentDraft } from '../../capture/usePersistentDraft';
import { createAutosaver, type Autosaver, type SaveState } from '../../summary/autosave';
import { PointsCard } from './ChooseStep';
import { recordPrefill, sameRecord } from './groupModel';
import { sendGroup, useGroupQuestion, usePoints } from './groupState';

interface Props {
  group: SmallGroup;
  questionId: string;
  isChair: boolean;
}

/** Record and return: the chair writes the group's summary and returns it; the members follow it. */
export const RecordStep = ({ group, questionId, isChair }: Props) => {
  const points = usePoints(group.id, questionId);
  const { vote } = useGroupQuestion(group.id, questionId);
  return (
    <>
      {isChair ? (
        <RecordEditor smallGroupId={group.id} questionId={questionId} />
      ) : (
        <RecordView smallGroupId={group.id} questionId={questionId} />
      )}
      <PointsCard questionId={questionId} points={points} vote={vote} isChair={isChair} readOnly />
    </>
  );
};

const recordDraftName = (smallGroupId: string, questionId: string) => `record.${smallGroupId}.${questionId}`;

const timeOf = (at: number, language: string) =>
  new Date(at).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });

const ReturnedAt = ({ at }: { at: number | null }) => {
  const t = useT();
  const language = useStore((s) => s.language);
  if (at === null) return null;
  return (
    <p className="record__returned" data-testid="record-returned">
      <span aria-hidden="true">✓ </span>
      {t('groups.record.returned', { time: timeOf(at, language) })}
    </p>
  );
};

const saveKey: Record<SaveState, MessageKey> = {
  saved: 'groups.record.saved',
  saving: 'groups.record.saving',
  pending: 'groups.record.pending',
  failed: 'groups.record.failed',
};

/**
 * The chair's editor. The text is saved as it is written (durable: it survives a lost connection and a
 * reload), and kept in this browser between saves. It starts from the server's draft, or from the points.
 */
const RecordEditor = ({ smallGroupId, questionId }: { smallGroupId: string; questionId: string }) => {
  const t = useT();
  const id = useId();
  const { record } = useGroupQuestion(smallGroupId, questionId);
  const points = usePoints(smallGroupId, questionId);
  const [unsaved, setUnsaved] = usePersistentDraft(recordDraftName(smallGroupId, questionId));
  // What the chair typed; null while they have typed nothing (the text then follows the draft or the points).
  const [edited, setEdited] = useState<string | null>(() => unsaved || null);
  const [state, setState] = useState<SaveState>('saved');
  const [seen, setSeen] = useState(record.draft);
  const [empty, setEmpty] = useState(false);
  const value = edited ?? (record.draft || recordPrefill(points));
  const returning = useOutbox((s) =>
    s.waiting.some((c) => c.name === 'group:return' && c.payload.questionId === questionId),
  );

  const saver = useRef<Autosaver<string> | null>(null);
  const latest = useRef({ value, clear: () => setUnsaved('') });
  useEffect(() => {
    latest.current = { value, clear: () => setUnsaved('') };
  });

  useEffect(() => {
    const s = createAutosaver<string>({
      save: async (text) => {
        const res = await sendGroup('group:draftRecord', { questionId, text }, { durable: true });
        if (res.ok && latest.current.value === text) latest.current.clear();
        return res.ok;
      },
      onState: setState,
    });
    saver.current = s;
    return () => s.dispose();
  }, [questionId]);

  // Typing kept in this browser from before a reload goes to the server now.
  const restored = useRef(edited);
  useEffect(() => {
    if (restored.current !== null && !sameRecord(restored.current, record.draft)) {
      saver.current?.change(restored.current);
    }
    // Only once, on opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Someone else's draft (a previous chair) shows here unless this chair has unsaved typing of its own. The
  // server trims, so the echo of one's own save is not a change.
  if (record.draft !== seen) {
    setSeen(record.draft);
    if (state === 'saved' && edited !== null && !sameRecord(record.draft, edited)) setEdited(record.draft || null);
  }

  const change = (text: string) => {
    setEdited(text);
    setUnsaved(text);
    setEmpty(false);
    saver.current?.change(text);
  };

  const returnIt = () => {
    const text = value.trim();
    if (!text) return setEmpty(true);
    saver.current?.flush();
    void sendGroup('group:return', { questionId, text }, { durable: true }).then((res) => {
      if (res.ok && latest.current.value.trim() === text) latest.current.clear();
    });
  };

  const returned = record.returned;
  const changed = returned !== null && !sameRecord(returned, value);

  return (
    <section className="card record" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('groups.record.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('groups.record.label')}</label>
        <p id={`${id}-hint`} className="hint">
          {t('groups.record.hint')}
        </p>
        <textarea
          id={`${id}-text`}
          rows={8}
          value={value}
          aria-describedby={`${id}-hint ${id}-state`}
          maxLength={limits.noteLength}
          aria-invalid={empty ? true : undefined}
          onChange={(e) => change(e.target.value)}
          data-testid="record-input"
        />
        <p
          id={`${id}-state`}
          className={`record__save record__save--${state}`}
          role="status"
          data-testid="record-save-state"
          data-state={state}
        >
          {edited === null && state === 'saved' ? null : t(saveKey[state])}
        </p>
        {empty ? (
          <p className="field-error" role="alert">
            {t('groups.record.empty')}
          </p>
        ) : null}
      </div>
      <ReturnedAt at={record.returnedAt} />
      {changed ? <p className="hint">{t('groups.record.changed')}</p> : null}
      {returning ? <p className="hint">{t('groups.record.returning')}</p> : null}
      {returned === null || changed ? (
        <button type="button" className="button button--primary button--wide" onClick={returnIt}>
          {changed ? t('groups.record.returnAgain') : t('groups.record.return')}
        </button>
      ) : null}
    </section>
  );
};

/** A member follows the chair's draft and sees when it was returned. */
const RecordView = ({ smallGroupId, questionId }: { smallGroupId: string; questionId: string }) => {
  const t = useT();
  const id = useId();
  const { record } = useGroupQuestion(smallGroupId, questionId);
  // Typing left from a time this member chaired is not the group's record: if they chair again, they start
  // from the group's draft instead of overwriting it with older text.
  useForgetDraft(recordDraftName(smallGroupId, questionId));
  return (
    <section className="card record" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('groups.record.title')}</h2>
      {record.draft ? (
        <>
          {/* Once returned as it stands, "returned at" below says what it is. */}
          {record.returned !== null && sameRecord(record.returned, record.draft) ? null : (
            <p className="hint">{t('groups.record.draft')}</p>
          )}
          <p className="record__text" data-testid="record-text">
            {record.draft}
          </p>
        </>
      ) : (
        <p className="hint" data-testid="record-text">
          {t('groups.record.waiting')}
        </p>
      )}
      <ReturnedAt at={record.returnedAt} />
    </section>
  );
};
