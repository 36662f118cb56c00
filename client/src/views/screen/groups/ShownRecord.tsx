import { useT } from '../../../state/useT';
import { useStore } from '../../../state/store';

/**
 * A group's returned record, on the projector only because the lead chose to show it: until then the
 * projector receives no text any group wrote.
 */
export const ShownRecord = () => {
  const t = useT();
  const shown = useStore((s) => s.session?.groups.shown ?? null);
  const name = useStore((s) => (shown ? (s.session?.groups.groups[shown.smallGroupId]?.name ?? '') : ''));
  const number = useStore((s) =>
    shown ? (s.session?.setup.questions.findIndex((q) => q.id === shown.questionId) ?? -1) + 1 : 0,
  );
  if (!shown) return null;
  return (
    <section className="screen-record" aria-labelledby="screen-record-title" data-testid="screen-record">
      <h2 id="screen-record-title" className="screen-record__title">
        {t('screen.shownTitle', { group: name, n: number })}
      </h2>
      <p className="screen-record__text">{shown.text}</p>
    </section>
  );
};
