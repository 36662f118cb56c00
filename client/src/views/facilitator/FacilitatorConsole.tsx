import { useEffect, useState } from 'react';
import { useT } from '../../state/useT';
import { useStatus } from '../../state/selectors';
import { useStore } from '../../state/store';
import { ConsoleNav } from './ConsoleNav';
import { CockpitHeader } from './cockpit/CockpitHeader';
import { CockpitNow } from './cockpit/CockpitNow';
import { focusWhenReady } from './cockpit/focus';
import { PresenceLine } from './cockpit/PresenceLine';
import { SecondaryView } from './cockpit/SecondaryView';
import { useConsoleTitle } from './cockpit/useConsoleTitle';
import { useViewShortcuts } from './cockpit/useShortcuts';
import { viewsFor, type ConsoleViewId } from './cockpit/views';

/**
 * The facilitator's console: a cockpit for the moment. The header (phase, countdown, the moves) never scrolls
 * away; under it, who is connected, the views (each one key away), and the view itself: "now" holds the working
 * columns of the session's state (lobby, running, ended), the others the seating, figures, themes and settings.
 */
export const FacilitatorConsole = () => {
  const t = useT();
  const status = useStatus() ?? 'lobby';
  const method = useStore((s) => s.session?.setup.method ?? 'aquarium');
  const views = viewsFor(method, status);
  const [chosen, setChosen] = useState<ConsoleViewId>('now');
  const current = views.some((v) => v.id === chosen) ? chosen : 'now';

  const choose = (id: ConsoleViewId) => {
    setChosen(id);
    // The chosen view's heading takes focus, so a keyboard or screen-reader user lands in it.
    focusWhenReady(`[data-console-view="${id}"] h2`);
  };
  const [shortcuts, setShortcuts] = useViewShortcuts(views, choose);

  // When the session ends, the summary editor takes "now", shown from its top.
  const [chosenIn, setChosenIn] = useState(status);
  if (chosenIn !== status) {
    setChosenIn(status);
    if (status === 'ended') setChosen('now');
  }
  useEffect(() => {
    if (status === 'ended') document.querySelector('.cockpit__body')?.scrollTo(0, 0);
  }, [status]);

  const label = views.find((v) => v.id === current)?.label ?? 'cockpit.view.now';
  useConsoleTitle(t(status === 'ended' && current === 'now' ? 'cockpit.view.summary' : label));

  return (
    <div className={`cockpit cockpit--${status} cockpit--${method}`} data-testid="facilitator-console">
      <CockpitHeader presence={<PresenceLine />} />
      <div className="cockpit__bar">
        <ConsoleNav
          views={views}
          current={current}
          onChoose={choose}
          shortcuts={shortcuts}
          onShortcuts={setShortcuts}
        />
      </div>
      <div className="cockpit__body" data-console-view={current}>
        {current === 'now' ? <CockpitNow /> : <SecondaryView id={current} />}
      </div>
    </div>
  );
};
