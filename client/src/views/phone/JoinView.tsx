import { useState } from 'react';
import { findParticipant, forgetParticipant, saveParticipant } from '../../net/storage';
import { JoinFlow } from './JoinFlow';
import { ParticipantView } from './ParticipantView';

/** `/j/<code>`: the participant view if this phone already joined this session, else the join form. */
export const JoinView = ({ code }: { code: string }) => {
  const [identity, setIdentity] = useState(() => findParticipant(code));

  if (identity) {
    return (
      <ParticipantView
        token={identity.credentials.token}
        onForget={() => {
          forgetParticipant(identity.sessionId);
          setIdentity(null);
        }}
      />
    );
  }
  return (
    <JoinFlow
      code={code}
      onJoined={(joined) => {
        const credentials = { token: joined.token, participantId: joined.participantId, joinCode: code };
        saveParticipant(joined.sessionId, credentials);
        setIdentity({ sessionId: joined.sessionId, credentials });
      }}
    />
  );
};
