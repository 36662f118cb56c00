import { useT } from '../state/useT';
import type { MessageKey } from '../i18n/t';
import { useStore, type Store } from '../state/store';

/** The plain sentence for what the server stands on, while something is wrong with it; else null. */
const troubleKey = (s: Store): MessageKey | null => {
  if (s.connection !== 'connected') return null;
  if (s.serverStatus.storage === 'unavailable') return 'conn.storageLost';
  if (s.serverStatus.storage === 'full') return 'conn.storageFull';
  return s.serverStatus.broadcast === 'delayed' ? 'conn.delayed' : null;
};

/**
 * "Connected" / "Reconnecting…", politely announced when it changes; and, while the server has lost its
 * storage (or its disk is full, or other nodes' updates are delayed), a plain sentence saying so instead.
 * `trouble={false}` leaves that sentence to a `ServerTrouble` placed elsewhere (a phone's top).
 */
export const ConnectionStatus = ({ trouble: showTrouble = true }: { trouble?: boolean }) => {
  const t = useT();
  const connection = useStore((s) => s.connection);
  const key = useStore(troubleKey);
  const trouble = showTrouble ? key : null;
  const ok = connection === 'connected';
  const text = ok ? t('conn.connected') : connection === 'connecting' ? t('conn.connecting') : t('conn.reconnecting');
  const good = ok && trouble === null;
  return (
    <p className={`conn-status ${good ? 'conn-status--ok' : 'conn-status--bad'}`} role="status">
      <span aria-hidden="true">{good ? '●' : '○'} </span>
      {connection === 'failed' || connection === 'idle' ? null : trouble ? t(trouble) : text}
    </p>
  );
};

/** Only the sentence about the server's storage or delays, where a person looks first; nothing while all is well. */
export const ServerTrouble = () => {
  const t = useT();
  const key = useStore(troubleKey);
  return (
    <p className={key ? 'conn-status conn-status--bad' : 'visually-hidden'} role="status">
      {key ? t(key) : null}
    </p>
  );
};
