import type { MessageKey } from '../../i18n/t';
import { useT } from '../../i18n/useT';
import { useStore } from '../../state/store';

/** Panels of the console by their heading ids; the summary appears once the session has ended. */
const panels: { id: string; label: MessageKey; endedOnly?: boolean }[] = [
  { id: 'summary-editor-title', label: 'summary.editor', endedOnly: true },
  { id: 'phase-panel-title', label: 'fac.phase' },
  { id: 'turns-title', label: 'turns.title' },
  { id: 'thoughts-title', label: 'capture.thoughts.title' },
  { id: 'board-title', label: 'capture.board.title' },
  { id: 'vote-title', label: 'capture.vote.title' },
  { id: 'equity-title', label: 'turns.equity' },
  { id: 'seating-title', label: 'fac.seating' },
];

/** A sticky row of links to the console's panels: a live session should not mean scrolling to find them. */
export const ConsoleNav = () => {
  const t = useT();
  const ended = useStore((s) => s.session?.status === 'ended');
  return (
    <nav className="console-nav" aria-label={t('fac.nav')}>
      <ul>
        {panels
          .filter((p) => ended || !p.endedOnly)
          .map((p) => (
            <li key={p.id}>
              <a href={`#${p.id}`}>{t(p.label)}</a>
            </li>
          ))}
      </ul>
    </nav>
  );
};
