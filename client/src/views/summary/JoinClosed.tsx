import { useEffect, useState } from 'react';
import { useT } from '../../i18n/useT';
import SummaryReady from './SummaryReady';

type Lookup = { kind: 'loading' } | { kind: 'none' } | { kind: 'ready'; version: number };

/** Asks whether a session has a published summary: its newest version, or null. */
const latestPublished = async (code: string): Promise<number | null> => {
  try {
    const res = await fetch(`/api/summary/${encodeURIComponent(code)}`, { headers: { accept: 'application/json' } });
    if (!res.ok) return null;
    const body = (await res.json()) as { latest?: unknown };
    return typeof body.latest === 'number' && body.latest > 0 ? body.latest : null;
  } catch {
    return null;
  }
};

/**
 * Joining is closed. If the session has ended and its summary is out, someone arriving with the code
 * (e.g. from the projector's QR) gets the summary instead of an error. A lazy chunk: rarely needed on phones.
 */
const JoinClosed = ({ code }: { code: string }) => {
  const t = useT();
  const [lookup, setLookup] = useState<Lookup>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    void latestPublished(code).then((version) => {
      if (current) setLookup(version ? { kind: 'ready', version } : { kind: 'none' });
    });
    return () => {
      current = false;
    };
  }, [code]);

  return (
    <div className="page page--narrow">
      {lookup.kind === 'loading' ? (
        <h1 className="loading">{t('phone.checking')}</h1>
      ) : lookup.kind === 'ready' ? (
        <>
          <h1>{t('summary.sessionEnded')}</h1>
          <SummaryReady code={code} version={lookup.version} />
        </>
      ) : (
        <h1>{t('error.JOINING_CLOSED')}</h1>
      )}
    </div>
  );
};

export default JoinClosed;
