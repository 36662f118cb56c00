import type { SpeakingCircle } from '@aquarium/shared';
import type { T } from '../state/useT';
import { useT } from '../state/useT';
import { useFocusQuestions, usePhaseCount, usePhaseIndex, useStatus } from '../state/selectors';

/** "Phase 2/5", or where the session stands when no phase runs. */
export const PhaseIndicator = ({ className = '' }: { className?: string }) => {
  const t = useT();
  const index = usePhaseIndex();
  const total = usePhaseCount();
  const status = useStatus();
  const text =
    status === 'ended'
      ? t('phase.ended')
      : index === null
        ? t('phase.notStarted')
        : t('phase.indicator', { n: index + 1, total });
  return (
    <p className={`phase-indicator ${className}`} data-testid="phase-indicator">
      {text}
    </p>
  );
};

/** Who speaks and who listens, in words. */
export const speakingText = (t: T, speaking: SpeakingCircle): { speaks: string; listens: string | null } => {
  if (speaking === 'everyone') return { speaks: t('phase.speaksEveryone'), listens: null };
  const other = speaking === 'inner' ? 'outer' : 'inner';
  return {
    speaks: t('phase.speaks', { circle: t(speaking === 'inner' ? 'circle.inner' : 'circle.outer') }),
    listens: t('phase.listens', { circle: t(other === 'inner' ? 'circle.inner' : 'circle.outer') }),
  };
};

/** The questions in focus in the current phase, one item each. */
interface FocusProps {
  headingLevel?: 2 | 3;
  className?: string;
  title?: string;
}

export const FocusQuestions = ({ headingLevel = 2, className = '', title }: FocusProps) => {
  const t = useT();
  const questions = useFocusQuestions();
  if (questions.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={`focus ${className}`}>
      <Heading className="focus__title">{title ?? t('phase.focus')}</Heading>
      <ul className="focus__list">
        {questions.map((q) => (
          <li key={q.id} data-testid="focus-question">
            {q.text}
          </li>
        ))}
      </ul>
    </section>
  );
};
