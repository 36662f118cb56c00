import { useT } from '../../../i18n/useT';
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
      <div className="cockpit-now cockpit-now--ended">
        <SummaryEditor />
      </div>
    );
  }

  if (smallGroups) {
    return (
      <div className="cockpit-now cockpit-now--groups">
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
      <div className="cockpit-now cockpit-now--lobby">
        <div className="cockpit-col">
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
    <div className="cockpit-now cockpit-now--running">
      <div className="cockpit-col" data-testid="column-turns">
        <TurnsPanel />
      </div>
      <div className="cockpit-col" data-testid="column-thoughts">
        <ThoughtsPanel />
      </div>
      <div className="cockpit-col" data-testid="column-projector">
        <ProjectorControl />
        <VotePanel />
      </div>
    </div>
  );
};
