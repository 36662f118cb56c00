import { useT } from '../../state/useT';
import type { SaveState } from './autosave';

const icon: Record<SaveState, string> = { saved: '✓', saving: '…', pending: '✎', failed: '!' };

/** "Saved" / "Saving…" / "Not saved yet", in words with an icon, announced politely. */
export const SaveStateLine = ({ state, testId }: { state: SaveState; testId?: string }) => {
  const t = useT();
  return (
    <p className={`summary-save summary-save--${state}`} role="status" data-testid={testId} data-state={state}>
      <span aria-hidden="true">{icon[state]} </span>
      {t(`summary.save.${state}`)}
    </p>
  );
};
