import type { JoinInfo } from '@aquarium/shared';
import { useEffect, useState } from 'react';
import { useT } from '../../state/useT';
import SummaryReady from './SummaryReady';

type Lookup = { kind: 'loading' } | { kind: 'none' } | { kind: 'ready'; version: number };

/** Asks whether a session has a published summary: its newest version, or null. */
const latestPublished = async (code: string): Promise<number | null> => {
  try {
    const res = await fetch(`/api/summary/${encodeURIComponent(code)}`, {
      cache: 'no-store',
      headers: { accept: 'application/json' },
    });
    if (!res.ok) return null;
    const body = (await res.json()) as { latest?: unknown };
    return typeof body.latest === 'number' && body.latest > 0 ? body.latest : null;
  } catch {
    return null;
  }
};

/**
 * Asks whether joining is open again: the join info, or null while closed. Never from the browser's cache: Chromium
 * keeps a 410 "closed" answer and would say "closed" after the facilitator reopened.
 */
const openJoinInfo = async (code: string): Promise<JoinInfo | null> => {
  try {
    const res = await fetch(`/api/join/${encodeURIComponent(code)}`, {
      cache: 'no-store',
      headers: { accept: 'application/json' },
    });
    return res.ok ? ((await res.json()) as JoinInfo) : null;
  } catch {
    return null;
  }
};

/** How often a closed join page asks again (a facilitator reopening joining lets the person in). */
const RETRY_MS = 30_000;

interface Props {
  code: string;
  /** Joining opened again: the join form takes over. */
  onReopened: (info: JoinInfo) => void;
}

/**
 * Joining is closed. The page says what to do (ask the facilitator to reopen, or wait), asks again on its own every
 * half minute and lets the person in when joining reopens. If the session has ended and its summary is out, someone
 * arriving with the code (e.g. from the projector's QR) gets the summary instead. A lazy chunk: rarely needed.
 */
const JoinClosed = ({ code, onReopened }: Props) => {
  const t = useT();
  const [lookup, setLookup] = useState<Lookup>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    const check = async () => {
      const version = await latestPublished(code);
      if (!current) return;
      setLookup(version ? { kind: 'ready', version } : { kind: 'none' });
      if (version) return;
      const info = await openJoinInfo(code);
      // Still closed (or offline): ask again later.
      if (info && current) onReopened(info);
    };
    const timer = window.setInterval(() => void check(), RETRY_MS);
    void check();
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, [code, onReopened, attempt]);

  return (
    <div className="page page--narrow" data-testid="join-closed">
      {lookup.kind === 'loading' ? (
        <h1 className="loading">{t('phone.checking')}</h1>
      ) : lookup.kind === 'ready' ? (
        <>
          <h1>{t('summary.sessionEnded')}</h1>
          <SummaryReady code={code} version={lookup.version} />
        </>
      ) : (
        <>
          <h1>{t('phone.closed.title')}</h1>
          <p>{t('phone.closed.body')}</p>
          <p className="hint" role="status">
            {t('phone.closed.retrying')}
          </p>
          <button type="button" className="button button--wide" onClick={() => setAttempt((a) => a + 1)}>
            {t('phone.tryAgain')}
          </button>
          <p className="hint">{t('phone.closed.summary')}</p>
        </>
      )}
    </div>
  );
};

export default JoinClosed;
