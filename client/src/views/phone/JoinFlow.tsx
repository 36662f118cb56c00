import { isJoinCode, type ErrorCode, type JoinInfo, type JoinResponse } from '@aquarium/shared';
import { useCallback, useEffect, useState } from 'react';
import { lazyView } from '../../routing/lazyView';
import { joinClosedCatalog } from '../../i18n/joinClosedCatalog';
import { navigate } from '../../routing/navigation';
import { useT } from '../../state/useT';
import { ApiError, getJoinInfo } from '../../net/api';
import { errorKey } from '../../net/socket';
import { useStore } from '../../state/store';
import { CodeForm } from './CodeForm';
import { JoinForm } from './JoinForm';
import { preloadPhone } from './ParticipantView';
import { pagePaths } from '../../routing/route';

// Closed joining (and a finished session's summary by code) is rare on phones: a chunk loaded then.
const JoinClosed = lazyView(() => import('../summary/JoinClosed'), joinClosedCatalog);

type Lookup = { kind: 'loading' } | { kind: 'failed'; code: ErrorCode | 'network' } | { kind: 'ready'; info: JoinInfo };

interface Props {
  code: string;
  onJoined: (joined: JoinResponse) => void;
}

/** Looks the code up, then asks for a name and a stakeholder group. */
export const JoinFlow = ({ code, onJoined }: Props) => {
  const t = useT();
  const valid = isJoinCode(code);
  const [attempt, setAttempt] = useState(0);
  const [lookup, setLookup] = useState<Lookup>({ kind: 'loading' });

  useEffect(() => {
    if (!valid) return;
    let current = true;
    getJoinInfo(code).then(
      (info) => {
        if (!current) return;
        useStore.getState().setLanguage(info.language);
        if (info.method) preloadPhone(info.method);
        setLookup({ kind: 'ready', info });
      },
      (err: unknown) => {
        if (current) setLookup({ kind: 'failed', code: err instanceof ApiError ? err.code : 'network' });
      },
    );
    return () => {
      current = false;
    };
  }, [code, valid, attempt]);

  const reopened = useCallback((info: JoinInfo) => {
    useStore.getState().setLanguage(info.language);
    setLookup({ kind: 'ready', info });
  }, []);
  const failure = valid ? (lookup.kind === 'failed' ? lookup.code : null) : 'JOIN_CODE_UNKNOWN';
  if (failure === 'JOINING_CLOSED') return <JoinClosed code={code} onReopened={reopened} />;
  if (failure) {
    const unknown = failure === 'JOIN_CODE_UNKNOWN' || failure === 'NOT_FOUND' || failure === 'INVALID_PAYLOAD';
    const retryable = failure === 'network' || failure === 'RATE_LIMITED' || failure === 'INTERNAL';
    return (
      <div className="page page--narrow">
        <h1>
          {unknown ? t('error.JOIN_CODE_UNKNOWN') : failure === 'network' ? t('error.network') : t(errorKey(failure))}
        </h1>
        {retryable ? (
          <button
            type="button"
            className="button button--primary button--wide"
            onClick={() => {
              setLookup({ kind: 'loading' });
              setAttempt((a) => a + 1);
            }}
          >
            {t('phone.tryAgain')}
          </button>
        ) : null}
        {unknown ? (
          <section aria-labelledby="retry-title">
            <h2 id="retry-title">{t('phone.retryTitle')}</h2>
            <CodeForm initial={code} onCode={(c) => navigate(pagePaths.join(c))} />
          </section>
        ) : null}
      </div>
    );
  }
  if (lookup.kind !== 'ready') {
    return (
      <div className="page page--narrow">
        <h1 className="loading">{t('phone.checking')}</h1>
      </div>
    );
  }
  return <JoinForm code={code} info={lookup.info} onJoined={onJoined} />;
};
