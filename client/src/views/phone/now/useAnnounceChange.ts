import { useEffect, useRef, useState } from 'react';
import { useT } from '../../../state/useT';
import { announceKey, type NowKind } from './nowModel';
import { vibrationAllowed } from './phonePrefs';

/**
 * A change of activity, in words for the live region (nothing on the first render: the page itself says it), and a
 * short vibration when the person allowed it and the device can.
 */
export const useAnnounceChange = (kind: NowKind): string => {
  const t = useT();
  const previous = useRef(kind);
  const [text, setText] = useState('');
  useEffect(() => {
    if (previous.current === kind) return;
    previous.current = kind;
    setText(t(announceKey[kind]));
    if (vibrationAllowed() && typeof navigator.vibrate === 'function') navigator.vibrate(200);
  }, [kind, t]);
  return text;
};
