import { useId, useState } from 'react';
import { useT } from '../../../state/useT';

/** Renames a match: a small form behind a button, so the match's heading stays a heading. */
export const MatchName = ({
  name,
  busy,
  onRename,
}: {
  name: string;
  busy: boolean;
  onRename: (name: string) => void;
}) => {
  const t = useT();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name);
  if (!editing)
    return (
      <button
        type="button"
        className="button button--small report-match__rename"
        aria-label={t('projectReport.renameLabel', { name })}
        onClick={() => {
          setValue(name);
          setEditing(true);
        }}
      >
        {t('projectReport.rename')}
      </button>
    );
  return (
    <form
      className="report-match__rename-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) onRename(value.trim());
        setEditing(false);
      }}
    >
      <label htmlFor={`${id}-name`}>{t('projectReport.matchName')}</label>
      <input
        id={`${id}-name`}
        value={value}
        maxLength={200}
        autoFocus
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setEditing(false);
        }}
      />
      <button type="submit" className="button button--small button--primary" disabled={busy || !value.trim()}>
        {t('projectReport.saveName')}
      </button>
      <button type="button" className="button button--small" onClick={() => setEditing(false)}>
        {t('common.cancel')}
      </button>
    </form>
  );
};
