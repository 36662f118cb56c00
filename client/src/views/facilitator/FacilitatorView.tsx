// The staff views' strings (both languages) register with this chunk, before it renders; the phone never loads them.
import { SessionGate } from '../../components/SessionGate';
import { FacilitatorConsole } from './FacilitatorConsole';
import { pagePaths } from '../../routing/route';
import { useStaffToken } from '../home/useStaffToken';

/** `/facilitator#<token>`: the facilitator's console; the token stays in the address (reload, new tab, copy). */
const FacilitatorView = () => {
  const token = useStaffToken(pagePaths.facilitator, 'facilitator');
  return (
    <SessionGate token={token}>
      <FacilitatorConsole />
    </SessionGate>
  );
};

export default FacilitatorView;
