// The staff views' strings (both languages) register with this chunk, before it renders; the phone never loads them.
import { navigate } from '../../routing/navigation';
import { createdPath } from '../../routing/route';
import { saveCreated } from '../../net/storage';
import { CreatedView } from './CreatedView';
import { SetupForm } from './SetupForm';

/** `/new`: the set-up form, and after creating, the page with the session's links. */
const CreateView = ({ createdId }: { createdId: string | null }) => {
  if (createdId) return <CreatedView key={createdId} sessionId={createdId} />;
  return (
    <SetupForm
      onCreated={(created) => {
        saveCreated(created);
        navigate(createdPath(created.sessionId));
      }}
    />
  );
};

export default CreateView;
