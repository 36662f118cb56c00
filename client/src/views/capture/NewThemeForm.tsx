import { limits } from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../state/useT';
import { sendCommand } from '../../net/socket';

/** Adds a theme under a question. */
export const NewThemeForm = ({ questionId, questionLabel }: { questionId: string; questionLabel: string }) => {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    void sendCommand('theme:create', { themeId: nanoid(), questionId, name: trimmed });
    setName('');
  };
  return (
    <form className="theme-new" onSubmit={submit}>
      <label htmlFor={id}>{t('capture.theme.new', { question: questionLabel })}</label>
      <div className="theme-new__row">
        <input
          id={id}
          value={name}
          maxLength={limits.themeNameLength}
          onChange={(e) => setName(e.target.value)}
          autoComplete="off"
        />
        <button type="submit" className="button button--secondary button--small" disabled={!name.trim()}>
          {t('capture.theme.add')}
        </button>
      </div>
    </form>
  );
};
