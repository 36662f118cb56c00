import { useEffect, type ReactNode } from 'react';
import { useT } from '../state/useT';
import { connectSession, disconnectSession } from '../net/socket';
import { useStore } from '../state/store';
import { SessionDeletedMessage } from './SessionDeleted';

/** Holds the live connection for `token` while mounted. */
export const useSessionConnection = (token: string | null) => {
  useEffect(() => {
    if (!token) return;
    connectSession(token);
    return () => disconnectSession();
  }, [token]);
};

interface Props {
  token: string | null;
  /** Shown under the explanation when the token is refused (e.g. "join again"). */
  onRefused?: ReactNode;
  children: ReactNode;
}

/** Connects with the token and shows its children once the session has loaded, or why it cannot. */
export const SessionGate = ({ token, onRefused, children }: Props) => {
  const t = useT();
  useSessionConnection(token);
  const loaded = useStore((s) => s.session !== null);
  const connection = useStore((s) => s.connection);
  const error = useStore((s) => s.connectionError);
  const deleted = useStore((s) => s.sessionDeleted);

  if (deleted) return <SessionDeletedMessage />;
  if (!token) return <GateMessage text={t('conn.noToken')} />;
  if (connection === 'failed') {
    const outdated = error === 'PROTOCOL_MISMATCH';
    return (
      <GateMessage text={outdated ? t('conn.oldVersion') : t('conn.invalidLink')}>
        {outdated ? (
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('conn.reload')}
          </button>
        ) : (
          onRefused
        )}
      </GateMessage>
    );
  }
  if (!loaded)
    return <GateMessage text={connection === 'reconnecting' ? t('conn.reconnecting') : t('conn.connecting')} />;
  return <>{children}</>;
};

const GateMessage = ({ text, children }: { text: string; children?: ReactNode }) => (
  <div className="gate">
    <h1 className="gate__title">{text}</h1>
    {children}
  </div>
);
