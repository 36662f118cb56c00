import { useT } from '../state/useT';
import { usePhase } from '../state/selectors';
import { speakingText } from './PhaseInfo';

/** "Speaking: inner circle · Listening: outer circle", in words so it never depends on colour. */
export const SpeakingLine = ({ className = '', testId }: { className?: string; testId?: string }) => {
  const t = useT();
  const phase = usePhase();
  if (!phase) return null;
  const { speaks, listens } = speakingText(t, phase.speaking);
  return (
    <p className={`speaking-line ${className}`} data-testid={testId}>
      <strong className="speaking-line__speaks">{speaks}</strong>
      {listens ? <span className="speaking-line__listens">{listens}</span> : null}
    </p>
  );
};
