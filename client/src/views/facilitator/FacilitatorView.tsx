// The staff views' strings (both languages) register with this chunk, before it renders; the phone never loads them.
import { useState } from 'react';
import { SessionGate } from '../../components/SessionGate';
import { takeStaffToken } from '../../net/storage';
import { FacilitatorConsole } from './FacilitatorConsole';
import { pagePaths } from '../../app/route';

/** `/facilitator#<token>`: the facilitator's console. */
const FacilitatorView = () => {
  const [token] = useState(() => takeStaffToken(pagePaths.facilitator));
  return (
    <SessionGate token={token}>
      <FacilitatorConsole />
    </SessionGate>
  );
};

export default FacilitatorView;
