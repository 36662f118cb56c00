import { Suspense } from 'react';
import { lazyView, withStrings } from '../../routing/lazyView';
import { ServerTrouble } from '../../components/ConnectionStatus';
import { SessionGate } from '../../components/SessionGate';
import { useT } from '../../state/useT';
import { groupsCatalog } from '../../i18n/groupsCatalog';
import { nowCatalog } from '../../i18n/nowCatalog';
import { loadViewStrings, useStore } from '../../state/store';
import AquariumPhoneView, { loadNowCard } from './AquariumPhone';
import { GoalRatingCard } from './goals/GoalRatingCard';
import { PhoneAlerts } from './now/PhoneAlerts';
import { PhoneSettings } from './now/PhoneSettings';

// The small-group method's phone is a chunk of its own, loaded only in such sessions: the aquarium phone stays small.
// Its strings in the language shown come beside it, and it renders once both are here. The join form starts the fetch
// as soon as it knows the method (`preloadPhone`), so a slow phone has it by the time it has joined.
const loadGroups = () => import('./groups/PhoneGroups');
const PhoneGroups = lazyView(loadGroups, groupsCatalog);
// The aquarium phone is in the entry, its strings (circle, thought form, own thoughts, vote, top card) are not: it
// shows once they are here.
const AquariumPhone = withStrings(AquariumPhoneView, nowCatalog);

/**
 * Starts fetching the lazy view a phone of `method` shows first once joined (the small-group view, or the aquarium's
 * top card and strings), while the person fills in the join form: they are then ready when the view renders.
 */
export const preloadPhone = (method: 'aquarium' | 'smallGroups') =>
  void (method === 'smallGroups' ? loadGroups() : Promise.all([loadNowCard(), loadViewStrings(nowCatalog)])).catch(
    () => {
      // The view's own loader tries again and says so if it still fails.
    },
  );

interface Props {
  token: string;
  onForget: () => void;
}

/** The participant's phone once joined. */
export const ParticipantView = ({ token, onForget }: Props) => {
  const t = useT();
  return (
    <SessionGate
      token={token}
      onRefused={
        <button type="button" className="button button--primary button--wide" onClick={onForget}>
          {t('phone.joinAgain')}
        </button>
      }
    >
      <ParticipantScreen />
    </SessionGate>
  );
};

const ParticipantScreen = () => {
  const t = useT();
  const title = useStore((s) => s.session?.setup.title ?? '');
  const groups = useStore((s) => s.session?.setup.method === 'smallGroups');
  return (
    <div className="page page--narrow phone">
      <PhoneAlerts />
      <ServerTrouble />
      <h1 className="phone__title">{title}</h1>
      <GoalRatingCard />
      <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
        {groups ? <PhoneGroups /> : <AquariumPhone />}
      </Suspense>
      <PhoneSettings />
    </div>
  );
};
