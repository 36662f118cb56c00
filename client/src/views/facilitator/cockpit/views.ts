import type { Method, SessionStatus } from '@aquarium/shared';
import type { MessageKey } from '../../../i18n/t';

/** The console's views: "now" is the cockpit; the others are one click or one key away. */
export type ConsoleViewId =
  'now' | 'seating' | 'participation' | 'themes' | 'background' | 'plan' | 'settings' | 'links';

export interface ConsoleViewDef {
  id: ConsoleViewId;
  label: MessageKey;
  /** The single-letter shortcut shown beside the label (A and H belong to the thought in focus). */
  key: string;
  method?: Method;
  /** States the view exists in; every state when left out. */
  states?: readonly SessionStatus[];
}

export const consoleViews: readonly ConsoleViewDef[] = [
  { id: 'now', label: 'cockpit.view.now', key: 'N' },
  { id: 'seating', label: 'cockpit.view.seating', key: 'S', method: 'aquarium' },
  {
    id: 'participation',
    label: 'cockpit.view.participation',
    key: 'O',
    method: 'aquarium',
    states: ['running', 'ended'],
  },
  { id: 'themes', label: 'cockpit.view.themes', key: 'M' },
  { id: 'background', label: 'cockpit.view.background', key: 'T' },
  { id: 'plan', label: 'cockpit.view.plan', key: 'V' },
  { id: 'settings', label: 'cockpit.view.settings', key: 'E' },
  { id: 'links', label: 'cockpit.view.links', key: 'L' },
];

/** The views that exist for this method and state, in the order of the tab bar. */
export const viewsFor = (method: Method, status: SessionStatus): ConsoleViewDef[] =>
  consoleViews.filter((v) => (!v.method || v.method === method) && (!v.states || v.states.includes(status)));

/** The view a shortcut letter opens, if any (case-insensitive). */
export const viewForKey = (views: readonly ConsoleViewDef[], key: string): ConsoleViewDef | undefined =>
  views.find((v) => v.key === key.toUpperCase());
