import { AccessibilityView } from './AccessibilityView';
import type { InfoRoute } from '../../routing/infoRoutes';
import { PrivacyView } from './PrivacyView';
import { SessionDeletedView } from './SessionDeletedView';

/** The page for an info route (a lazy chunk of its own). */
const InfoView = ({ name }: { name: InfoRoute['name'] }) => {
  switch (name) {
    case 'privacy':
      return <PrivacyView />;
    case 'accessibility':
      return <AccessibilityView />;
    case 'sessionDeleted':
      return <SessionDeletedView />;
    default: {
      const unhandled: never = name;
      throw new Error(`unknown info page ${String(unhandled)}`);
    }
  }
};

export default InfoView;
