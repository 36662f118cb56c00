import { ConnectionStatus } from '../../components/ConnectionStatus';
import { PhaseIndicator } from '../../components/PhaseInfo';
import { useT } from '../../i18n/useT';
import { useStore } from '../../state/store';
import { ConsoleNav } from './ConsoleNav';
import { JoiningPanel } from './JoiningPanel';
import { PhaseList } from './PhaseList';
import { PhasePanel } from './PhasePanel';
import { Seating } from './Seating';
import { FacilitatorCapture } from './capture/FacilitatorCapture';
import { GroupsPanel } from './groups/GroupsPanel';
import { EquityPanel } from './turns/EquityPanel';
import { TurnsPanel } from './turns/TurnsPanel';
import { BackgroundPanel } from '../summary/BackgroundPanel';
import { SummaryEditor } from '../summary/SummaryEditor';
import { SessionSettings } from './settings/SessionSettings';

/**
 * The facilitator's console: joining, the running phase, the plan, and the seating and turns of the aquarium
 * or the groups of the small-group method.
 */
export const FacilitatorConsole = () => {
  const t = useT();
  const title = useStore((s) => s.session?.setup.title ?? '');
  const smallGroups = useStore((s) => s.session?.setup.method === 'smallGroups');
  return (
    <div className="page page--wide console">
      <div className="console__head">
        <div>
          <p className="console__role">{t('fac.title')}</p>
          <h1>{title}</h1>
        </div>
        <PhaseIndicator className="console__phase" />
        <ConnectionStatus />
      </div>
      <ConsoleNav />
      <SummaryEditor />
      <div className="console__grid">
        <div className="console__main">
          <PhasePanel />
          {smallGroups ? (
            <GroupsPanel />
          ) : (
            <>
              <TurnsPanel />
              <EquityPanel />
              <Seating />
            </>
          )}
          <FacilitatorCapture />
        </div>
        <div className="console__side">
          <JoiningPanel />
          <PhaseList />
          <BackgroundPanel />
          <SessionSettings />
        </div>
      </div>
    </div>
  );
};
