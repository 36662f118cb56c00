import type { FocusEvent } from 'react';
import { useT } from '../../../state/useT';
import { useStatus } from '../../../state/selectors';
import { useStore } from '../../../state/store';
import { SummaryEditor } from '../../summary/SummaryEditor';
import { ThoughtsPanel } from '../capture/ThoughtsPanel';
import { VotePanel } from '../capture/VotePanel';
import { GroupsPanel } from '../groups/GroupsPanel';
import { JoiningPanel } from '../JoiningPanel';
import { PhaseList } from '../PhaseList';
import { Seating } from '../Seating';
import { TurnsPanel } from '../turns/TurnsPanel';
import '../../capture/styles';
import { ProjectorControl } from './ProjectorControl';

/**
 * Leaving a running column (focus moves out of it) brings it back to its top: the newest thought and the head of
 * the queue are what the facilitator must see, not where the keyboard last passed.
 */
const backToTop = (e: FocusEvent<HTMLDivElement>) => {
  const to = e.relatedTarget as Node | null;
  // Only when focus went to another control: a click on plain text inside the column keeps its place.
  if (to && !e.currentTarget.contains(to)) e.currentTarget.scrollTop = 0;
};

/**
 * "Now": the working columns of the moment. Lobby: the plan and the start, seating, the join code and the
 * projector. Running: who speaks (queue), what comes in (moderation inbox), what the room sees (projector, vote).
 * Ended: the summary editor, publish on top. Every column scrolls inside itself; the page does not.
 */
export const CockpitNow = () => {
  const t = useT();
  const status = useStatus();
  const smallGroups = useStore((s) => s.session?.setup.method === 'smallGroups');
  const joined = useStore((s) => s.session?.participantOrder.length ?? 0);

  if (status === 'ended') {
    return (
      <div className="cockpit-now cockpit-now--ended" key="ended">
        <SummaryEditor />
        <div className="cockpit-now__side">
          <ProjectorControl />
        </div>
      </div>
    );
  }

  if (smallGroups) {
    return (
      <div className="cockpit-now cockpit-now--groups" key="groups">
        <div className="cockpit-col cockpit-col--wide">
          <GroupsPanel />
        </div>
        <div className="cockpit-col">
          <ProjectorControl />
          <JoiningPanel />
        </div>
      </div>
    );
  }

  if (status !== 'running') {
    return (
      <div className="cockpit-now cockpit-now--lobby" key="lobby">
        {/* Nothing to press in this column: it takes focus itself so it scrolls by keyboard too. */}
        <div className="cockpit-col" tabIndex={0} role="region" aria-label={t('fac.plan')}>
          <section className="card" aria-labelledby="lobby-title">
            <h2 id="lobby-title">{t('fac.phase')}</h2>
            <p>{t('fac.lobby')}</p>
            <p className="status-text" data-testid="lobby-joined">
              {t('cockpit.joined', { n: joined })}
            </p>
          </section>
          <PhaseList />
        </div>
        <div className="cockpit-col cockpit-col--seating">
          <Seating />
        </div>
        <div className="cockpit-col">
          <JoiningPanel />
          <ProjectorControl />
        </div>
      </div>
    );
  }

  return (
    // A new state starts with fresh columns, scrolled to their tops (not where the lobby's columns were).
    <div className="cockpit-now cockpit-now--running" key="running">
      <div className="cockpit-col" data-testid="column-turns" onBlur={backToTop}>
        <TurnsPanel />
      </div>
      <div className="cockpit-col" data-testid="column-thoughts" onBlur={backToTop}>
        <ThoughtsPanel />
      </div>
      <div className="cockpit-col" data-testid="column-projector" onBlur={backToTop}>
        <ProjectorControl />
        <VotePanel />
      </div>
    </div>
  );
};
