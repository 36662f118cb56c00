import { limits, type GroupPoint } from '@aquarium/shared';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../state/useT';
import { ConfirmButton } from '../../capture/ConfirmButton';
import { FormButtons } from '../../capture/FormButtons';
import { sendGroup } from './groupState';

type Mode = 'view' | 'edit' | 'merge';

/** The chair's tools for one point: move, edit (or delete), merge into another. */
export const PointControls = ({
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
