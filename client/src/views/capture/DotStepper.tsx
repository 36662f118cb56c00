import { useT } from '../../state/useT';

interface Props {
  /** What the dots go to, for the buttons' accessible names. */
  name: string;
  /** My dots on it now. */
  n: number;
  canAdd: boolean;
  onChange: (delta: 1 | -1) => void;
  className?: string;
}

/** − my dots + : one target of a dot vote on the phone (the session's vote and a small group's). */
export const DotStepper = ({ name, n, canAdd, onChange, className }: Props) => {
  const t = useT();
  return (
    <div className={className ? `dot-target__controls ${className}` : 'dot-target__controls'}>
      <button
        type="button"
        className="button dot-button"
        aria-label={t('capture.vote.remove', { name })}
        disabled={n === 0}
        onClick={() => onChange(-1)}
      >
        −
      </button>
      {/* "− 0 +": the number shows, its words are read (a long label squeezed between the buttons pushed the + out
          of view at 320 px and 200 % text). */}
      <span className="dot-target__count" data-testid="my-dots">
        <span className="visually-hidden">{t('capture.vote.mine', { n })}</span>
        <span aria-hidden="true">{n}</span>
      </span>
      <button
        type="button"
        className="button dot-button"
        aria-label={t('capture.vote.add', { name })}
        disabled={!canAdd}
        onClick={() => onChange(1)}
      >
        +
      </button>
    </div>
  );
};
