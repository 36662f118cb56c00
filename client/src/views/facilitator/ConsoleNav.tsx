import type { Method } from '@aquarium/shared';
import type { MessageKey } from '../../i18n/t';
import { useT } from '../../i18n/useT';
import { useStore } from '../../state/store';

/**
 * Panels of the console by their heading ids; the summary appears once the session has ended, and some
 * panels belong to one method only.
 */
const panels: { id: string; label: MessageKey; endedOnly?: boolean; method?: Method }[] = [
  { id: 'summary-editor-title', label: 'summary.editor', endedOnly: true },
  { id: 'phase-panel-title', label: 'fac.phase' },
  { id: 'groups-title', label: 'lead.title', method: 'smallGroups' },
  { id: 'turns-title', label: 'turns.title', method: 'aquarium' },
  { id: 'thoughts-title', label: 'capture.thoughts.title', method: 'aquarium' },
  { id: 'board-title', label: 'capture.board.title' },
  { id: 'vote-title', label: 'capture.vote.title', method: 'aquarium' },
  { id: 'equity-title', label: 'turns.equity', method: 'aquarium' },
  { id: 'seating-title', label: 'fac.seating', method: 'aquarium' },
];

/** A sticky row of links to the console's panels: a live session should not mean scrolling to find them. */
export const ConsoleNav = () => {
  const t = useT();
  const ended = useStore((s) => s.session?.status === 'ended');
  const method = useStore((s) => s.session?.setup.method ?? 'aquarium');
  return (
    <nav className="console-nav" aria-label={t('fac.nav')}>
      <ul>
        {panels
          .filter((p) => (ended || !p.endedOnly) && (!p.method || p.method === method))
          .map((p) => (
            <li key={p.id}>
              <a href={`#${p.id}`}>{t(p.label)}</a>
            </li>
          ))}
      </ul>
    </nav>
  );
};
