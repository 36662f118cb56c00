import { BackgroundPanel } from '../../summary/BackgroundPanel';
import { ReportFormPanel } from '../../summary/ReportFormPanel';
import { NotesBoard } from '../capture/NotesBoard';
import { PhaseList } from '../PhaseList';
import { Seating } from '../Seating';
import { SessionSettings } from '../settings/SessionSettings';
import { EquityPanel } from '../turns/EquityPanel';
import '../../capture/styles';
import { LinksView } from './LinksView';
import type { ConsoleViewId } from './views';

/** A view one click or one key away from "now": it takes the space of the working columns. */
export const SecondaryView = ({ id }: { id: Exclude<ConsoleViewId, 'now'> }) => {
  switch (id) {
    case 'seating':
      return <Seating />;
    case 'participation':
      return <EquityPanel />;
    case 'themes':
      return <NotesBoard />;
    case 'background':
      return (
        <>
          <BackgroundPanel />
          <ReportFormPanel />
        </>
      );
    case 'plan':
      return <PhaseList />;
    case 'settings':
      return <SessionSettings open />;
    case 'links':
      return <LinksView />;
    default: {
      const unhandled: never = id;
      throw new Error(`unknown console view ${String(unhandled)}`);
    }
  }
};
