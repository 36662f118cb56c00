import { useT } from '../../state/useT';
import { useOutbox } from '../../net/outboxStore';
import { useStore } from '../../state/store';

/** Whether everything typed has reached the server, in plain words. */
export const SaveState = () => {
  const t = useT();
  const waiting = useOutbox((s) => s.waiting.length);
  const connected = useStore((s) => s.connection === 'connected');
  const state = waiting === 0 ? 'saved' : connected ? 'saving' : 'waiting';
  const text =
    state === 'saved'
      ? t('capture.save.all')
      : state === 'saving'
        ? t('capture.save.saving', { n: waiting })
        : t('capture.save.waiting', { n: waiting });
  return (
    <p className={`save-state save-state--${state}`} role="status" aria-live="polite" data-testid="save-state">
      <span aria-hidden="true">{state === 'saved' ? '✓ ' : state === 'saving' ? '… ' : '⚠ '}</span>
      {text}
    </p>
  );
};
