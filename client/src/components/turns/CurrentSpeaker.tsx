import { useT } from '../../state/useT';
import { useStore } from '../../state/store';
import { speakerName } from './speaker';
import './speaker.css';

/** "Speaking now: Anna" on phones and the projector; nothing while no turn runs. */
export const CurrentSpeaker = ({ variant }: { variant: 'phone' | 'screen' }) => {
  const t = useT();
  const turn = useStore((s) => s.session?.turns.publicCurrent ?? null);
  const groups = useStore((s) => s.session?.setup.stakeholderGroups);
  if (!turn || !groups) return null;
  return (
    <p className={`current-speaker current-speaker--${variant}`} data-testid="current-speaker">
      <span className="current-speaker__label">{t('turns.speakingNow')}</span>{' '}
      <strong className="current-speaker__name">{speakerName(t, turn, groups)}</strong>
      {turn.emptyChair ? <span className="current-speaker__chair"> ({t('turns.emptyChair')})</span> : null}
    </p>
  );
};
