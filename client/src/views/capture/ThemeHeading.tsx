import { limits, type Theme } from '@aquarium/shared';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../state/useT';
import { sendCommand } from '../../net/socket';
import { useThemesOf } from './captureSelectors';
import { ConfirmButton } from './ConfirmButton';
import { FormButtons } from './FormButtons';

type Mode = 'view' | 'rename' | 'merge';

/** A theme's name with rename, merge and delete. */
export const ThemeActions = ({ theme }: { theme: Theme }) => {
  const t = useT();
  const [mode, setMode] = useState<Mode>('view');
  if (mode === 'rename') return <RenameForm theme={theme} done={() => setMode('view')} />;
  if (mode === 'merge') return <MergeForm theme={theme} done={() => setMode('view')} />;
  return (
    <div className="theme-actions">
      <button type="button" className="button button--small button--secondary" onClick={() => setMode('rename')}>
        {t('capture.theme.rename')}
        <span className="visually-hidden">: {theme.name}</span>
      </button>
      <button type="button" className="button button--small button--secondary" onClick={() => setMode('merge')}>
        {t('capture.theme.merge')}
        <span className="visually-hidden">: {theme.name}</span>
      </button>
      <ConfirmButton
        label={t('capture.theme.delete')}
        title={t('capture.theme.deleteTitle', { name: theme.name })}
        body={t('capture.theme.deleteBody')}
        confirm={t('capture.theme.deleteConfirm')}
        onConfirm={() => void sendCommand('theme:delete', { themeId: theme.id })}
      />
    </div>
  );
};

const RenameForm = ({ theme, done }: { theme: Theme; done: () => void }) => {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(theme.name);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) void sendCommand('theme:rename', { themeId: theme.id, name: name.trim() });
    done();
  };
  return (
    <form className="theme-form" onSubmit={submit}>
      <label htmlFor={id}>{t('capture.theme.renameLabel')}</label>
      <input
        id={id}
        value={name}
        maxLength={limits.themeNameLength}
        autoFocus
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && done()}
      />
      <FormButtons submitLabel={t('capture.saveButton')} onCancel={done} />
    </form>
  );
};

const MergeForm = ({ theme, done }: { theme: Theme; done: () => void }) => {
  const t = useT();
  const id = useId();
  const others = useThemesOf(theme.questionId).filter((th) => th.id !== theme.id);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (target) void sendCommand('theme:merge', { sourceId: theme.id, targetId: target });
    done();
  };
  if (others.length === 0) {
    return (
      <div className="theme-form">
        <p>{t('capture.theme.noMergeTarget')}</p>
        <button type="button" className="button button--small" autoFocus onClick={done}>
          {t('common.cancel')}
        </button>
      </div>
    );
  }
  return (
    <form className="theme-form" onSubmit={submit}>
      <label htmlFor={id}>{t('capture.theme.mergeInto', { name: theme.name })}</label>
      <select id={id} value={target} autoFocus onChange={(e) => setTarget(e.target.value)}>
        {others.map((th) => (
          <option key={th.id} value={th.id}>
            {th.name}
          </option>
        ))}
      </select>
      <FormButtons submitLabel={t('capture.theme.mergeConfirm')} onCancel={done} />
    </form>
  );
};
